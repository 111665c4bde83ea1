import { z } from 'zod';
import { isoDate } from './families';
import { columnMappingSchema, HEADER_SEARCH_ROWS, type ImportProblem, type ImportSheetView } from './imports';
import { method } from './method';
import { requiredText } from './text';

// ---- England's register codes (from August 2024) and what each counts as ----

/** What a register mark counts as when working out attendance. */
export const markKinds = {
  present: 'Present',
  educational: 'Approved educational activity (counts as attending)',
  authorised: 'Authorised absence',
  unauthorised: 'Unauthorised absence',
  not_possible: 'Not counted as a possible session',
} as const;
export type MarkKind = keyof typeof markKinds;

/** Each code, what it counts as and what it means, as the DfE's guidance lists them. */
export const registerCodes: Record<string, { kind: MarkKind; meaning: string }> = {
  '/': { kind: 'present', meaning: 'Present (morning)' },
  '\\': { kind: 'present', meaning: 'Present (afternoon)' },
  L: { kind: 'present', meaning: 'Late, before registers closed' },
  K: { kind: 'educational', meaning: 'Education arranged by the local authority' },
  V: { kind: 'educational', meaning: 'Educational visit or trip' },
  P: { kind: 'educational', meaning: 'Approved sporting activity' },
  W: { kind: 'educational', meaning: 'Work experience' },
  B: { kind: 'educational', meaning: 'Other approved educational activity' },
  C1: { kind: 'authorised', meaning: 'Regulated performance or employment abroad' },
  M: { kind: 'authorised', meaning: 'Medical or dental appointment' },
  J1: { kind: 'authorised', meaning: 'Interview' },
  S: { kind: 'authorised', meaning: 'Study leave' },
  C2: { kind: 'authorised', meaning: 'Part-time timetable' },
  C: { kind: 'authorised', meaning: 'Exceptional circumstances' },
  T: { kind: 'authorised', meaning: 'Mobile child (traveller)' },
  R: { kind: 'authorised', meaning: 'Religious observance' },
  I: { kind: 'authorised', meaning: 'Illness' },
  E: { kind: 'authorised', meaning: 'Suspended or excluded, no alternative provision' },
  G: { kind: 'unauthorised', meaning: 'Holiday not agreed' },
  N: { kind: 'unauthorised', meaning: 'Reason not yet given' },
  O: { kind: 'unauthorised', meaning: 'Other unauthorised absence' },
  U: { kind: 'unauthorised', meaning: 'Arrived after registers closed' },
  Q: { kind: 'not_possible', meaning: 'No access arrangements' },
  Y1: { kind: 'not_possible', meaning: 'Transport not available' },
  Y2: { kind: 'not_possible', meaning: 'Widespread travel disruption' },
  Y3: { kind: 'not_possible', meaning: 'Part of the premises closed' },
  Y4: { kind: 'not_possible', meaning: 'Whole school site closed' },
  Y5: { kind: 'not_possible', meaning: 'Criminal justice detention (custody)' },
  Y6: { kind: 'not_possible', meaning: 'Public health guidance or law' },
  Y7: { kind: 'not_possible', meaning: 'Other unavoidable cause' },
  X: { kind: 'not_possible', meaning: 'Not of compulsory school age' },
  D: { kind: 'not_possible', meaning: 'Dual registered, at another school' },
  Z: { kind: 'not_possible', meaning: 'Not yet on roll' },
  '#': { kind: 'not_possible', meaning: 'Planned whole or partial school closure' },
};

/** The kind a mark counts as, or null when it is not one of England's codes. Case does not matter. */
export function markKind(code: string): MarkKind | null {
  return registerCodes[code.trim().toUpperCase()]?.kind ?? null;
}

// ---- The attendance rule and thresholds ----

/**
 * Sessions counted for one pupil over a period. Attended includes approved educational activity. Excluded is
 * Scotland's own category of missed session (England's excluded pupils are marked E, an authorised absence).
 */
export interface SessionCounts {
  possible: number;
  attended: number;
  authorised: number;
  unauthorised: number;
  excluded: number;
}

/** Attendance % = sessions attended / possible sessions, to one decimal place; null with no possible sessions. */
export function attendancePercent(counts: Pick<SessionCounts, 'possible' | 'attended'>): number | null {
  if (counts.possible <= 0) return null;
  return Math.round((counts.attended * 1000) / counts.possible) / 10;
}

