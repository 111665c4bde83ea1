import { z } from 'zod';
import type { Input } from '../../../../shared/api';
import { concernInput, dslRoutes } from '../../../../shared/casework';
import { nowLocal } from '../../../ui/dateTime';

/** The contract's rules for passing a concern on (when, how, the DSL's name), shared with "Pass to DSL". */
export const passedToDslShape = concernInput.shape.passedToDsl.unwrap().shape;

/** When, how and to whom a concern was passed on, as a form holds it (checked only once it is ticked). */
export const dslFields = {
  passedAt: z.string(),
  passedHow: z.string(),
  dslName: z.string(),
};
export type DslValues = { [Key in keyof typeof dslFields]: string };

/** Adds the contract's messages for the pass-on fields, as issues on the form's own fields. */
export function checkDslFields(values: DslValues, context: z.RefinementCtx): void {
  for (const path of ['passedAt', 'passedHow', 'dslName'] as const) {
    const result = passedToDslShape[path].safeParse(values[path]);
    if (!result.success) {
      context.addIssue({ code: 'custom', path: [path], message: result.error.issues[0]?.message ?? '' });
    }
  }
}

export function passedToDslOf(values: DslValues) {
  return {
    passedAt: values.passedAt,
    passedHow: values.passedHow as (typeof dslRoutes)[number],
    dslName: values.dslName.trim(),
  };
}

export const concernFormSchema = z
  .object({
    /** "" when the concern is not about one child. */
    childId: z.string(),
    occurredAt: concernInput.shape.occurredAt,
    whatHappened: concernInput.shape.whatHappened,
    actionTaken: concernInput.shape.actionTaken,
    passToDsl: z.boolean(),
    ...dslFields,
  })
  .superRefine((values, context) => {
    if (values.passToDsl) checkDslFields(values, context);
  });

export type ConcernFormValues = z.input<typeof concernFormSchema>;
export type ConcernFormOutput = z.output<typeof concernFormSchema>;

export function blankConcern(now = new Date()): ConcernFormValues {
  return {
    childId: '',
    occurredAt: nowLocal(now),
    whatHappened: '',
    actionTaken: '',
    passToDsl: false,
    passedAt: nowLocal(now),
    passedHow: '',
    dslName: '',
  };
}

export function toRecordConcern(familyId: string, values: ConcernFormOutput): Input<'concerns.record'> {
  return {
    familyId,
    childId: values.childId || null,
    occurredAt: values.occurredAt,
    whatHappened: values.whatHappened,
    actionTaken: values.actionTaken,
    passedToDsl: values.passToDsl ? passedToDslOf(values) : null,
  };
}

/** The server's paths ("passedToDsl.dslName") as this form names its fields ("dslName"). */
export function concernFieldName(path: string): string {
  return path.replace(/^passedToDsl\./, '');
}
