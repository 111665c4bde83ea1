import { and, asc, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import { fail } from '../../shared/errors';
import { knownAs } from '../../shared/families';
import {
  finaliseProblems,
  proposedNeeds,
  type Actor,
  type createPlanInput,
  type NeedInput,
  type Plan,
  type PlanNeed,
  type PlanStatus,
  type PlanSummary,
  type PlanVersion,
  type ReviewPlanInput,
  type SaveDraftInput,
  type TargetProgress,
} from '../../shared/plans';
import type { Indicator } from '../../shared/wellbeing';
import type { Tx } from '../db/connection';
import {
  assessments,
  children,
  families,
  planActions,
  planChildren,
  planNeeds,
  planReviews,
  plans,
  planTargets,
  planVersions,
} from '../db/schema';
import { write, type ServiceDeps } from './deps';
import { listAssessments } from './wellbeing';

type Reader = Pick<ServiceDeps['db'], 'select'>;

export function createPlan(
  deps: ServiceDeps,
  input: z.output<typeof createPlanInput>,
): { planId: string; versionId: string } {
  const family = deps.db
    .select({ id: families.id })
    .from(families)
    .where(eq(families.id, input.familyId))
    .get();
  if (!family) fail('not_found', 'That family is not in the vault.');
  const childIds = [...new Set(input.childIds)];
  const own = deps.db
    .select({ id: children.id })
    .from(children)
    .where(and(eq(children.familyId, input.familyId), inArray(children.id, childIds)))
    .all();
  if (own.length !== childIds.length) {
    fail('invalid_input', 'Choose children from this family.', {
      fields: { childIds: 'Choose children from this family.' },
    });
  }
  let proposed: Indicator[] = [];
  if (input.basedOnAssessmentId) {
    const assessment = assessmentFor(deps, input.basedOnAssessmentId, childIds);
    proposed = proposedNeeds(assessment);
  }
  return write(deps, (tx, audit, at) => {
    const planId = deps.newId();
    tx.insert(plans).values({ id: planId, familyId: input.familyId, createdAt: at }).run();
    for (const childId of childIds) tx.insert(planChildren).values({ planId, childId }).run();
    const versionId = insertVersion(tx, deps, {
      planId,
      number: 1,
      basedOnAssessmentId: input.basedOnAssessmentId,
      at,
    });
    insertNeeds(
      tx,
      deps,
      versionId,
      proposed.map((indicator) => ({ indicator, outcome: '', support: '', targets: [], actions: [] })),
    );
    audit('create', 'plans', planId);
    return { planId, versionId };
  });
}

/** The assessment must be one of the plan's children's, or the plan would quote another child's web. */
function assessmentFor(deps: ServiceDeps, assessmentId: string, childIds: string[]) {
  const row = deps.db
    .select({ childId: assessments.childId })
    .from(assessments)
    .where(eq(assessments.id, assessmentId))
    .get();
  if (!row || !childIds.includes(row.childId)) {
    fail('invalid_input', 'Choose a wellbeing assessment of a child this plan is for.', {
      fields: { assessmentId: 'Choose a wellbeing assessment of a child this plan is for.' },
    });
  }
  const found = listAssessments(deps, row.childId).find((one) => one.id === assessmentId)!;
  return found;
}

function insertVersion(
  tx: Tx,
  deps: ServiceDeps,
  values: { planId: string; number: number; basedOnAssessmentId: string | null; at: string },
) {
  const id = deps.newId();
  tx.insert(planVersions)
    .values({
      id,
      planId: values.planId,
      number: values.number,
      status: 'draft',
      basedOnAssessmentId: values.basedOnAssessmentId,
      reviewOn: null,
      createdAt: values.at,
    })
    .run();
  return id;
}

function insertNeeds(tx: Tx, deps: ServiceDeps, versionId: string, needs: NeedInput[]) {
  needs.forEach((need, position) => {
    const needId = deps.newId();
    tx.insert(planNeeds)
      .values({
        id: needId,
        versionId,
        position,
        indicator: need.indicator,
        outcome: need.outcome,
        support: need.support,
      })
      .run();
    need.targets.forEach((target, index) => {
      tx.insert(planTargets)
        .values({ id: deps.newId(), needId, position: index, description: target.description })
        .run();
    });
    need.actions.forEach((action, index) => {
      tx.insert(planActions)
        .values({
          id: deps.newId(),
          needId,
          position: index,
          who: action.who,
          whoName: action.whoName,
          what: action.what,
          dueOn: action.dueOn || null,
        })
        .run();
    });
  });
}

function clearNeeds(tx: Tx, versionId: string) {
  const needIds = tx
    .select({ id: planNeeds.id })
    .from(planNeeds)
    .where(eq(planNeeds.versionId, versionId))
    .all()
    .map((row) => row.id);
  if (needIds.length === 0) return;
  tx.delete(planTargets).where(inArray(planTargets.needId, needIds)).run();
  tx.delete(planActions).where(inArray(planActions.needId, needIds)).run();
  tx.delete(planNeeds).where(eq(planNeeds.versionId, versionId)).run();
}

function versionRow(db: Reader, versionId: string) {
  const row = db.select().from(planVersions).where(eq(planVersions.id, versionId)).get();
  if (!row) fail('not_found', 'That plan is not in the vault.');
  return row;
}

function requireStatus(row: { status: string }, status: PlanStatus, message: string) {
  if (row.status !== status) fail('invalid_input', message);
}

/** A draft is rewritten whole: the form holds the entire plan, so there is nothing to merge. */
export function saveDraft(deps: ServiceDeps, input: SaveDraftInput): { versionId: string } {
  return write(deps, (tx, audit) => {
    const row = versionRow(tx, input.versionId);
    requireStatus(row, 'draft', 'This version of the plan has been agreed; review it to make changes.');
    tx.update(planVersions)
      .set({ reviewOn: input.reviewOn || null })
      .where(eq(planVersions.id, row.id))
      .run();
    clearNeeds(tx, row.id);
    insertNeeds(tx, deps, row.id, input.needs);
    audit('update', 'plan_versions', row.id);
    return { versionId: row.id };
  });
}

export function finalisePlan(deps: ServiceDeps, versionId: string): null {
  return write(deps, (tx, audit, at) => {
    const row = versionRow(tx, versionId);
    requireStatus(row, 'draft', 'This version of the plan is already agreed.');
    const problems = finaliseProblems({
      reviewOn: row.reviewOn ?? '',
      needs: needsOf(tx, [row.id]).get(row.id) ?? [],
    });
    if (problems.length > 0) {
      fail('invalid_input', problems[0]!.message, {
        fields: Object.fromEntries(problems.map((problem) => [problem.path, problem.message])),
      });
    }
    tx.update(planVersions)
      .set({ status: 'final', finalisedAt: at })
      .where(eq(planVersions.id, row.id))
      .run();
    audit('update', 'plan_versions', row.id);
    return null;
  });
}

/** A plan made by mistake can go while it is still a first draft; later drafts fall back to the agreed one. */
export function discardDraft(deps: ServiceDeps, versionId: string): null {
  return write(deps, (tx, audit) => {
    const row = versionRow(tx, versionId);
    requireStatus(row, 'draft', 'Only a draft can be discarded; an agreed plan stays on record.');
    if (row.number > 1) {
      fail('invalid_input', 'This draft was started by a review; change it rather than discard it.');
    }
    clearNeeds(tx, row.id);
    tx.delete(planVersions).where(eq(planVersions.id, row.id)).run();
    tx.delete(planChildren).where(eq(planChildren.planId, row.planId)).run();
    tx.delete(plans).where(eq(plans.id, row.planId)).run();
    audit('delete', 'plans', row.planId);
    return null;
  });
}

/**
 * A review closes the agreed version for good (progress on every target, the new web) and starts the next
 * version as a draft from what is still open: targets achieved or no longer needed, and actions done, are
 * not carried over.
 */
export function reviewPlan(deps: ServiceDeps, input: ReviewPlanInput): { versionId: string } {
  const current = versionRow(deps.db, input.versionId);
  requireStatus(current, 'final', 'Only an agreed plan can be reviewed.');
  const planChildIds = deps.db
    .select({ childId: planChildren.childId })
    .from(planChildren)
    .where(eq(planChildren.planId, current.planId))
    .all()
    .map((row) => row.childId);
  if (input.assessmentId) assessmentFor(deps, input.assessmentId, planChildIds);

  return write(deps, (tx, audit, at) => {
    const needs = needsOf(tx, [current.id]).get(current.id) ?? [];
    const targets = needs.flatMap((need) => need.targets);
    const given = new Map(input.progress.map((entry) => [entry.targetId, entry]));
    const fields: Record<string, string> = {};
    targets.forEach((target) => {
      if (!given.has(target.id)) fields[`progress.${target.id}`] = 'Say how this target is going.';
    });
    if (Object.keys(fields).length > 0) {
      fail('invalid_input', 'Say how each target is going before finishing the review.', { fields });
    }
    if (input.progress.some((entry) => !targets.some((target) => target.id === entry.targetId))) {
      fail('invalid_input', 'That target is not part of this plan.');
    }
    for (const entry of input.progress) {
      tx.update(planTargets)
        .set({ progress: entry.progress, progressNote: entry.note })
        .where(eq(planTargets.id, entry.targetId))
        .run();
    }
    tx.insert(planReviews)
      .values({
        versionId: current.id,
        reviewedOn: input.reviewedOn,
        assessmentId: input.assessmentId,
        summary: input.summary,
        createdAt: at,
      })
      .run();
    tx.update(planVersions).set({ status: 'reviewed' }).where(eq(planVersions.id, current.id)).run();
    const next = insertVersion(tx, deps, {
      planId: current.planId,
      number: current.number + 1,
      basedOnAssessmentId: input.assessmentId,
      at,
    });
    const closed = new Set<TargetProgress>(['achieved', 'no_longer_needed']);
    insertNeeds(
      tx,
      deps,
      next,
      needs.map((need) => ({
        indicator: need.indicator,
        outcome: need.outcome,
        support: need.support,
        targets: need.targets
          .filter((target) => !closed.has(given.get(target.id)!.progress))
          .map((target) => ({ description: target.description })),
        actions: need.actions
          .filter((action) => !action.doneAt)
          .map(({ who, whoName, what, dueOn }) => ({ who, whoName, what, dueOn })),
      })),
    );
    audit('update', 'plan_versions', current.id);
    audit('create', 'plan_versions', next);
    return { versionId: next };
  });
}

export function setActionDone(deps: ServiceDeps, actionId: string, done: boolean): null {
  return write(deps, (tx, audit, at) => {
    const row = tx
      .select({ status: planVersions.status })
      .from(planActions)
      .innerJoin(planNeeds, eq(planNeeds.id, planActions.needId))
      .innerJoin(planVersions, eq(planVersions.id, planNeeds.versionId))
      .where(eq(planActions.id, actionId))
      .get();
    if (!row) fail('not_found', 'That action is not in the vault.');
    requireStatus(row, 'final', 'Actions are ticked off on the agreed plan.');
    tx.update(planActions)
      .set({ doneAt: done ? at : null })
      .where(eq(planActions.id, actionId))
      .run();
    audit('update', 'plan_actions', actionId);
    return null;
  });
}

function needsOf(db: Reader, versionIds: string[]): Map<string, PlanNeed[]> {
  const byVersion = new Map<string, PlanNeed[]>();
  if (versionIds.length === 0) return byVersion;
  const needRows = db
    .select()
    .from(planNeeds)
    .where(inArray(planNeeds.versionId, versionIds))
    .orderBy(asc(planNeeds.position))
    .all();
  const needIds = needRows.map((row) => row.id);
  const targetRows = needIds.length
    ? db
        .select()
        .from(planTargets)
        .where(inArray(planTargets.needId, needIds))
        .orderBy(asc(planTargets.position))
        .all()
    : [];
  const actionRows = needIds.length
    ? db
        .select()
        .from(planActions)
        .where(inArray(planActions.needId, needIds))
        .orderBy(asc(planActions.position))
        .all()
    : [];
  for (const row of needRows) {
    const list = byVersion.get(row.versionId) ?? [];
    list.push({
      id: row.id,
      indicator: row.indicator as Indicator,
      outcome: row.outcome,
      support: row.support,
      targets: targetRows
        .filter((target) => target.needId === row.id)
        .map((target) => ({
          id: target.id,
          description: target.description,
          progress: target.progress as TargetProgress | null,
          progressNote: target.progressNote,
        })),
      actions: actionRows
        .filter((action) => action.needId === row.id)
        .map((action) => ({
          id: action.id,
          who: action.who as Actor,
          whoName: action.whoName,
          what: action.what,
          dueOn: action.dueOn ?? '',
          doneAt: action.doneAt,
        })),
    });
    byVersion.set(row.versionId, list);
  }
  return byVersion;
}

function childrenOf(db: Reader, planIds: string[]) {
  if (planIds.length === 0) return [];
  return db
    .select({
      planId: planChildren.planId,
      id: children.id,
      name: children.name,
      preferredName: children.preferredName,
      dateOfBirth: children.dateOfBirth,
    })
    .from(planChildren)
    .innerJoin(children, eq(children.id, planChildren.childId))
    .where(inArray(planChildren.planId, planIds))
    .orderBy(asc(children.dateOfBirth), asc(children.name))
    .all();
}

export function getPlan(deps: ServiceDeps, planId: string): Plan {
  const row = deps.db
    .select({ plan: plans, familyName: families.familyName })
    .from(plans)
    .innerJoin(families, eq(families.id, plans.familyId))
    .where(eq(plans.id, planId))
    .get();
  if (!row) fail('not_found', 'That plan is not in the vault.');
  const versionRows = deps.db
    .select({ version: planVersions, review: planReviews })
    .from(planVersions)
    .leftJoin(planReviews, eq(planReviews.versionId, planVersions.id))
    .where(eq(planVersions.planId, planId))
    .orderBy(asc(planVersions.number))
    .all();
  const needs = needsOf(
    deps.db,
    versionRows.map((one) => one.version.id),
  );
  const versions: PlanVersion[] = versionRows.map(({ version, review }) => ({
    id: version.id,
    number: version.number,
    status: version.status as PlanStatus,
    basedOnAssessmentId: version.basedOnAssessmentId,
    reviewOn: version.reviewOn ?? '',
    finalisedAt: version.finalisedAt,
    createdAt: version.createdAt,
    needs: needs.get(version.id) ?? [],
    review: review
      ? {
          reviewedOn: review.reviewedOn,
          assessmentId: review.assessmentId,
          summary: review.summary,
          recordedAt: review.createdAt,
        }
      : null,
  }));
  return {
    id: row.plan.id,
    familyId: row.plan.familyId,
    familyName: row.familyName,
    createdAt: row.plan.createdAt,
    children: childrenOf(deps.db, [planId]).map((child) => ({
      id: child.id,
      name: child.name,
      knownAs: knownAs(child),
      dateOfBirth: child.dateOfBirth,
    })),
    versions,
  };
}

/** The family's plans, newest first, each with the version that is current now. */
export function listPlans(deps: ServiceDeps, familyId: string): PlanSummary[] {
  const rows = deps.db
    .select()
    .from(plans)
    .where(eq(plans.familyId, familyId))
    .orderBy(asc(plans.createdAt))
    .all();
  const planIds = rows.map((row) => row.id);
  const versionRows = planIds.length
    ? deps.db
        .select()
        .from(planVersions)
        .where(inArray(planVersions.planId, planIds))
        .orderBy(asc(planVersions.number))
        .all()
    : [];
  const kids = childrenOf(deps.db, planIds);
  return rows
    .map((row) => {
      const current = versionRows.filter((version) => version.planId === row.id).at(-1)!;
      return {
        id: row.id,
        createdAt: row.createdAt,
        childNames: kids.filter((child) => child.planId === row.id).map(knownAs),
        currentVersion: {
          id: current.id,
          number: current.number,
          status: current.status as PlanStatus,
          reviewOn: current.reviewOn ?? '',
        },
      };
    })
    .reverse();
}
