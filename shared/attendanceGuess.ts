import {
  attendanceFieldKeys,
  type AttendanceField,
  type AttendanceMapping,
  type ImportShape,
  type Period,
} from './attendance';
import { clean, readDate, readSessionHeading } from './attendanceCells';
import type { MarkColumn } from './attendanceParse';
import { slotOf } from './attendanceSessions';
import { foldForSearch } from './text';

/**
 * First guesses for an attendance export, from its headings and the lines above them: the worker checks
 * each on screen, and a layout imported before is remembered instead (see electron/imports/layouts.ts).
 */

/** A heading as compared: no accents, case or punctuation, and no "(sessions)" after it. */
function foldHeading(text: string): string {
  return foldForSearch(clean(text))
    .replace(/\(.*?\)/g, ' ')
    .replace(/[^a-z0-9%]+/g, ' ')
    .trim();
}

/**
 * The headings each field is known by in SIMS, Arbor, Bromcom, ScholarPack and SEEMiS exports, folded, best
 * first. The admission number comes after the UPN: a school's own number is used only when there is no UPN.
 */
const headingsFor: Record<AttendanceField, string[]> = {
  pupilId: [
    'upn',
    'unique pupil number',
    'scn',
    'scottish candidate number',
    'candidate number',
    'pupil id',
    'pupil identifier',
    'adno',
    'admission number',
    'adm no',
  ],
  name: ['name', 'pupil', 'pupil name', 'student', 'student name', 'learner', 'full name', 'legal name'],
  surname: ['surname', 'legal surname', 'last name', 'family name', 'preferred surname'],
  forename: ['forename', 'forenames', 'legal forename', 'first name', 'preferred forename', 'given name'],
  dateOfBirth: ['dob', 'd o b', 'date of birth', 'birth date', 'birthdate'],
  possible: ['possible', 'possible sessions', 'sessions possible', 'possible marks', 'total possible'],
  attended: [
    'present',
    'attendance',
    'attended',
    'sessions attended',
    'present sessions',
    'present aea',
    'attendances',
    'present and aea',
  ],
  authorised: [
    'authorised',
    'authorised absence',
    'authorised absences',
    'auth',
    'auth abs',
    'authorized absences',
  ],
  unauthorised: [
    'unauthorised',
    'unauthorised absence',
    'unauthorised absences',
    'unauth',
    'unauth abs',
    'unauthorized absences',
  ],
  excluded: ['exclusion', 'exclusions', 'excluded', 'temporary exclusion', 'temporary exclusions'],
  percent: [
    '%',
    'attendance %',
    '% attendance',
    'percent',
    'percentage',
    'attendance percentage',
    '% present',
  ],
  date: ['date', 'session date', 'attendance date', 'mark date'],
  session: ['session', 'am pm', 'am or pm', 'am/pm'],
  code: ['mark', 'code', 'attendance code', 'attendance mark', 'register code', 'register mark'],
};

/** Every heading that reads as a date and session, in the order of the sessions. */
export function markColumnsOf(headings: string[]): MarkColumn[] {
  return headings
    .flatMap((heading, index) => {
      const read = readSessionHeading(heading);
      return read ? [{ index, slot: slotOf(read.date, read.session) }] : [];
    })
    .sort((a, b) => a.slot - b.slot);
}

/** Columns matched by their headings; the best-known heading for each field wins. */
export function guessMapping(headings: string[]): AttendanceMapping {
  const folded = headings.map(foldHeading);
  const used = new Set<number>();
  const mapping = Object.fromEntries(attendanceFieldKeys.map((field) => [field, null])) as AttendanceMapping;
  // The percentage first, so "Attendance %" is not taken for sessions attended.
  const order: AttendanceField[] = ['percent', ...attendanceFieldKeys.filter((key) => key !== 'percent')];
  for (const field of order)
    for (const known of headingsFor[field]) {
      const index = folded.findIndex((heading, at) => !used.has(at) && heading === known);
      if (index < 0) continue;
      mapping[field] = index;
      used.add(index);
      break;
    }
  // Surname and forename columns are the name; a "Name" column beside them is usually the preferred one.
  if (mapping.surname !== null && mapping.forename !== null) mapping.name = null;
  return mapping;
}

/** Headings that read as sessions make a register of marks; date, session and code columns the other layout. */
export function guessShape(headings: string[], mapping: AttendanceMapping): ImportShape {
  if (markColumnsOf(headings).length > 0) return 'session_columns';
  if (mapping.date !== null && mapping.session !== null && mapping.code !== null) return 'session_rows';
  return 'summary';
}

const dateText = /(\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\d{4}-\d{2}-\d{2})/g;

/**
 * The dates a summary covers, from the title lines above its headings: the first line holding two dates,
 * in order ("01/09/2025 - 18/07/2026", "Date range: 01/09/2025 to 18/07/2026").
 */
export function guessPeriod(linesAbove: string[][]): Period | null {
  for (const cells of linesAbove) {
    const dates = (cells.join(' ').match(dateText) ?? []).map(readDate);
    const [from, to] = dates;
    if (dates.length >= 2 && from && to && from <= to) return { from, to };
  }
  return null;
}