/** Missing this share of possible sessions, for any reason, makes a pupil persistently absent (England). */
export const PERSISTENT_ABSENCE_SHARE = 0.1;
/** Missing this share makes a pupil severely absent. */
export const SEVERE_ABSENCE_SHARE = 0.5;

export const absenceLevels = {
  severe: 'Severely absent (missing 50% or more of sessions)',
  persistent: 'Persistently absent (missing 10% or more of sessions)',
  none: 'Below the persistent absence threshold',
} as const;
export type AbsenceLevel = keyof typeof absenceLevels;

/**
 * Compared in whole sessions rather than through a rounded percentage, so exactly 90% (or 50%) is on the
 * threshold however many sessions there were. Null when there were no possible sessions.
 */
export function absenceLevel(counts: Pick<SessionCounts, 'possible' | 'attended'>): AbsenceLevel | null {
  if (counts.possible <= 0) return null;
  const missed = counts.possible - counts.attended;
  if (missed * 2 >= counts.possible) return 'severe';
  if (missed * 10 >= counts.possible) return 'persistent';
  return 'none';
}

// ---- Import: the file, which sheet and row, what shape it is and which column holds what ----

/** Bigger than the directory's limit: a year of per-session marks for a large school is a few megabytes. */
export const MAX_ATTENDANCE_FILE_BYTES = 20 * 1024 * 1024;

/** The two shapes of export schools produce, the second in two layouts. */
export const importShapes = {
  summary: 'Totals for each pupil over a date range',
  session_columns: 'Register marks, one column per date and session',
  session_rows: 'Register marks, one row per pupil per session',
} as const;
export type ImportShape = keyof typeof importShapes;

/**
 * The fields a column can fill, in the order the mapping step lists them, with the shapes each belongs to.
 * In the one-column-per-session shape the mark columns are not mapped one by one: every heading that reads
 * as a date and session ("Wed 03/09/2025 AM") is a mark column.
 */
export const attendanceFields = {
  pupilId: { label: 'Pupil identifier (UPN or SCN)', shapes: ['summary', 'session_columns', 'session_rows'] },
  name: { label: 'Name (in one column)', shapes: ['summary', 'session_columns', 'session_rows'] },
  surname: { label: 'Surname', shapes: ['summary', 'session_columns', 'session_rows'] },
  forename: { label: 'Forename', shapes: ['summary', 'session_columns', 'session_rows'] },
  dateOfBirth: { label: 'Date of birth', shapes: ['summary', 'session_columns', 'session_rows'] },
  possible: { label: 'Possible sessions', shapes: ['summary'] },
  attended: { label: 'Sessions attended', shapes: ['summary'] },
  authorised: { label: 'Authorised absences', shapes: ['summary'] },
  unauthorised: { label: 'Unauthorised absences', shapes: ['summary'] },
  /** Scotland's exports count exclusions apart from authorised and unauthorised absence. */
  excluded: { label: 'Exclusions (Scotland)', shapes: ['summary'] },
  percent: { label: 'Attendance percentage', shapes: ['summary'] },
  date: { label: 'Date of the session', shapes: ['session_rows'] },
  session: { label: 'Session (AM or PM)', shapes: ['session_rows'] },
  code: { label: 'Register code', shapes: ['session_rows'] },
} as const satisfies Record<string, { label: string; shapes: readonly ImportShape[] }>;
export type AttendanceField = keyof typeof attendanceFields;
export const attendanceFieldKeys = Object.keys(attendanceFields) as [AttendanceField, ...AttendanceField[]];

/** Which column (0-based) fills each field; null when the file has none. Fields of other shapes are ignored. */
export const attendanceMapping = columnMappingSchema(attendanceFieldKeys);
export type AttendanceMapping = z.infer<typeof attendanceMapping>;

export const period = z
  .strictObject({ from: isoDate('first date of the period'), to: isoDate('last date of the period') })
  .refine((range) => range.from <= range.to, {
    message: 'The period must end on or after the day it starts.',
    path: ['to'],
  });
export type Period = z.infer<typeof period>;

