import { z } from 'zod';
import { isoDate } from './families';
import { columnMappingSchema, layoutInput, type ImportProblem, type ImportSheetView } from './imports';
import { optionalText, requiredText } from './text';
import { indicators, type Indicator } from './wellbeing';

const id = z.uuid('That record id is not valid.');

export const referralRoutes = {
  self: 'Self-referral',
  professional: 'Professional referral',
  both: 'Self or professional referral',
} as const;
export type ReferralRoute = keyof typeof referralRoutes;

export const serviceAreas = { local: 'Local', regional: 'Regional', national: 'National' } as const;
export type ServiceArea = keyof typeof serviceAreas;

/** Categories offered when adding a service; the worker may add their own. */
export const suggestedCategories = [
  'Adult learning',
  'Benefits',
  'Domestic abuse',
  'Emotional wellbeing',
  'Food',
  'Housing',
  'Mental health',
  'Money',
  'Parenting',
  'Safeguarding',
  'Young carers',
] as const;

const indicatorKey = z.enum(Object.keys(indicators) as [Indicator, ...Indicator[]], {
  error: 'Choose a wellbeing indicator from the list.',
});

const email = optionalText('the email address', 254).refine(
  (value) => value === '' || z.email().safeParse(value).success,
  'Enter an email address like name@example.com.',
);

export const serviceFields = {
  name: requiredText('the name of the service', 200),
  organisation: optionalText('the organisation', 200),
  offer: optionalText('what they offer', 2_000),
  eligibility: optionalText('who can use it', 1_000),
  referralRoute: z.enum(Object.keys(referralRoutes) as [ReferralRoute, ...ReferralRoute[]], {
    error: 'Choose how to refer.',
  }),
  phone: optionalText('the phone number', 40),
  email,
  website: optionalText('the website', 300),
  openingTimes: optionalText('the opening times', 500),
  cost: optionalText('the cost', 200),
  languages: optionalText('the languages', 300),
  area: z.enum(Object.keys(serviceAreas) as [ServiceArea, ...ServiceArea[]], {
    error: 'Choose the area it covers.',
  }),
  categories: z.array(requiredText('the category', 60)).max(20, 'Choose at most 20 categories.'),
  indicators: z.array(indicatorKey).max(8),
  notes: optionalText('the notes', 5_000),
  lastCheckedOn: isoDate('date last checked').or(z.literal('')),
};

export const serviceInput = z.strictObject({ id: id.optional(), ...serviceFields });
export type ServiceInput = z.input<typeof serviceInput>;

export const listServicesInput = z.strictObject({
  text: z.string().trim().max(100, 'Search for 100 characters or fewer.').default(''),
  category: z.string().max(60).default(''),
  indicator: indicatorKey.or(z.literal('')).default(''),
  area: z
    .enum(Object.keys(serviceAreas) as [ServiceArea])
    .or(z.literal(''))
    .default(''),
  referralRoute: z
    .enum(Object.keys(referralRoutes) as [ReferralRoute])
    .or(z.literal(''))
    .default(''),
  staleOnly: z.boolean().default(false),
  includeRetired: z.boolean().default(false),
});

export const serviceById = z.strictObject({ id });
export const undoCheckedInput = z.strictObject({
  id,
  lastCheckedOn: isoDate('date last checked').nullable(),
});

// ---- Import from a spreadsheet ----

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/** The fields a spreadsheet column can fill, in the order the mapping screen lists them. */
export const importFields = {
  name: 'Service name',
  organisation: 'Organisation',
  offer: 'What they offer',
  eligibility: 'Who can use it',
  referralRoute: 'How to refer',
  phone: 'Phone',
  email: 'Email',
  website: 'Website',
  openingTimes: 'Opening times',
  cost: 'Cost',
  languages: 'Languages',
  area: 'Area covered',
  categories: 'Categories and indicators',
  notes: 'Notes',
  lastCheckedOn: 'Date last checked',
} as const;
export type ImportField = keyof typeof importFields;
export const importFieldKeys = Object.keys(importFields) as ImportField[];

/** Which column (0-based) fills each field; null leaves it to a value for every row, or empty. */
export const columnMapping = columnMappingSchema(importFieldKeys);
export type ColumnMapping = z.infer<typeof columnMapping>;

