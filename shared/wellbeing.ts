import { z } from 'zod';
import { isoDate } from './families';
import { optionalText } from './text';

/** The eight SHANARRI wellbeing indicators (GIRFEC), in the order the Wellbeing Web draws them. */
export const indicators = {
  safe: 'Safe',
  healthy: 'Healthy',
  achieving: 'Achieving',
  nurtured: 'Nurtured',
  active: 'Active',
  respected: 'Respected',
  responsible: 'Responsible',
  included: 'Included',
} as const;
export type Indicator = keyof typeof indicators;
export const indicatorKeys = Object.keys(indicators) as Indicator[];

/** 1–10 on the common paper webs; 1–5 ("not at all" to "very") on the national online tool. */
export const wellbeingScales = [10, 5] as const;
export type WellbeingScale = (typeof wellbeingScales)[number];

export const scorers = {
  child: 'The child',
  carer: 'Parent or carer',
  practitioner: 'Practitioner',
  agreed: 'Agreed together',
} as const;
export type Scorer = keyof typeof scorers;

const id = z.uuid('That record id is not valid.');

const indicatorEntry = z.strictObject({
  score: z
    .number()
    .int('Give a whole number.')
    .min(1, 'Scores start at 1.')
    .max(10, 'Scores go up to 10.')
    .nullable(),
  skippedReason: optionalText('the reason it was not scored', 300),
  note: optionalText('the note', 1_000),
});

/** An assessment scores every indicator on its scale, or says why one was left out. */
export const assessmentInput = z
  .strictObject({
    childId: id,
    scale: z.union([z.literal(10), z.literal(5)], { error: 'Choose a scale of 1 to 10 or 1 to 5.' }),
    assessedOn: isoDate('date of the assessment'),
    scoredBy: z.enum(Object.keys(scorers) as [Scorer], { error: 'Choose who gave these scores.' }),
    scores: z.strictObject(
      Object.fromEntries(indicatorKeys.map((key) => [key, indicatorEntry])) as Record<
        Indicator,
        typeof indicatorEntry
      >,
    ),
  })
  .superRefine((input, context) => {
    for (const key of indicatorKeys) {
      const entry = input.scores[key];
      if (entry.score === null && !entry.skippedReason.trim()) {
        context.addIssue({
          code: 'custom',
          path: ['scores', key, 'score'],
          message: `Score ${indicators[key]}, or say why it was not scored.`,
        });
      }
      if (entry.score !== null && entry.score > input.scale) {
        context.addIssue({
          code: 'custom',
          path: ['scores', key, 'score'],
          message: `On this scale, scores go from 1 to ${input.scale}.`,
        });
      }
    }
  });
export type AssessmentInput = z.infer<typeof assessmentInput>;

export const byChild = z.strictObject({ childId: id });

export interface Assessment extends AssessmentInput {
  id: string;
  familyId: string;
  createdAt: string;
}

/** Baseline (earliest) against latest, per indicator, for one child and one scorer. */
export interface WellbeingChange {
  childId: string;
  childName: string;
  familyId: string;
  familyName: string;
  scoredBy: Scorer;
  baselineOn: string;
  latestOn: string;
  scale: WellbeingScale;
  changes: { indicator: Indicator; baseline: number | null; latest: number | null; change: number | null }[];
}
