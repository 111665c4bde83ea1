import { zodResolver } from '@hookform/resolvers/zod';
import type { FieldErrors, Resolver } from 'react-hook-form';
import type { z } from 'zod';
import { assessmentInput, indicatorKeys, type AssessmentInput } from '../../../shared/wellbeing';

export type AssessFormValues = z.input<typeof assessmentInput>;

const contract = zodResolver(assessmentInput);

/**
 * The contract's own schema, with one difference for the form: zod skips the per-indicator checks while a
 * whole field (the date, who scored) is still wrong, so the worker would fix those, save, and only then be
 * told about the indicators. Here the indicators are checked as well, so everything to fix is listed at once.
 */
export const assessResolver: Resolver<AssessFormValues, unknown, AssessmentInput> = async (
  values,
  context,
  options,
) => {
  const result = await contract(values, context, options);
  const errors = result.errors as FieldErrors<AssessFormValues>;
  if (Object.keys(errors).length === 0 || (!errors.scoredBy && !errors.assessedOn)) return result;
  const standIn = {
    ...values,
    scoredBy: errors.scoredBy ? 'child' : values.scoredBy,
    assessedOn: errors.assessedOn ? '2000-01-01' : values.assessedOn,
  } as AssessFormValues;
  const indicators = (await contract(standIn, context, options)).errors as FieldErrors<AssessFormValues>;
  const scores = Object.fromEntries(
    indicatorKeys
      .map((key) => [key, { ...indicators.scores?.[key], ...errors.scores?.[key] }] as const)
      .filter(([, entry]) => Object.keys(entry).length > 0),
  );
  const { scores: _ignored, ...others } = errors;
  return {
    values: {},
    errors: { ...others, ...(Object.keys(scores).length ? { scores } : {}) } as FieldErrors<AssessFormValues>,
  };
};
