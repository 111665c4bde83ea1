import { z } from 'zod';
import { isoDate, optionalDate } from './families';
import { optionalText, requiredText } from './text';
import { indicatorKeys, indicators, type Assessment, type Indicator } from './wellbeing';

/** Who carries out an action, in the words the printed plan uses. */
export const actors = {
  worker: 'Home-school link worker',
  parent: 'Parent or carer',
  child: 'Child',
  school: 'School',
  service: 'Another service',
} as const;
export type Actor = keyof typeof actors;

/** Progress on a target, recorded at each review. */
export const targetProgress = {
  not_started: 'Not started',
  in_progress: 'In progress',
  achieved: 'Achieved',
  no_longer_needed: 'No longer needed',
} as const;
export type TargetProgress = keyof typeof targetProgress;

/** A draft can be changed; a final plan is what was agreed and printed; a reviewed one is history. */
export const planStatuses = { draft: 'Draft', final: 'Agreed', reviewed: 'Reviewed' } as const;
export type PlanStatus = keyof typeof planStatuses;

const id = z.uuid('That record id is not valid.');

export const actionInput = z.strictObject({
  who: z.enum(Object.keys(actors) as [Actor], { error: 'Choose who will do this.' }),
  whoName: optionalText('the name of the person or service', 120),
  what: requiredText('what will be done', 500),
  dueOn: optionalDate('date it will be done by'),
});
export type ActionInput = z.infer<typeof actionInput>;

export const needInput = z.strictObject({
  indicator: z.enum(indicatorKeys as [Indicator], { error: 'Choose the wellbeing indicator.' }),
  /** The outcome in the family's own words: the printed plan quotes it. */
  outcome: optionalText('the outcome wanted', 600),
  targets: z
    .array(z.strictObject({ description: requiredText('the target', 400) }))
    .max(12, 'Keep to 12 targets for one need.'),
  actions: z.array(actionInput).max(20, 'Keep to 20 actions for one need.'),
  support: optionalText('the support and services involved', 600),
});
export type NeedInput = z.infer<typeof needInput>;

export const createPlanInput = z.strictObject({
  familyId: id,
  childIds: z.array(id).min(1, 'Choose at least one child the plan is for.').max(12),
  basedOnAssessmentId: id.nullable(),
});

export const saveDraftInput = z.strictObject({
  versionId: id,
  reviewOn: optionalDate('review date'),
  needs: z.array(needInput).max(8, 'A plan covers the eight indicators at most.'),
});
export type SaveDraftInput = z.infer<typeof saveDraftInput>;

export const reviewPlanInput = z.strictObject({
  versionId: id,
  reviewedOn: isoDate('date of the review'),
  assessmentId: id.nullable(),
  summary: optionalText('the summary of the review', 2_000),
  progress: z
    .array(
      z.strictObject({
        targetId: id,
        progress: z.enum(Object.keys(targetProgress) as [TargetProgress], {
          error: 'Choose how this target is going.',
        }),
        note: optionalText('the note', 600),
      }),
    )
    .max(200),
});
export type ReviewPlanInput = z.infer<typeof reviewPlanInput>;

export const byPlan = z.strictObject({ planId: id });
export const byVersion = z.strictObject({ versionId: id });
export const actionDoneInput = z.strictObject({ actionId: id, done: z.boolean() });

export interface PlanTarget {
  id: string;
  description: string;
  progress: TargetProgress | null;
  progressNote: string;
}
export interface PlanAction extends ActionInput {
  id: string;
  doneAt: string | null;
}
export interface PlanNeed {
  id: string;
  indicator: Indicator;
  outcome: string;
  support: string;
  targets: PlanTarget[];
  actions: PlanAction[];
}
export interface PlanReview {
  reviewedOn: string;
  assessmentId: string | null;
  summary: string;
  /** When the review was written down, which orders it after an agreement made the same day. */
  recordedAt: string;
}
export interface PlanVersion {
  id: string;
  number: number;
  status: PlanStatus;
  basedOnAssessmentId: string | null;
  reviewOn: string;
  finalisedAt: string | null;
  createdAt: string;
  needs: PlanNeed[];
  /** The review that closed this version and started the next one. */
  review: PlanReview | null;
}
export interface Plan {
  id: string;
  familyId: string;
  familyName: string;
  children: { id: string; name: string; knownAs: string; dateOfBirth: string | null }[];
  createdAt: string;
  /** Oldest first; the last is the current one. */
  versions: PlanVersion[];
}
export interface PlanSummary {
  id: string;
  childNames: string[];
  currentVersion: { id: string; number: number; status: PlanStatus; reviewOn: string };
  createdAt: string;
}

/**
 * The indicators a new plan starts from: those scored in the lower half of the scale, lowest first (a tie
 * keeps the web's order). When nothing is low, the plan starts empty and the worker chooses.
 */
export function proposedNeeds(assessment: Pick<Assessment, 'scale' | 'scores'>): Indicator[] {
  return indicatorKeys
    .filter((key) => {
      const score = assessment.scores[key].score;
      return score !== null && score <= assessment.scale / 2;
    })
    .sort((a, b) => assessment.scores[a].score! - assessment.scores[b].score!);
}

/**
 * Why an agreed plan cannot be finalised yet, as field paths (for the form) and sentences. An empty list
 * means it can.
 */
export function finaliseProblems(version: {
  reviewOn: string;
  needs: { indicator: Indicator; outcome: string; targets: unknown[]; actions: unknown[] }[];
}) {
  const problems: { path: string; message: string }[] = [];
  if (!version.reviewOn) {
    problems.push({
      path: 'reviewOn',
      message: 'Set the date of the next review before finalising the plan.',
    });
  }
  if (version.needs.length === 0) {
    problems.push({ path: 'needs', message: 'Add at least one thing the plan works on.' });
  }
  version.needs.forEach((need, index) => {
    const name = indicators[need.indicator];
    if (!need.outcome.trim()) {
      problems.push({ path: `needs.${index}.outcome`, message: `Write the outcome wanted for ${name}.` });
    }
    if (need.targets.length === 0) {
      problems.push({ path: `needs.${index}.targets`, message: `Add at least one target for ${name}.` });
    }
    if (need.actions.length === 0) {
      problems.push({ path: `needs.${index}.actions`, message: `Add at least one action for ${name}.` });
    }
  });
  return problems;
}
