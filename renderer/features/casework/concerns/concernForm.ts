import { z } from 'zod';
import type { Input } from '../../../../shared/api';
import { concernInput, dslRoutes } from '../../../../shared/casework';
import { isoDate } from '../../../../shared/families';
import { timeNow, todayIso } from '../../families/dates';
import { joinDateTime, timeOfDay } from '../../families/formParts';

/** The contract's rules for passing a concern on (how, the DSL's name), shared with "Pass to DSL". */
export const passedToDslShape = concernInput.shape.passedToDsl.unwrap().shape;

/** When, how and to whom a concern was passed on, as a form holds it: the date and time apart. */
export const dslFields = {
  dslDate: z.string(),
  dslTime: z.string(),
  passedHow: z.string(),
  dslName: z.string(),
};
export type DslValues = { [Key in keyof typeof dslFields]: string };

/** Adds the contract's messages for the pass-on fields, as issues on the form's own field names. */
export function checkDslFields(values: DslValues, context: z.RefinementCtx): void {
  const checks: [keyof DslValues, z.ZodType, string][] = [
    ['dslDate', isoDate('date it was passed on'), values.dslDate],
    ['dslTime', timeOfDay('time it was passed on'), values.dslTime],
    ['passedHow', passedToDslShape.passedHow, values.passedHow],
    ['dslName', passedToDslShape.dslName, values.dslName],
  ];
  for (const [path, schema, value] of checks) {
    const result = schema.safeParse(value);
    if (!result.success) {
      context.addIssue({ code: 'custom', path: [path], message: result.error.issues[0]?.message ?? '' });
    }
  }
}

export function passedToDslOf(values: DslValues) {
  return {
    passedAt: joinDateTime(values.dslDate, values.dslTime),
    passedHow: values.passedHow as (typeof dslRoutes)[number],
    dslName: values.dslName.trim(),
  };
}

export const concernFormSchema = z
  .object({
    /** "" when the concern is not about one child. */
    childId: z.string(),
    date: isoDate('date'),
    time: timeOfDay('time'),
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
    date: todayIso(now),
    time: timeNow(now),
    whatHappened: '',
    actionTaken: '',
    passToDsl: false,
    dslDate: todayIso(now),
    dslTime: timeNow(now),
    passedHow: '',
    dslName: '',
  };
}

export function toRecordConcern(familyId: string, values: ConcernFormOutput): Input<'concerns.record'> {
  return {
    familyId,
    childId: values.childId || null,
    occurredAt: joinDateTime(values.date, values.time),
    whatHappened: values.whatHappened,
    actionTaken: values.actionTaken,
    passedToDsl: values.passToDsl ? passedToDslOf(values) : null,
  };
}

/** The server's paths ("occurredAt", "passedToDsl.dslName") as this form names its fields. */
export function concernFieldName(path: string): string {
  if (path === 'occurredAt') return 'date';
  if (path === 'passedToDsl.passedAt') return 'dslDate';
  return path.replace(/^passedToDsl\./, '');
}
