import { z } from 'zod';
import { isoDate } from './families';
import { method } from './method';
import { optionalText, requiredText } from './text';

/**
 * How a figure is written out: a `count` of families, children, contacts or people is suppressed as "<5" in
 * anything that leaves the school; `number` (hours, points) and `text` never are.
 */
export type FigureKind = 'text' | 'count' | 'number';

export interface TagDefinition {
  tag: string;
  kind: FigureKind;
  meaning: string;
}
export interface LoopDefinition {
  tag: string;
  meaning: string;
  fields: TagDefinition[];
}

const count = (tag: string, meaning: string): TagDefinition => ({ tag, kind: 'count', meaning });
const text = (tag: string, meaning: string): TagDefinition => ({ tag, kind: 'text', meaning });
const number = (tag: string, meaning: string): TagDefinition => ({ tag, kind: 'number', meaning });

/** Every single figure a template can use, in the order the screen and the default return show them. */
export const valueTags = [
  text('school_name', "The school's name, from Settings."),
  text('worker_name', "The link worker's name, from Settings."),
  text('period_name', 'The name of the period: the term, or the dates.'),
  text('period_from', 'The first day of the period (DD/MM/YYYY).'),
  text('period_to', 'The last day of the period (DD/MM/YYYY).'),
  count('families_supported', 'Families with a case open on at least one day of the period.'),
  count('families_new', 'Of those, families whose first case in the period opened in the period.'),
  count('families_closed', 'Families whose case closed in the period and who have no other case open.'),
  count('families_ongoing', 'Families with a case open on the last day of the period.'),
  count('children_supported', 'The children of the families supported.'),
  count('referrals_received', 'Requests for Assistance received in the period.'),
  count('referrals_accepted', 'Of those, accepted.'),
  count('referrals_signposted', 'Of those, signposted elsewhere.'),
  count('referrals_declined', 'Of those, declined.'),
  count('referrals_undecided', 'Of those, not yet decided.'),
  count('contacts_total', 'Contacts recorded in the period (deleted ones left out).'),
  number('contact_hours', 'Hours of those contacts, to one decimal place.'),
  count('home_visits', 'Contacts of type "Home visit".'),
  count('visits_no_answer', 'Contacts of type "Visit with no answer".'),
  count('events_held', 'Parental-involvement event dates in the period, cancelled ones left out.'),
  count('parents_engaged', 'Different carers who came to at least one of them.'),
  count('parents_first_time', 'Of those, carers whose first event ever was in the period.'),
  count('parents_repeat', 'Of those, carers who came to two or more in the period.'),
  count('others_attending', 'People not on the caseload who came, added up over the dates.'),
  count(
    'children_with_two_webs',
    'Children with two or more Wellbeing Webs on one scale, the latest in the period.',
  ),
  count('children_web_improved', "Of those, children whose latest web's average is above their first's."),
  count('plans_agreed', 'Action plans first agreed in the period.'),
  count('plans_reviewed', 'Plan reviews held in the period.'),
  count('targets_achieved', 'Plan targets marked achieved at a review in the period.'),
  count('signposts_made', 'Families signposted or referred to a service in the period.'),
  count(
    'attendance_children',
    'Children of the families supported with attendance figures both before and after support began.',
  ),
  count('attendance_pa_before', 'Of those, persistently absent (90% or less) before support began.'),
  count('attendance_pa_now', 'Children of the families supported persistently absent this school year.'),
  count(
    'attendance_no_longer_pa',
    'Of those with figures both sides, persistently absent before and not since.',
  ),
  number(
    'attendance_change_points',
    'Mean change in attendance since support began, in percentage points, to one decimal place.',
  ),
] as const satisfies readonly TagDefinition[];

