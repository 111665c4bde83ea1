import { z } from 'zod';
import { impossibleDate, isRealIsoDate } from './dates';
import { optionalText, requiredText } from './text';

export const relationships = [
  'Mother',
  'Father',
  'Step-parent',
  "Parent's partner",
  'Grandparent',
  'Aunt or uncle',
  'Older sibling',
  'Foster carer',
  'Kinship carer',
  'Other',
] as const;

export const yearGroups = [
  'Nursery',
  'Reception',
  ...Array.from({ length: 13 }, (_, i) => `Year ${i + 1}`),
  ...Array.from({ length: 7 }, (_, i) => `P${i + 1}`),
  ...Array.from({ length: 6 }, (_, i) => `S${i + 1}`),
] as const;

/** The things a worker watches for each child (domain.md), in the order badges show them. */
export const childFlags = {
  childProtection: 'Child protection plan',
  careExperienced: 'Care experienced',
  youngCarer: 'Young carer',
  additionalSupportNeeds: 'ASN / SEN',
  englishAdditionalLanguage: 'EAL',
  freeSchoolMeals: 'Free school meals',
  attendanceConcern: 'Attendance concern',
} as const;
export type ChildFlag = keyof typeof childFlags;
export const childFlagKeys = Object.keys(childFlags) as ChildFlag[];

const id = z.uuid('That record id is not valid.');

const ukPhone = optionalText('the phone number', 20).refine(
  (value) => value === '' || /^(\+44\s?|0)[\d\s]{9,13}$/.test(value),
  'Enter a UK phone number, like 07700 900123 or 0141 496 0000.',
);

const email = optionalText('the email address', 254).refine(
  (value) => value === '' || z.email().safeParse(value).success,
  'Enter an email address like name@example.com.',
);

const postcode = optionalText('the postcode', 10).refine(
  (value) => value === '' || /^[A-Za-z]{1,2}\d[A-Za-z\d]?\s*\d[A-Za-z]{2}$/.test(value),
  'Enter a UK postcode, like G51 4TL.',
);

export const isoDate = (label: string) =>
  z.string({ error: `Enter the ${label} as DD/MM/YYYY.` }).refine(isRealIsoDate, {
    error: (issue) =>
      impossibleDate(String(issue.input)) ?? `Enter the ${label} as DD/MM/YYYY, for example 04/11/2015.`,
  });

/** A date the worker may leave empty: '' rather than null, as a blank field holds. */
export const optionalDate = (label: string) => isoDate(label).or(z.literal(''));

export const carerInput = z.strictObject({
  id: id.optional(),
  name: requiredText("the carer's name"),
  relationship: z.enum(relationships, { error: 'Choose how they are related to the children.' }),
  phone: ukPhone,
  email,
  preferredLanguage: optionalText('the preferred language', 60),
  interpreterNeeded: z.boolean(),
  parentalResponsibility: z.boolean(),
});
export type CarerInput = z.infer<typeof carerInput>;

const flagShape = Object.fromEntries(childFlagKeys.map((flag) => [flag, z.boolean()])) as Record<
  ChildFlag,
  z.ZodBoolean
>;

export const childInput = z.strictObject({
  id: id.optional(),
  name: requiredText("the child's full name"),
  preferredName: optionalText('the preferred name', 60),
  dateOfBirth: isoDate('date of birth').refine(
    (iso) => iso >= '1995-01-01' && iso <= new Date().toISOString().slice(0, 10),
    'The date of birth must be in the past, and after 01/01/1995.',
  ),
  yearGroup: z.enum(yearGroups, { error: 'Choose a year group.' }).or(z.literal('')),
  className: optionalText('the class', 40),
  pupilId: optionalText('the pupil identifier', 20).refine(
    (value) => /^[A-Za-z0-9]*$/.test(value),
    'The pupil identifier (UPN or Scottish Candidate Number) has only letters and numbers.',
  ),
  ...flagShape,
});
export type ChildInput = z.infer<typeof childInput>;

export const familyFields = z.strictObject({
  familyName: requiredText('the family name'),
  address: optionalText('the address', 300),
  postcode,
  carers: z.array(carerInput).max(12, 'A family can have at most 12 carers here.'),
  children: z
    .array(childInput)
    .min(1, 'Add at least one child.')
    .max(15, 'A family can have at most 15 children here.'),
});
export type FamilyInput = z.infer<typeof familyFields>;

export const updateFamilyInput = familyFields.extend({ id });
export const familyIdInput = z.strictObject({ id });

export const familySortColumns = ['familyName', 'updatedAt', 'createdAt'] as const;
export const listFamiliesInput = z.strictObject({
  search: z.string().max(100, 'Search for 100 characters or fewer.').default(''),
  status: z.enum(['active', 'archived', 'all']).default('active'),
  sortBy: z.enum(familySortColumns).default('familyName'),
  sortDirection: z.enum(['asc', 'desc']).default('asc'),
  page: z.number().int().min(0).max(100_000).default(0),
  pageSize: z.number().int().min(1).max(200).default(50),
});

export type FamilyStatus = 'active' | 'archived';

export interface Carer extends CarerInput {
  id: string;
}
export interface Child extends ChildInput {
  id: string;
}
export interface Family {
  id: string;
  familyName: string;
  address: string;
  postcode: string;
  status: FamilyStatus;
  archivedAt: string | null;
  createdAt: string;
  updatedAt: string;
  carers: Carer[];
  children: Child[];
}
export interface FamilySummary {
  id: string;
  familyName: string;
  status: FamilyStatus;
  children: { id: string; name: string; yearGroup: string }[];
  carers: string[];
  flags: ChildFlag[];
  updatedAt: string;
}
export interface FamilyPage {
  rows: FamilySummary[];
  total: number;
}

/** The name a child goes by, which is what lists and anything printed for a parent should use. */
export function knownAs(child: { name: string; preferredName: string }): string {
  return child.preferredName.trim() || child.name;
}
