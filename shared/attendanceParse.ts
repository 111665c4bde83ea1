import {
  attendancePercent,
  markKind,
  type AttendanceProblem,
  type AttendancePreviewInput,
  type SessionCounts,
} from './attendance';
import { isoToUk } from './dates';
import {
  clean,
  isTotalsRow,
  nameWords,
  personName,
  pupilKey,
  readCount,
  readDate,
  readPercent,
  readSession,
  readSessionHeading,
  type Session,
} from './attendanceCells';

/** One pupil as the file gives them, with their sessions counted. */
export interface PupilRecord {
  /** The spreadsheet row the pupil is first on: how the worker and the confirmations refer to them. */
  row: number;
  pupilId: string;
  name: string;
  dateOfBirth: string | null;
  counts: SessionCounts;
}

export interface ParsedFile {
  pupils: PupilRecord[];
  problems: AttendanceProblem[];
  /** The dates the figures cover; null when the file holds no marks at all. */
  period: { from: string; to: string } | null;
}

type Identity = AttendancePreviewInput['mapping'];
type Row = { number: number; cells: string[] };

const cellAt = (cells: string[], column: number | null) => (column === null ? '' : clean(cells[column]));

/**
 * What is missing from a mapping before any row can be read, as field → sentence; empty when it will do.
 * Said up front, so the worker fixes the mapping rather than reading one problem per row.
 */
export function mappingProblems(input: AttendancePreviewInput): Record<string, string> {
  const problems: Record<string, string> = {};
  const { mapping } = input;
  if (
    mapping.pupilId === null &&
    mapping.name === null &&
    (mapping.surname === null || mapping.forename === null)
  )
    problems['mapping.pupilId'] =
      'Choose the column with the pupil identifier (UPN or SCN), or the pupils’ names.';
  if (input.shape === 'summary') {
    const wanted = {
      possible: 'possible sessions',
      authorised: 'authorised absences',
      unauthorised: 'unauthorised absences',
    };
    for (const [key, label] of Object.entries(wanted))
      if (input.mapping[key as keyof typeof wanted] === null)
        problems[`mapping.${key}`] = `Choose the column with the ${label}.`;
  }
  if (input.shape === 'session_columns') {
    const chosen = input.mapping.marks ?? [];
    const unreadable = chosen.filter((index) => !readSessionHeading(input.header[index] ?? ''));
    if (unreadable.length > 0)
      problems['mapping.marks'] =
        `The heading "${clean(input.header[unreadable[0]!])}" is not a date and session, such as "Wed 03/09/2025 AM".`;
    else if (markColumns(input.header, input.mapping.marks).length === 0)
      problems['mapping.marks'] = 'No column heading is a date and session, such as "Wed 03/09/2025 AM".';
  }
  if (input.shape === 'session_rows') {
    const wanted = { date: 'date', session: 'session (AM or PM)', code: 'register code' };
    for (const [key, label] of Object.entries(wanted))
      if (input.mapping[key as keyof typeof wanted] === null)
        problems[`mapping.${key}`] = `Choose the column with the ${label}.`;
  }
  return problems;
}

function markColumns(header: string[], chosen: number[] | null) {
  const indexes = chosen ?? header.map((_, index) => index);
  return indexes.flatMap((index) => {
    const heading = readSessionHeading(header[index] ?? '');
    return heading ? [{ index, ...heading }] : [];
  });
}

/** Who a row is about, or why that cannot be read. */
function identify(
  mapping: Identity,
  row: Row,
): { pupilId: string; name: string; dateOfBirth: string | null } | { problem: string } {
  const pupilId = pupilKey(cellAt(row.cells, mapping.pupilId));
  const name =
    mapping.name !== null
      ? personName(cellAt(row.cells, mapping.name))
      : `${cellAt(row.cells, mapping.forename)} ${cellAt(row.cells, mapping.surname)}`.trim();
  if (!pupilId && !name) return { problem: 'There is no pupil identifier or name.' };
  const dobText = cellAt(row.cells, mapping.dateOfBirth);
  const dateOfBirth = dobText ? readDate(dobText) : null;
  if (dobText && !dateOfBirth)
    return { problem: `The date of birth "${dobText}" is not a date written as DD/MM/YYYY.` };
  return { pupilId, name, dateOfBirth };
}