export const loopTags = [
  {
    tag: 'referrals_by_source',
    meaning: 'Referrals received in the period by who referred, every kind of referrer listed.',
    fields: [text('source', 'Who referred.'), count('count', 'Referrals from them.')],
  },
  {
    tag: 'contacts_by_type',
    meaning: 'Contacts in the period by type, every type listed.',
    fields: [
      text('type', 'The type of contact.'),
      count('count', 'Contacts of that type.'),
      number('hours', 'Their hours, to one decimal place.'),
    ],
  },
  {
    tag: 'web_movement',
    meaning: 'For the children with two webs: each indicator, latest web against first.',
    fields: [
      text('indicator', 'The SHANARRI indicator.'),
      count('improved', 'Children whose score went up.'),
      count('same', 'Children whose score stayed the same.'),
      count('worse', 'Children whose score went down.'),
    ],
  },
  {
    tag: 'signposts_by_outcome',
    meaning: 'Signposts made in the period by what came of them.',
    fields: [text('outcome', 'The outcome so far.'), count('count', 'Signposts with it.')],
  },
  {
    tag: 'closures_by_outcome',
    meaning: 'Cases closed in the period by the reason given for closing.',
    fields: [text('outcome', 'The reason for closing.'), count('count', 'Cases closed for it.')],
  },
  {
    tag: 'case_studies',
    meaning: 'The anonymised case studies chosen for this return.',
    fields: [text('title', 'Its title.'), text('text', 'The anonymised story.')],
  },
] as const satisfies readonly LoopDefinition[];

export type ValueTag = (typeof valueTags)[number]['tag'];
export type LoopTag = (typeof loopTags)[number]['tag'];
export type FigureValue = string | number;
export type LoopRow = Record<string, FigureValue>;

export interface ReturnFigures {
  from: string;
  to: string;
  values: Record<ValueTag, FigureValue>;
  loops: Record<LoopTag, LoopRow[]>;
}

/** The supported children's attendance before and after support began, for the impact report's chart. */
export interface AttendanceMovement {
  meanBefore: number | null;
  meanAfter: number | null;
  improved: number;
  declined: number;
}
export interface ImpactReport extends ReturnFigures {
  attendance: AttendanceMovement;
}

/** One record behind a figure, for the screen to link to. */
export interface FigureRecord {
  /** Null for a record that belongs to no family (an event date). */
  familyId: string | null;
  familyName: string;
  /** ISO date the record counts on, if it has one. */
  on: string | null;
  label: string;
}

// ---- Input ----

const id = z.uuid('That record id is not valid.');

const periodShape = {
  from: isoDate('first day of the period'),
  to: isoDate('last day of the period'),
  name: optionalText('the name of the period', 100).default(''),
};
const laterThanFrom = (period: { from: string; to: string }, context: z.RefinementCtx) => {
  if (period.to < period.from)
    context.addIssue({
      code: 'custom',
      path: ['to'],
      message: 'The last day must be on or after the first.',
    });
};
export const periodInput = z.strictObject(periodShape).superRefine(laterThanFrom);

const allTags: readonly string[] = valueTags.map((one) => one.tag);
export const figureRecordsInput = z
  .strictObject({
    ...periodShape,
    tag: z.string().refine((tag) => allTags.includes(tag), 'That is not one of the return’s figures.'),
  })
  .superRefine(laterThanFrom);

export const templateFormats = { xlsx: 'Excel workbook (.xlsx)', docx: 'Word document (.docx)' } as const;
export type TemplateFormat = keyof typeof templateFormats;
export const exportFormats = { ...templateFormats, json: 'Machine-readable file (.json)' } as const;
export type ExportFormat = keyof typeof exportFormats;

export const MAX_TEMPLATE_BYTES = 5 * 1024 * 1024;
const base64 = (max: number, tooBig: string) =>
  z
    .string()
    .min(1, 'Choose a file that is not empty.')
    .max(Math.ceil(max / 3) * 4, tooBig)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'The file could not be read.');

export const addTemplateInput = z.strictObject({
  name: requiredText('a name for the template', 120),
  fileName: requiredText('the file name', 200),
  dataBase64: base64(MAX_TEMPLATE_BYTES, 'A template can be at most 5 MB.'),
});

