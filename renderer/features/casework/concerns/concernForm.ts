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

/** The choice for a concern about the family, or several children, rather than one child. */
export const NOT_ONE_CHILD = 'none';

export const concernFormSchema = z
  .object({
    /**
     * A child's id, or NOT_ONE_CHILD. Nothing is chosen at first: a concern recorded against the wrong child
     * (or none) is a record that cannot be changed, so the worker always says which.
     */
    childId: z.string().min(1, 'Say which child it is about, or choose “Not about one child”.'),
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

/** A family with no children on record has no child to choose, so the concern is about the family. */
export function blankConcern(family: { children: unknown[] }, now = new Date()): ConcernFormValues {
  return {
    childId: family.children.length === 0 ? NOT_ONE_CHILD : '',
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
    childId: values.childId === NOT_ONE_CHILD ? null : values.childId,
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
