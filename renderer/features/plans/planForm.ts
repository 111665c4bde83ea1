import { saveDraftInput, type PlanVersion } from '../../../shared/plans';
import type { z } from 'zod';

/** The editor holds everything a draft saves except which version it is. */
export const planFormSchema = saveDraftInput.omit({ versionId: true });
export type PlanFormValues = z.input<typeof planFormSchema>;
export type PlanFormOutput = z.output<typeof planFormSchema>;

export function planFormValues(version: PlanVersion): PlanFormValues {
  return {
    reviewOn: version.reviewOn,
    needs: version.needs.map((need) => ({
      indicator: need.indicator,
      outcome: need.outcome,
      support: need.support,
      targets: need.targets.map((target) => ({ description: target.description })),
      actions: need.actions.map(({ who, whoName, what, dueOn }) => ({ who, whoName, what, dueOn })),
    })),
  };
}