/** The fields whose values must be one of the app's choices; what matches none can be kept as a note. */
export const importChoices = {
  referralRoute: { choices: referralRoutes, whenNote: 'both' },
  area: { choices: serviceAreas, whenNote: 'local' },
} as const satisfies Partial<Record<ImportField, { choices: Record<string, string>; whenNote: string }>>;

const layout = layoutInput(importFieldKeys as [ImportField, ...ImportField[]]);

const importFile = {
  fileName: requiredText('the file name', 200).refine(
    (name) => /\.(xlsx|csv)$/i.test(name),
    'Choose a spreadsheet saved as .xlsx or .csv.',
  ),
  dataBase64: z
    .string()
    .max(Math.ceil(MAX_IMPORT_BYTES / 3) * 4, 'The spreadsheet can be at most 5 MB.')
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'The file could not be read.'),
};

export const importPreviewInput = z.strictObject({
  ...importFile,
  ...layout,
  /** Absent on the first look: the columns are then matched by their headings, or as last time. */
  mapping: columnMapping.optional(),
});

export const duplicateChoices = { skip: 'Skip them', update: 'Update the existing entry' } as const;
export type DuplicateChoice = keyof typeof duplicateChoices;

export const importCommitInput = z.strictObject({
  ...importFile,
  ...layout,
  mapping: columnMapping,
  duplicates: z.enum(Object.keys(duplicateChoices) as [DuplicateChoice], {
    error: 'Choose what to do with duplicates.',
  }),
  /** The worker has seen the rows that cannot be read and agrees to leave them out. */
  skipUnreadable: z.boolean(),
});

export const exportInput = z.strictObject({ includeRetired: z.boolean().default(false) });

// ---- Signposting a family ----

export const signpostKinds = { signpost: 'Signposted', referral: 'Referred' } as const;
export type SignpostKind = keyof typeof signpostKinds;

export const signpostOutcomes = {
  engaged: 'Engaged',
  did_not_engage: 'Did not engage',
  waiting: 'Waiting',
  not_eligible: 'Not eligible',
} as const;
export type SignpostOutcome = keyof typeof signpostOutcomes;

export const signpostInput = z.strictObject({
  familyId: id,
  serviceId: id.or(z.literal('')).refine((value) => value !== '', 'Choose a service.'),
  kind: z.enum(Object.keys(signpostKinds) as [SignpostKind], {
    error: 'Choose signpost or referral.',
  }),
  on: isoDate('date'),
  note: optionalText('the note', 2_000),
});

export const signpostOutcomeInput = z.strictObject({
  id,
  outcome: z.enum(Object.keys(signpostOutcomes) as [SignpostOutcome], { error: 'Choose the outcome.' }),
  on: isoDate('date of the outcome'),
  note: optionalText('the note', 2_000),
});

// ---- What comes back ----

export interface Service {
  id: string;
  name: string;
  organisation: string;
  offer: string;
  eligibility: string;
  referralRoute: ReferralRoute;
  phone: string;
  email: string;
  website: string;
  openingTimes: string;
  cost: string;
  languages: string;
  area: ServiceArea;
  categories: string[];
  indicators: Indicator[];
  notes: string;
  lastCheckedOn: string | null;
  stale: boolean;
  retiredAt: string | null;
}

export interface ServiceList {
  services: Service[];
  /** Every category in use, for the filter. */
  categories: string[];
}

export type { ImportProblem } from './imports';
export interface ImportDuplicate {
  row: number;
  name: string;
  organisation: string;
  /** Already in the directory, or an earlier row of the same file. */
  existingServiceId: string | null;
  sameAsRow: number | null;
}
export interface ImportPreview extends ImportSheetView<ImportField> {
  headers: string[];
  mapping: ColumnMapping;
  /** No column is chosen for the service name yet: the worker must choose one before anything is read. */
  nameColumnMissing: boolean;
  /** The first rows as they will be saved. */
  preview: (Omit<Service, 'id' | 'stale' | 'retiredAt'> & { row: number })[];
  rowCount: number;
  readableCount: number;
  problems: ImportProblem[];
  duplicates: ImportDuplicate[];
}
export interface ImportResult {
  added: number;
  updated: number;
  skipped: number;
  problems: ImportProblem[];
}

export interface Signpost {
  id: string;
  familyId: string;
  serviceId: string;
  serviceName: string;
  organisation: string;
  kind: SignpostKind;
  on: string;
  note: string;
  outcome: SignpostOutcome | null;
  outcomeOn: string | null;
  outcomeNote: string;
}
