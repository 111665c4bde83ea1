import { beforeEach, describe, expect, it } from 'vitest';
import { proposedNeeds, saveDraftInput, type NeedInput } from '../../shared/plans';
import { assessmentInput, indicatorKeys, type Indicator } from '../../shared/wellbeing';
import { sampleFamily } from '../../tests/support/sample-family';
import { vaultPerTest } from '../../tests/support/temp-vault';
import type { Session } from '../vault/vault';
import { familyChronology } from './chronology';
import { dashboard } from './dashboard';
import type { ServiceDeps } from './deps';
import { createFamily, getFamily } from './families';
import {
  createPlan,
  discardDraft,
  finalisePlan,
  getPlan,
  listPlans,
  reviewPlan,
  saveDraft,
  setActionDone,
} from './plans';
import { recordAssessment } from './wellbeing';

let session: Session;
let deps: ServiceDeps;
let today = new Date('2026-11-24T09:00:00Z');
const vault = vaultPerTest();
beforeEach(async () => {
  session = vault.session;
  today = new Date('2026-11-24T09:00:00Z');
  deps = { db: session.db, now: () => today, newId: () => crypto.randomUUID() };
});

function assess(
  childId: string,
  scale: 10 | 5,
  scores: Partial<Record<Indicator, number>>,
  on = '2026-11-20',
) {
  return recordAssessment(
    deps,
    assessmentInput.parse({
      childId,
      scale,
      assessedOn: on,
      scoredBy: 'agreed',
      scores: Object.fromEntries(
        indicatorKeys.map((key) => [key, { score: scores[key] ?? scale, skippedReason: '', note: '' }]),
      ),
    }),
  ).id;
}

const nurtured: NeedInput = {
  indicator: 'nurtured',
  outcome: 'Mornings are calm and Zo gets to school on time.',
  support: 'Breakfast club',
  targets: [
    { description: 'Zo is in class by 8:50 on four days out of five.' },
    { description: 'Zo eats breakfast.' },
  ],
  actions: [
    { who: 'parent', whoName: '', what: 'Set an alarm for 7:15.', dueOn: '2026-11-27' },
    { who: 'worker', whoName: '', what: 'Book a place at breakfast club.', dueOn: '2026-12-10' },
  ],
};

function familyWithChild() {
  const { id } = createFamily(deps, sampleFamily());
  const family = getFamily(deps, id);
  return { familyId: id, zo: family.children[0]!.id, kacper: family.children[1]!.id };
}

function agreedPlan() {
  const { familyId, zo } = familyWithChild();
  const { planId, versionId } = createPlan(deps, { familyId, childIds: [zo], basedOnAssessmentId: null });
  saveDraft(deps, saveDraftInput.parse({ versionId, reviewOn: '2027-02-24', needs: [nurtured] }));
  finalisePlan(deps, versionId);
  return { familyId, zo, planId, versionId };
}

