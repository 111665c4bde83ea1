import { beforeEach, describe, expect, it } from 'vitest';
import { indicatorKeys, assessmentInput, type AssessmentInput, type Indicator } from '../../shared/wellbeing';
import { sampleFamily } from '../../tests/support/sample-family';
import { vaultPerTest } from '../../tests/support/temp-vault';
import type { Session } from '../vault/vault';
import type { ServiceDeps } from './deps';
import { createFamily, getFamily, setFamilyArchived } from './families';
import { listAssessments, recordAssessment, wellbeingChanges } from './wellbeing';

let session: Session;
let deps: ServiceDeps;
const vault = vaultPerTest();
beforeEach(async () => {
  session = vault.session;
  deps = { db: session.db, now: () => new Date('2026-12-07T09:00:00Z'), newId: () => crypto.randomUUID() };
});

function web(
  childId: string,
  scores: Partial<Record<Indicator, number | null>>,
  extra: Partial<AssessmentInput> = {},
) {
  return assessmentInput.parse({
    childId,
    scale: 10,
    assessedOn: '2026-09-01',
    scoredBy: 'child',
    scores: Object.fromEntries(
      indicatorKeys.map((key) => {
        const score = scores[key] === undefined ? 5 : scores[key];
        return [key, { score, skippedReason: score === null ? 'Not talked about yet.' : '', note: '' }];
      }),
    ),
    ...extra,
  });
}

describe('wellbeing webs', () => {
  it('validates every indicator: scored within the scale, or skipped with a reason', () => {
    const child = '00000000-0000-4000-8000-000000000001';
    const input = (scale: number, score: number | null, skippedReason = '') => ({
      childId: child,
      scale,
      assessedOn: '2026-09-01',
      scoredBy: 'practitioner',
      scores: Object.fromEntries(
        indicatorKeys.map((key) => [key, { score: key === 'safe' ? score : 3, skippedReason, note: '' }]),
      ),
    });
    expect(assessmentInput.safeParse(input(10, 9)).success).toBe(true);
    expect(assessmentInput.safeParse(input(5, 5)).success).toBe(true);
    expect(assessmentInput.safeParse(input(5, 6)).error?.issues[0]?.message).toBe(
      'On this scale, scores go from 1 to 5.',
    );
    expect(assessmentInput.safeParse(input(10, null)).error?.issues[0]).toMatchObject({
      path: ['scores', 'safe', 'score'],
      message: 'Score Safe, or say why it was not scored.',
    });
    expect(assessmentInput.safeParse(input(10, null, 'Child did not want to answer.')).success).toBe(true);
    expect(assessmentInput.safeParse(input(7, 3)).success).toBe(false);
  });

  it('keeps more than one view for the same day, oldest first', () => {
    const { id } = createFamily(deps, sampleFamily());
    const zoe = getFamily(deps, id).children[0]!.id;
    recordAssessment(deps, web(zoe, { nurtured: 3 }, { assessedOn: '2026-09-01', scoredBy: 'child' }));
    recordAssessment(deps, web(zoe, { nurtured: 6 }, { assessedOn: '2026-09-01', scoredBy: 'carer' }));
    recordAssessment(
      deps,
      web(zoe, { nurtured: 7, responsible: null }, { assessedOn: '2026-12-01', scoredBy: 'child' }),
    );
    const all = listAssessments(deps, zoe);
    expect(all.map((one) => [one.assessedOn, one.scoredBy, one.scores.nurtured.score])).toEqual([
      ['2026-09-01', 'child', 3],
      ['2026-09-01', 'carer', 6],
      ['2026-12-01', 'child', 7],
    ]);
    expect(all[2]!.scores.responsible).toEqual({
      score: null,
      skippedReason: 'Not talked about yet.',
      note: '',
    });
  });

  it('lists movement per indicator for children with two webs by the same scorer on the same scale', () => {
    const { id } = createFamily(deps, sampleFamily());
    const [zoe, kacper] = getFamily(deps, id).children;
    recordAssessment(deps, web(zoe!.id, { safe: 4, nurtured: 3 }, { assessedOn: '2026-09-01' }));
    recordAssessment(
      deps,
      web(zoe!.id, { safe: 7, nurtured: 3, included: null }, { assessedOn: '2026-12-01' }),
    );
    recordAssessment(deps, web(kacper!.id, { safe: 2 }, { assessedOn: '2026-09-01' }));
    recordAssessment(deps, web(kacper!.id, { safe: 4 }, { assessedOn: '2026-12-01', scale: 5 }));
    const changes = wellbeingChanges(deps);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({
      childName: 'Zo',
      baselineOn: '2026-09-01',
      latestOn: '2026-12-01',
      scale: 10,
    });
    const byIndicator = Object.fromEntries(changes[0]!.changes.map((row) => [row.indicator, row.change]));
    expect(byIndicator).toMatchObject({ safe: 3, nurtured: 0, included: null });
    setFamilyArchived(deps, id, true);
    expect(wellbeingChanges(deps)).toEqual([]);
  });

  it('refuses a web dated after today', () => {
    const { id } = createFamily(deps, sampleFamily());
    const childId = getFamily(deps, id).children[0]!.id;
    expect(() => recordAssessment(deps, web(childId, {}, { assessedOn: '2027-01-05' }))).toThrow(
      /cannot be after today/,
    );
    expect(session.sqlite.prepare('SELECT count(*) AS n FROM assessments').get()).toEqual({ n: 0 });
  });

  it('refuses a web for a child who is not in the vault, writing nothing', () => {
    expect(() => recordAssessment(deps, web('00000000-0000-4000-8000-000000000009', {}))).toThrow(
      /not in the vault/,
    );
    expect(session.sqlite.prepare('SELECT count(*) AS n FROM assessment_scores').get()).toEqual({ n: 0 });
  });
});