/** The same pupil on two rows: by identifier where the file has one, otherwise by name and birth date. */
function pupilOf(who: { pupilId: string; name: string; dateOfBirth: string | null }): string {
  return who.pupilId ? `id:${who.pupilId}` : `name:${nameWords(who.name).join(' ')}|${who.dateOfBirth ?? ''}`;
}

const empty = (): SessionCounts => ({ possible: 0, attended: 0, authorised: 0, unauthorised: 0 });

/** Adds one register mark to the counts; false when the code is not one of England's. */
function addMark(counts: SessionCounts, code: string): boolean {
  const kind = markKind(code);
  if (kind === null) return false;
  if (kind === 'not_possible') return true;
  counts.possible += 1;
  if (kind === 'present' || kind === 'educational') counts.attended += 1;
  else counts[kind] += 1;
  return true;
}

/** Blank, and the dash some registers show where no mark was needed, are not sessions at all. */
const noMark = (code: string) => code === '' || code === '-';

/**
 * Turns the rows below the heading row into one record per pupil, for any of the three shapes. Blank rows
 * and a totals row are passed over; every other row that cannot be read is reported with its row number.
 */
export function parseAttendance(input: AttendancePreviewInput): ParsedFile {
  const problems: AttendanceProblem[] = [];
  const rows: Row[] = [];
  input.rows.forEach((cells, index) => {
    if (cells.every((text) => clean(text) === '') || isTotalsRow(cells)) return;
    rows.push({ number: input.firstRowNumber + index, cells });
  });
  const pupils =
    input.shape === 'summary'
      ? summaries(input, rows, problems)
      : input.shape === 'session_columns'
        ? sessionColumns(input, rows, problems)
        : sessionRows(input, rows, problems);
  const inPeriod = pupils.filter((pupil) => {
    const outside =
      input.period && (pupil.first < input.period.from || pupil.last > input.period.to) && pupil.first !== '';
    if (outside)
      problems.push({
        row: pupil.row,
        reason: `This pupil has marks outside the period chosen (${isoToUk(input.period!.from)} to ${isoToUk(input.period!.to)}).`,
      });
    return !outside;
  });
  const dates = inPeriod.flatMap((pupil) => (pupil.first ? [pupil.first, pupil.last] : [])).sort();
  const period =
    input.period ?? (dates.length > 0 ? { from: dates[0]!, to: dates[dates.length - 1]! } : null);
  problems.sort((a, b) => a.row - b.row);
  return {
    pupils: inPeriod.map(({ first: _first, last: _last, ...pupil }) => pupil),
    problems,
    period,
  };
}

type Counted = PupilRecord & { first: string; last: string };

/** One row per pupil: a second row for the same pupil is reported and left out, never added on. */
function onePerPupil(rows: Row[], problems: AttendanceProblem[], read: (row: Row) => Counted | string) {
  const seen = new Map<string, number>();
  const pupils: Counted[] = [];
  for (const row of rows) {
    const pupil = read(row);
    if (typeof pupil === 'string') {
      problems.push({ row: row.number, reason: pupil });
      continue;
    }
    const key = pupilOf(pupil);
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      problems.push({ row: row.number, reason: `This pupil is already on row ${earlier}.` });
      continue;
    }
    seen.set(key, row.number);
    pupils.push(pupil);
  }
  return pupils;
}