describe('action plans', () => {
  it('proposes the low indicators first, on either scale', () => {
    const scores = (scale: 10 | 5, values: Partial<Record<Indicator, number>>) =>
      Object.fromEntries(
        indicatorKeys.map((key) => [key, { score: values[key] ?? scale, skippedReason: '', note: '' }]),
      ) as Parameters<typeof proposedNeeds>[0]['scores'];
    expect(proposedNeeds({ scale: 10, scores: scores(10, { safe: 5, nurtured: 2, included: 6 }) })).toEqual([
      'nurtured',
      'safe',
    ]);
    expect(proposedNeeds({ scale: 5, scores: scores(5, { healthy: 2, achieving: 1, active: 3 }) })).toEqual([
      'achieving',
      'healthy',
    ]);
  });

  it('starts a plan from an assessment with the low indicators as needs', () => {
    const { familyId, zo } = familyWithChild();
    const assessmentId = assess(zo, 5, { nurtured: 1, included: 2 });
    const { planId } = createPlan(deps, { familyId, childIds: [zo], basedOnAssessmentId: assessmentId });
    const plan = getPlan(deps, planId);
    expect(plan.children.map((child) => child.knownAs)).toEqual(['Zo']);
    expect(plan.versions).toHaveLength(1);
    expect(plan.versions[0]).toMatchObject({ number: 1, status: 'draft', basedOnAssessmentId: assessmentId });
    expect(plan.versions[0]!.needs.map((need) => need.indicator)).toEqual(['nurtured', 'included']);
  });

  it("refuses another family's child or another child's assessment, writing nothing", () => {
    const { familyId, zo, kacper } = familyWithChild();
    const other = familyWithChild();
    expect(() => createPlan(deps, { familyId, childIds: [other.zo], basedOnAssessmentId: null })).toThrow(
      /children from this family/,
    );
    const kacpersWeb = assess(kacper, 10, { safe: 2 });
    expect(() => createPlan(deps, { familyId, childIds: [zo], basedOnAssessmentId: kacpersWeb })).toThrow(
      /a child this plan is for/,
    );
    expect(session.sqlite.prepare('SELECT count(*) AS n FROM plans').get()).toEqual({ n: 0 });
  });

  it('cannot be finalised without a review date, an outcome, a target and an action', () => {
    const { familyId, zo } = familyWithChild();
    const { versionId } = createPlan(deps, { familyId, childIds: [zo], basedOnAssessmentId: null });
    saveDraft(
      deps,
      saveDraftInput.parse({ versionId, reviewOn: '', needs: [{ ...nurtured, outcome: '', targets: [] }] }),
    );
    try {
      finalisePlan(deps, versionId);
      expect.unreachable('finalising without a review date must fail');
    } catch (error) {
      expect(error).toMatchObject({
        error: {
          code: 'invalid_input',
          message: 'Set the date of the next review before finalising the plan.',
          fields: {
            reviewOn: 'Set the date of the next review before finalising the plan.',
            'needs.0.outcome': 'Write the outcome wanted for Nurtured.',
            'needs.0.targets': 'Add at least one target for Nurtured.',
          },
        },
      });
    }
    expect(listPlans(deps, familyId)[0]!.currentVersion.status).toBe('draft');
    saveDraft(deps, saveDraftInput.parse({ versionId, reviewOn: '2027-02-24', needs: [nurtured] }));
    finalisePlan(deps, versionId);
    expect(listPlans(deps, familyId)[0]!.currentVersion).toMatchObject({
      status: 'final',
      reviewOn: '2027-02-24',
    });
    expect(() => saveDraft(deps, saveDraftInput.parse({ versionId, reviewOn: '', needs: [] }))).toThrow(
      /review it to make changes/,
    );
  });

  it('keeps every version through reviews: progress on the old one, open work carried to the next', () => {
    const { zo, planId, versionId } = agreedPlan();
    const [first, second] = getPlan(deps, planId).versions[0]!.needs[0]!.targets;
    today = new Date('2027-02-24T15:00:00Z');
    const newWeb = assess(zo, 10, { nurtured: 6 }, '2027-02-24');

    expect(() =>
      reviewPlan(deps, {
        versionId,
        reviewedOn: '2027-02-24',
        assessmentId: newWeb,
        summary: '',
        progress: [{ targetId: first!.id, progress: 'achieved', note: '' }],
      }),
    ).toThrow(/each target/);
    expect(session.sqlite.prepare('SELECT count(*) AS n FROM plan_reviews').get()).toEqual({ n: 0 });

    const { versionId: next } = reviewPlan(deps, {
      versionId,
      reviewedOn: '2027-02-24',
      assessmentId: newWeb,
      summary: 'Mornings are much better.',
      progress: [
        { targetId: first!.id, progress: 'achieved', note: 'In on time every day for three weeks.' },
        { targetId: second!.id, progress: 'in_progress', note: '' },
      ],
    });
    const plan = getPlan(deps, planId);
    expect(plan.versions.map((version) => [version.number, version.status])).toEqual([
      [1, 'reviewed'],
      [2, 'draft'],
    ]);
    const old = plan.versions[0]!;
    expect(old.review).toEqual({
      reviewedOn: '2027-02-24',
      assessmentId: newWeb,
      summary: 'Mornings are much better.',
      recordedAt: '2027-02-24T15:00:00.000Z',
    });
    expect(old.needs[0]!.targets.map((target) => [target.description, target.progress])).toEqual([
      ['Zo is in class by 8:50 on four days out of five.', 'achieved'],
      ['Zo eats breakfast.', 'in_progress'],
    ]);
    const fresh = plan.versions[1]!;
    expect(fresh.id).toBe(next);
    expect(fresh.basedOnAssessmentId).toBe(newWeb);
    expect(fresh.reviewOn).toBe('');
    expect(fresh.needs[0]!.targets.map((target) => [target.description, target.progress])).toEqual([
      ['Zo eats breakfast.', null],
    ]);
    expect(() => saveDraft(deps, saveDraftInput.parse({ versionId, reviewOn: '', needs: [] }))).toThrow();
    expect(() => discardDraft(deps, next)).toThrow(/started by a review/);

    // The chronology records the agreement and the review; the new draft is not there until agreed.
    const entries = familyChronology(deps, { familyId: plan.familyId, kinds: ['plan'], childId: zo });
    expect(entries.map((entry) => [entry.at, entry.title, entry.detail])).toEqual([
      ['2026-11-24T00:00', 'Action plan agreed (version 1)', 'Working on: Nurtured. Review due 24/02/2027.'],
      [
        '2027-02-24T00:00',
        'Action plan reviewed (version 1)',
        'Targets: in progress 1, achieved 1. Mornings are much better.',
      ],
    ]);
  });

  it('puts an agreement before a review of the same day in the chronology, in the order they happened', () => {
    const { zo, planId, versionId } = agreedPlan();
    const [first, second] = getPlan(deps, planId).versions[0]!.needs[0]!.targets;
    today = new Date('2026-11-24T15:00:00Z');
    reviewPlan(deps, {
      versionId,
      reviewedOn: '2026-11-24',
      assessmentId: null,
      summary: '',
      progress: [
        { targetId: first!.id, progress: 'achieved', note: '' },
        { targetId: second!.id, progress: 'in_progress', note: '' },
      ],
    });
    const entries = familyChronology(deps, {
      familyId: getPlan(deps, planId).familyId,
      kinds: ['plan'],
      childId: zo,
    });
    expect(entries.map((entry) => entry.title)).toEqual([
      'Action plan agreed (version 1)',
      'Action plan reviewed (version 1)',
    ]);
  });

  it('puts review and action dates of agreed plans on the dashboard, and takes them off when done', () => {
    const { familyId, zo } = familyWithChild();
    const { versionId } = createPlan(deps, { familyId, childIds: [zo], basedOnAssessmentId: null });
    saveDraft(deps, saveDraftInput.parse({ versionId, reviewOn: '2026-11-26', needs: [nurtured] }));
    expect(dashboard(deps).planActions).toEqual([]);
    expect(dashboard(deps).planReviews).toEqual([]);

    finalisePlan(deps, versionId);
    const board = dashboard(deps);
    expect(board.planReviews).toMatchObject([
      { familyId, childNames: 'Zo', due: '2026-11-26', overdue: false },
    ]);
    expect(board.planActions).toMatchObject([
      { what: 'Set an alarm for 7:15.', who: 'Parent or carer', due: '2026-11-27', overdue: false },
    ]);

    today = new Date('2026-11-28T09:00:00Z');
    expect(dashboard(deps).planActions[0]).toMatchObject({ overdue: true });
    setActionDone(deps, board.planActions[0]!.actionId, true);
    expect(dashboard(deps).planActions).toEqual([]);
  });

  it('lists drafts waiting to be agreed on the dashboard until they are agreed', () => {
    const { zo, familyId } = familyWithChild();
    const { planId, versionId } = createPlan(deps, { familyId, childIds: [zo], basedOnAssessmentId: null });
    expect(dashboard(deps).planDrafts).toMatchObject([{ planId, familyId, startedOn: '2026-11-24' }]);
    saveDraft(deps, saveDraftInput.parse({ versionId, reviewOn: '2027-02-24', needs: [nurtured] }));
    finalisePlan(deps, versionId);
    expect(dashboard(deps).planDrafts).toEqual([]);
  });

  it('discards a first draft made by mistake', () => {
    const { familyId, zo } = familyWithChild();
    const { versionId } = createPlan(deps, { familyId, childIds: [zo], basedOnAssessmentId: null });
    discardDraft(deps, versionId);
    expect(listPlans(deps, familyId)).toEqual([]);
  });
});