/** A cell in an XLSX template, e.g. sheet "Return", cell "C7", filled with one figure. */
export const cellBinding = z.strictObject({
  sheet: requiredText('the sheet', 100),
  cell: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{1,3}[1-9]\d{0,6}$/, 'Give the cell like C7.'),
  tag: z.string().refine((tag) => allTags.includes(tag), 'Choose one of the return’s figures.'),
});
export type CellBinding = z.infer<typeof cellBinding>;

export const saveMappingInput = z.strictObject({
  templateId: id,
  mapping: z.array(cellBinding).max(500),
});
/** A template or a case study, by its id. */
export const templateById = z.strictObject({ id });

export const exportInput = z
  .strictObject({
    ...periodShape,
    templateId: z.union([id, z.literal('default')]),
    format: z.enum(Object.keys(exportFormats) as [ExportFormat], { error: 'Choose the kind of file.' }),
    suppressSmallNumbers: z.boolean(),
    caseStudyIds: z.array(id).max(20).default([]),
  })
  .superRefine(laterThanFrom);

export const combineInput = z.strictObject({
  files: z
    .array(z.strictObject({ fileName: requiredText('the file name', 200), text: z.string().max(1_000_000) }))
    .min(2, 'Choose at least two schools’ return files.')
    .max(100, 'Combine at most 100 returns at once.'),
  suppressSmallNumbers: z.boolean(),
});

/** The worker's own story of a family's support; only its anonymised text is kept. */
export const caseStudyInput = z.strictObject({
  id: id.optional(),
  familyId: id,
  title: requiredText('a title', 120),
  text: requiredText('the story', 5_000),
});

export const weekInput = z.strictObject({ weekStarting: isoDate('first day of the week') });

// ---- Output ----

export interface TemplateInfo {
  id: string;
  name: string;
  fileName: string;
  format: TemplateFormat;
  /** The tags written into the template, in the order found. */
  tags: string[];
  /** For an XLSX: its sheets, and the cells mapped on screen. */
  sheets: string[];
  mapping: CellBinding[];
  addedAt: string;
}
export interface CaseStudy {
  id: string;
  familyId: string;
  familyName: string;
  title: string;
  /** Anonymised when saved: stand-ins for people, relative dates, no contact details or identifiers. */
  text: string;
  updatedAt: string;
}
export interface ExportedFile {
  fileName: string;
  dataBase64: string;
}

/** The machine-readable return: what a school sends, and what "Combine returns" reads. */
export interface ReturnFile {
  linkbookReturn: 1;
  school: string;
  from: string;
  to: string;
  periodName: string;
  suppressed: boolean;
  values: Record<string, FigureValue>;
  loops: Record<string, LoopRow[]>;
}

// ---- The methods ----

const nothing = z.strictObject({});

export const returnsMethods = {
  'returns.figures': method(periodInput).returns<ReturnFigures>(),
  'returns.records': method(figureRecordsInput).returns<FigureRecord[]>(),
  'returns.impact': method(periodInput).returns<ImpactReport>(),
  'returns.addTemplate': method(addTemplateInput).returns<TemplateInfo>(),
  'returns.listTemplates': method(nothing).returns<TemplateInfo[]>(),
  'returns.removeTemplate': method(templateById).returns<null>(),
  'returns.saveMapping': method(saveMappingInput).returns<TemplateInfo>(),
  'returns.export': method(exportInput).returns<ExportedFile>(),
  'returns.combine': method(combineInput).returns<ExportedFile>(),
  'returns.saveCaseStudy': method(caseStudyInput).returns<CaseStudy>(),
  'returns.listCaseStudies': method(nothing).returns<CaseStudy[]>(),
  'returns.removeCaseStudy': method(templateById).returns<null>(),
  'returns.weeklyTracker': method(weekInput).returns<ExportedFile>(),
  'returns.caseloadTracker': method(nothing).returns<ExportedFile>(),
};