function summaries(
  input: Extract<AttendancePreviewInput, { shape: 'summary' }>,
  rows: Row[],
  problems: AttendanceProblem[],
): Counted[] {
  const { mapping } = input;
  return onePerPupil(rows, problems, (row) => {
    const who = identify(mapping, row);
    if ('problem' in who) return who.problem;
    const numbers: Partial<Record<'possible' | 'attended' | 'authorised' | 'unauthorised', number>> = {};
    for (const key of ['possible', 'attended', 'authorised', 'unauthorised'] as const) {
      const text = cellAt(row.cells, mapping[key]);
      if (mapping[key] === null || (key === 'attended' && text === '')) continue;
      const count = readCount(text);
      if (text === '') return `There is no number of ${key} sessions.`;
      if (count === null) return `The ${key} sessions "${text}" is not a whole number.`;
      numbers[key] = count;
    }
    const possible = numbers.possible!;
    const authorised = numbers.authorised!;
    const unauthorised = numbers.unauthorised!;
    // Without an attended column, every possible session not missed was attended.
    const attended = numbers.attended ?? possible - authorised - unauthorised;
    if (attended < 0 || attended + authorised + unauthorised > possible)
      return 'The sessions attended and missed add up to more than the possible sessions.';
    const counts = { possible, attended, authorised, unauthorised };
    const percentText = cellAt(row.cells, mapping.percent);
    if (mapping.percent !== null && percentText !== '') {
      const given = readPercent(percentText);
      const worked = attendancePercent(counts);
      if (given === null) return `The attendance percentage "${percentText}" is not a number.`;
      // Exports round as they please; more than a point apart means the columns are not what they seem.
      if (worked !== null && Math.abs(given - worked) > 1)
        return `The attendance percentage ${percentText} does not match ${attended} of ${possible} sessions (${worked}%).`;
    }
    return { row: row.number, ...who, counts, first: '', last: '' };
  });
}

function sessionColumns(
  input: Extract<AttendancePreviewInput, { shape: 'session_columns' }>,
  rows: Row[],
  problems: AttendanceProblem[],
): Counted[] {
  const columns = markColumns(input.header, input.mapping.marks);
  return onePerPupil(rows, problems, (row) => {
    const who = identify(input.mapping, row);
    if ('problem' in who) return who.problem;
    const counts = empty();
    const dates: string[] = [];
    for (const column of columns) {
      const code = clean(row.cells[column.index]);
      if (noMark(code)) continue;
      if (!addMark(counts, code))
        return `"${code}" (${clean(input.header[column.index])}) is not one of England's register codes.`;
      dates.push(column.date);
    }
    dates.sort();
    return { row: row.number, ...who, counts, first: dates[0] ?? '', last: dates[dates.length - 1] ?? '' };
  });
}

function sessionRows(
  input: Extract<AttendancePreviewInput, { shape: 'session_rows' }>,
  rows: Row[],
  problems: AttendanceProblem[],
): Counted[] {
  const { mapping } = input;
  const pupils = new Map<string, Counted & { marks: Map<string, string>; broken: boolean }>();
  for (const row of rows) {
    const who = identify(mapping, row);
    if ('problem' in who) {
      problems.push({ row: row.number, reason: who.problem });
      continue;
    }
    const key = pupilOf(who);
    const pupil = pupils.get(key) ?? {
      row: row.number,
      ...who,
      counts: empty(),
      first: '',
      last: '',
      marks: new Map(),
      broken: false,
    };
    pupils.set(key, pupil);
    const date = readDate(cellAt(row.cells, mapping.date));
    const session: Session | null = readSession(cellAt(row.cells, mapping.session));
    const code = cellAt(row.cells, mapping.code).toUpperCase();
    const reason = !date
      ? `The date "${cellAt(row.cells, mapping.date)}" is not a date written as DD/MM/YYYY.`
      : !session
        ? `The session "${cellAt(row.cells, mapping.session)}" is not AM or PM.`
        : !noMark(code) && markKind(code) === null
          ? `"${code}" is not one of England's register codes.`
          : pupil.marks.has(`${date} ${session}`) && pupil.marks.get(`${date} ${session}`) !== code
            ? `This pupil has two different marks for ${isoToUk(date)} ${session}.`
            : null;
    if (reason) {
      // A pupil with a mark that cannot be read is left out whole: half their sessions would mislead.
      problems.push({ row: row.number, reason: `${reason} This pupil is left out.` });
      pupil.broken = true;
      continue;
    }
    if (noMark(code) || pupil.marks.has(`${date} ${session}`)) continue;
    pupil.marks.set(`${date} ${session}`, code);
    addMark(pupil.counts, code);
    if (!pupil.first || date! < pupil.first) pupil.first = date!;
    if (!pupil.last || date! > pupil.last) pupil.last = date!;
  }
  return [...pupils.values()]
    .filter((pupil) => !pupil.broken)
    .map(({ marks: _marks, broken: _broken, ...pupil }) => pupil);
}