const importFile = {
  fileName: requiredText('the file name', 200).refine(
    (name) => /\.(xlsx|csv)$/i.test(name),
    'Choose a spreadsheet saved as .xlsx or .csv.',
  ),
  dataBase64: z
    .string()
    .max(Math.ceil(MAX_ATTENDANCE_FILE_BYTES / 3) * 4, 'The spreadsheet can be at most 20 MB.')
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'The file could not be read.'),
};

const layout = {
  /** Absent on the first look: the first sheet holding a table, or the one remembered for this layout. */
  sheet: z.string().max(200).optional(),
  /** The spreadsheet's own row number of the headings (the first row is 1); guessed when absent. */
  headerRow: z.number().int().min(1).max(HEADER_SEARCH_ROWS).optional(),
};

/**
 * The first look needs only the file: sheet, header row, shape and mapping are guessed (or remembered for
 * this layout) and come back for the worker to check. Each later look sends the worker's choices.
 */
export const attendancePreviewInput = z.strictObject({
  ...importFile,
  ...layout,
  shape: z.enum(Object.keys(importShapes) as [ImportShape, ...ImportShape[]]).optional(),
  mapping: attendanceMapping.optional(),
  /**
   * A summary's dates are in its title lines, above the heading row: guessed from them when they can be
   * read, otherwise the worker enters them. For marks it is optional and limits the import to those dates.
   */
  period: period.optional(),
});
export type AttendancePreviewInput = z.infer<typeof attendancePreviewInput>;

const id = z.uuid('That record id is not valid.');

/**
 * The worker's answer for each uncertain match, by the row the preview gave (a pupil's first row): the child
 * it is, or null to leave the pupil out. The commit matches the file again and needs one answer per uncertain
 * pupil, naming one of the children offered, so a stale or partial answer changes nothing.
 */
export const confirmation = z.strictObject({ row: z.number().int().min(1), childId: id.nullable() });

export const attendanceCommitInput = z.strictObject({
  ...importFile,
  ...layout,
  shape: z.enum(Object.keys(importShapes) as [ImportShape, ...ImportShape[]], {
    error: 'Choose what shape the export is.',
  }),
  mapping: attendanceMapping,
  period: period.optional(),
  confirmations: z.array(confirmation).max(20_000),
  /** The worker has seen the rows that cannot be read and agrees to leave them out. */
  skipUnreadable: z.boolean(),
});
export type AttendanceCommitInput = z.infer<typeof attendanceCommitInput>;

export const attendanceForChildInput = z.strictObject({
  childId: id,
  /** Any range the worker picks, as well as this term and this school year. */
  range: period.optional(),
});

// ---- What comes back ----

export type AttendanceProblem = ImportProblem;

/** A pupil in the file who may be a child on the caseload: the worker confirms which, or skips them. */
export interface UncertainMatch {
  row: number;
  /** As the file gives them, shown only for the worker to compare; never stored. */
  fileName: string;
  fileDateOfBirth: string | null;
  reason: string;
  candidates: { childId: string; name: string; dateOfBirth: string; familyName: string }[];
}

/** What the file will do, worked out with nothing written. */
export interface AttendanceCheck {
  period: Period;
  pupils: number;
  /** Matched by identifier, or by name and date of birth with no doubt. */
  matched: number;
  uncertain: UncertainMatch[];
  /** Counted only: Linkbook keeps nothing else about pupils who are not on the caseload. */
  notOnCaseload: number;
  problems: AttendanceProblem[];
  /** Codes that are not England's register codes, with how many marks had each; never guessed. */
  unknownCodes: { code: string; marks: number }[];
  /** Register marks read (per-session shapes); 0 for a summary. */
  marks: number;
  /** Figures already held for these children over overlapping dates, which this file replaces. */
  replacing: { children: number; ranges: Period[] };
}

export interface AttendancePreview {
  /** The sheet and mapping steps, as every import shows them. */
  sheet: ImportSheetView<AttendanceField>;
  shape: ImportShape;
  /** Read from the title lines above the headings, or from the marks; null when neither says. */
  period: Period | null;
  /** In the one-column-per-session shape: how many headings read as a date and session, and the first and last. */
  markColumns: { count: number; first: string | null; last: string | null };
  /** What the mapping still lacks, by field ('mapping.possible', 'period', ...); empty when it will do. */
  fields: Record<string, string>;
  /** Null until the mapping will do. */
  check: AttendanceCheck | null;
}

