import { z } from 'zod';
import { isoDate } from './families';

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

/** Sessions counted for one pupil over a period. Attended includes approved educational activity. */
export interface SessionCounts {
  possible: number;
  attended: number;
  authorised: number;
  unauthorised: number;
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

// ---- Import: rows already read from the spreadsheet, and which column holds what ----

/** The two shapes of export schools produce, the second in two layouts. */
export const importShapes = {
  summary: 'Per-pupil totals for a date range',
  session_columns: 'Register marks, one column per date and session',
  session_rows: 'Register marks, one row per pupil per session',
} as const;
export type ImportShape = keyof typeof importShapes;

const column = z.number().int().min(0).max(399).nullable();
const cell = z.string().max(300, 'A cell in the spreadsheet is too long to be attendance data.');

/** Who the pupil is: an identifier, and a name (in one column or two) with the date of birth. */
const identityColumns = {
  pupilId: column,
  name: column,
  surname: column,
  forename: column,
  dateOfBirth: column,
};

export const summaryMapping = z.strictObject({
  ...identityColumns,
  possible: column,
  attended: column,
  authorised: column,
  unauthorised: column,
  percent: column,
});
export const sessionColumnsMapping = z.strictObject({
  ...identityColumns,
  /** Columns whose headings are a date and session ("Wed 03/09/2025 AM"); null takes every such heading. */
  marks: z.array(z.number().int().min(0).max(399)).max(400).nullable(),
});
export const sessionRowsMapping = z.strictObject({
  ...identityColumns,
  date: column,
  session: column,
  code: column,
});
export type SummaryMapping = z.infer<typeof summaryMapping>;
export type SessionColumnsMapping = z.infer<typeof sessionColumnsMapping>;
export type SessionRowsMapping = z.infer<typeof sessionRowsMapping>;

const period = z
  .strictObject({ from: isoDate('first date of the period'), to: isoDate('last date of the period') })
  .refine((range) => range.from <= range.to, {
    message: 'The period must end on or after the day it starts.',
    path: ['to'],
  });

const sheet = {
  /** The heading row, as read. */
  header: z.array(cell).max(400, 'The spreadsheet has more columns than an attendance export.'),
  /** The rows below the heading row, as read. */
  rows: z.array(z.array(cell).max(400)).max(20_000, 'The spreadsheet has more than 20,000 rows.'),
  /** The spreadsheet's own number for the first of `rows`, so problems name the row the worker sees. */
  firstRowNumber: z.number().int().min(1).max(1_000_000),
};

/** The three shapes, each with its own mapping, plus `extra` fields the method needs. */
function importInput<Extra extends z.ZodRawShape>(extra: Extra) {
  return z.discriminatedUnion(
    'shape',
    [
      z.strictObject({
        ...sheet,
        ...extra,
        shape: z.literal('summary'),
        mapping: summaryMapping,
        /** A summary's date range is in its title lines, above the heading row: the worker enters it. */
        period,
      }),
      z.strictObject({
        ...sheet,
        ...extra,
        shape: z.literal('session_columns'),
        mapping: sessionColumnsMapping,
        /** Left out, the period runs from the first to the last date with marks. */
        period: period.optional(),
      }),
      z.strictObject({
        ...sheet,
        ...extra,
        shape: z.literal('session_rows'),
        mapping: sessionRowsMapping,
        period: period.optional(),
      }),
    ],
    { error: 'Choose what shape the export is.' },
  );
}

const id = z.uuid('That record id is not valid.');

/**
 * The worker's answer for each uncertain match, by the row the preview gave (a pupil's first row): the child
 * it is, or null to leave the pupil out. The commit matches the file again and needs one answer per uncertain
 * pupil, naming one of the children offered, so a stale or partial answer changes nothing.
 */
export const confirmation = z.strictObject({ row: z.number().int().min(1), childId: id.nullable() });

export const attendancePreviewInput = importInput({});
export type AttendancePreviewInput = z.infer<typeof attendancePreviewInput>;

export const attendanceCommitInput = importInput({
  confirmations: z.array(confirmation).max(20_000),
  /** The worker has seen the rows that cannot be read and agrees to leave them out. */
  skipUnreadable: z.boolean(),
});
export type AttendanceCommitInput = z.infer<typeof attendanceCommitInput>;

export const attendanceByChild = z.strictObject({ childId: id });

// ---- What comes back ----

export interface AttendanceProblem {
  /** The spreadsheet's own row number. */
  row: number;
  reason: string;
}

/** A pupil in the file who may be a child on the caseload: the worker confirms which, or skips them. */
export interface UncertainMatch {
  row: number;
  /** As the file gives them, shown only for the worker to compare; never stored. */
  fileName: string;
  fileDateOfBirth: string | null;
  reason: string;
  candidates: { childId: string; name: string; dateOfBirth: string; familyName: string }[];
}

export interface AttendancePreview {
  period: { from: string; to: string } | null;
  pupils: number;
  matched: number;
  uncertain: UncertainMatch[];
  notOnCaseload: number;
  problems: AttendanceProblem[];
  /** Children whose attendance already held for an overlapping period will be replaced by this file. */
  replacing: number;
}

export interface AttendanceReport {
  importId: string;
  period: { from: string; to: string };
  pupils: number;
  imported: number;
  matchedByIdentifier: number;
  matchedByName: number;
  confirmed: number;
  skippedByWorker: number;
  notOnCaseload: number;
  /** Periods already held for these children that overlapped this one, removed so nothing counts twice. */
  replacedPeriods: number;
  problems: AttendanceProblem[];
}

export interface AttendanceFigures extends SessionCounts {
  percent: number | null;
  level: AbsenceLevel | null;
}

export interface AttendancePeriod extends AttendanceFigures {
  id: string;
  childId: string;
  from: string;
  to: string;
  importId: string;
}

export interface ChildAttendance {
  childId: string;
  supportStartedOn: string | null;
  periods: AttendancePeriod[];
  overall: AttendanceFigures | null;
  /** Periods that ended before support began. */
  before: AttendanceFigures | null;
  /** Periods that began on or after the day support began. */
  after: AttendanceFigures | null;
  /** Periods spanning the start of support cannot be split, so they count in neither side. */
  spanningStart: number;
  /** Percentage points, after minus before; null unless both sides have figures. */
  change: number | null;
}

export interface CaseloadAttendance {
  childId: string;
  childName: string;
  familyId: string;
  familyName: string;
  supportStartedOn: string | null;
  latest: (AttendanceFigures & { from: string; to: string }) | null;
  change: number | null;
}