/** How far an import has got, for the progress bar; idle between imports. */
export interface AttendanceImportProgress {
  stage: 'idle' | 'reading' | 'matching' | 'saving';
  done: number;
  total: number;
}

export interface AttendanceReport {
  importId: string;
  period: Period;
  pupils: number;
  imported: number;
  matchedByIdentifier: number;
  matchedByName: number;
  confirmed: number;
  skippedByWorker: number;
  notOnCaseload: number;
  marks: number;
  /** Figures already held for these children over overlapping dates, removed so nothing counts twice. */
  replaced: Period[];
  problems: AttendanceProblem[];
}

export interface AttendanceFigures extends SessionCounts {
  percent: number | null;
  level: AbsenceLevel | null;
}

/** Figures over a stretch of dates; `complete` is false when held figures only partly cover it. */
export interface RangeFigures extends AttendanceFigures {
  label: string;
  from: string;
  to: string;
  complete: boolean;
}

/** One imported stretch of a child's figures: a summary's totals, or the marks of one file. */
export interface AttendancePeriod extends AttendanceFigures {
  id: string;
  from: string;
  to: string;
  importId: string;
  source: 'summary' | 'marks';
}

/** Unauthorised sessions in the last 10 school weeks, against the national threshold for a penalty notice. */
export const PENALTY_NOTICE_SESSIONS = 10;
export const PENALTY_NOTICE_WEEKS = 10;

export interface ChildAttendance {
  childId: string;
  supportStartedOn: string | null;
  /** The term and the school year holding the latest figures (from the calendar's dates, or England's usual ones). */
  thisTerm: RangeFigures | null;
  thisYear: RangeFigures | null;
  /** The range asked for, when one was. */
  range: RangeFigures | null;
  /** This school year's level: what the family page and caseload flag. */
  level: AbsenceLevel | null;
  /** From register marks only; null when the child has none in the last 10 school weeks. */
  unauthorisedRecent: {
    from: string;
    to: string;
    sessions: number;
    threshold: number;
    reached: boolean;
  } | null;
  /** Attendance week by week (weeks starting Monday) from register marks, for the chart. */
  weekly: { weekStarting: string; possible: number; attended: number; percent: number | null }[];
  periods: AttendancePeriod[];
  /**
   * Before and after support began over equal lengths of school time: the same number of school days each
   * side, as many as both sides have. Null without a start of support or figures on both sides.
   */
  beforeAfter: {
    schoolDays: number;
    before: RangeFigures;
    after: RangeFigures;
    /** Percentage points, after minus before. */
    change: number | null;
  } | null;
  /** Plain sentences on what could not be counted (a summary spanning the start of support, say). */
  notes: string[];
}

/** Bands of this school year's attendance, as the caseload and the termly return group children. */
export const attendanceBands = {
  at_least_95: '95% or more',
  from_90: '90% to 94.9%',
  persistent: 'Persistently absent (50% to 89.9%)',
  severe: 'Severely absent (below 50%)',
  no_figures: 'No figures yet',
} as const;
export type AttendanceBand = keyof typeof attendanceBands;

export interface CaseloadChildAttendance {
  childId: string;
  childName: string;
  familyId: string;
  familyName: string;
  supportStartedOn: string | null;
  thisYear: RangeFigures | null;
  band: AttendanceBand;
  level: AbsenceLevel | null;
  /** Before and after support began, as on the child's page; null without both sides. */
  before: number | null;
  after: number | null;
  change: number | null;
  /** Persistently (or severely) absent before support began, and not since. */
  noLongerPersistent: boolean;
}

export interface CaseloadAttendance {
  children: CaseloadChildAttendance[];
  bands: { band: AttendanceBand; children: number }[];
  persistent: number;
  severe: number;
  improved: number;
  declined: number;
  noLongerPersistent: number;
}

// ---- The methods ----

const nothing = z.strictObject({});

export const attendanceMethods = {
  'attendance.previewImport': method(attendancePreviewInput).returns<AttendancePreview>(),
  'attendance.commitImport': method(attendanceCommitInput).returns<AttendanceReport>(),
  'attendance.importProgress': method(nothing).returns<AttendanceImportProgress>(),
  'attendance.forChild': method(attendanceForChildInput).returns<ChildAttendance>(),
  'attendance.caseload': method(nothing).returns<CaseloadAttendance>(),
};
