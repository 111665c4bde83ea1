import {
  attendancePercent,
  markKind,
  type AttendanceMapping,
  type AttendanceProblem,
  type ImportShape,
  type Period,
  type SessionCounts,
} from './attendance';
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
} from './attendanceCells';
import { addMark, emptyCounts, isoOfSlot, slotOf, type Marks } from './attendanceSessions';
import { isoToUk } from './dates';

/** One pupil as the file gives them: their sessions counted and, for a marks export, each mark. */
export interface PupilRecord {
  /** The spreadsheet row the pupil is first on: how the worker and the confirmations refer to them. */
  row: number;
  pupilId: string;
  name: string;
  dateOfBirth: string | null;
  counts: SessionCounts;
  marks: Marks | null;
}

/** A heading that reads as a date and session, as a slot (see attendanceSessions.ts). */
export interface MarkColumn {
  index: number;
  slot: number;
}

export interface ReadLayout {
  shape: ImportShape;
  mapping: AttendanceMapping;
  headings: string[];
  /** One-column-per-session shape only. */
  markColumns: MarkColumn[];
  /** For marks, only sessions within it are read; null reads them all. */
  period: Period | null;
}

export interface ReadFile {
  pupils: PupilRecord[];
  problems: AttendanceProblem[];
  unknownCodes: { code: string; marks: number }[];
  marks: number;
  /** The first and last dates with a mark; null for a summary or a file with none. */
  markedFrom: string | null;
  markedTo: string | null;
}

type Row = { row: number; cells: string[] };

const cellAt = (cells: string[], column: number | null) => (column === null ? '' : clean(cells[column]));

/** Blank, and the dash some registers show where no mark was needed, are not sessions at all. */
const noMark = (code: string) => code === '' || code === '-';

const summaryNumbers = ['possible', 'attended', 'authorised', 'unauthorised', 'excluded'] as const;

/**
 * What the mapping still lacks before any row can be read, as field → sentence; empty when it will do.
 * Said up front, so the worker fixes the mapping rather than reading one problem per row.
 */
export function mappingProblems(layout: ReadLayout): Record<string, string> {
  const problems: Record<string, string> = {};
  const { mapping } = layout;
  if (
    mapping.pupilId === null &&
    mapping.name === null &&
    (mapping.surname === null || mapping.forename === null)
  )
    problems['mapping.pupilId'] =
      'Choose the column with the pupil identifier (UPN or SCN), or the pupils’ names.';
  if (layout.shape === 'summary') {
    if (mapping.possible === null && mapping.attended === null)
      problems['mapping.possible'] = 'Choose the column with the possible sessions or the sessions attended.';
    if (mapping.authorised === null)
      problems['mapping.authorised'] = 'Choose the column with the authorised absences.';
    if (mapping.unauthorised === null)
      problems['mapping.unauthorised'] = 'Choose the column with the unauthorised absences.';
  }
  if (layout.shape === 'session_columns' && layout.markColumns.length === 0)
    problems['mapping.markColumns'] =
      'No column heading is a date and session, such as “Wed 03/09/2025 AM”. Check the header row, or choose another shape.';
  if (layout.shape === 'session_rows') {
    const wanted = { date: 'date of the session', session: 'session (AM or PM)', code: 'register code' };
    for (const [key, label] of Object.entries(wanted))
      if (mapping[key as keyof typeof wanted] === null)
        problems[`mapping.${key}`] = `Choose the column with the ${label}.`;
  }
  return problems;
}

/** Who a row is about, or why that cannot be read. */
function identify(
  mapping: AttendanceMapping,
  cells: string[],
): { pupilId: string; name: string; dateOfBirth: string | null } | { problem: string } {
  const pupilId = pupilKey(cellAt(cells, mapping.pupilId));
  const name =
    mapping.name !== null
      ? personName(cellAt(cells, mapping.name))
      : `${cellAt(cells, mapping.forename)} ${cellAt(cells, mapping.surname)}`.trim();
  if (!pupilId && !name) return { problem: 'There is no pupil identifier or name.' };
  const dobText = cellAt(cells, mapping.dateOfBirth);
  const dateOfBirth = dobText ? readDate(dobText) : null;
  if (dobText && !dateOfBirth)
    return { problem: `The date of birth “${dobText}” is not a date written as DD/MM/YYYY.` };
  return { pupilId, name, dateOfBirth };
}

/** The same pupil on two rows: by identifier where the file has one, otherwise by name and birth date. */
function pupilOf(who: { pupilId: string; name: string; dateOfBirth: string | null }): string {
  return who.pupilId ? `id:${who.pupilId}` : `name:${nameWords(who.name).join(' ')}|${who.dateOfBirth ?? ''}`;
}

const sessionName = (slot: number) => `${isoToUk(isoOfSlot(slot))} ${slot % 2 === 0 ? 'AM' : 'PM'}`;

/**
 * Reads the rows below the heading row one at a time (so a large file can be read in chunks, letting other
 * requests in between) into one record per pupil, for any of the three shapes. Blank rows and a totals row
 * are passed over; every other row that cannot be read is reported with its row number, and a pupil with a
 * row that cannot be read is left out whole: half their sessions would mislead.
 */
export function attendanceReader(layout: ReadLayout) {
  const { mapping } = layout;
  const problems: AttendanceProblem[] = [];
  const unknown = new Map<string, number>();
  const pupils = new Map<string, PupilRecord & { broken: boolean }>();
  const periodFrom = layout.period ? slotOf(layout.period.from, 'AM') : -Infinity;
  const periodTo = layout.period ? slotOf(layout.period.to, 'PM') : Infinity;
  let markCount = 0;
  let first = Infinity;
  let last = -Infinity;

  const inPeriod = (slot: number) => slot >= periodFrom && slot <= periodTo;
  const noteUnknown = (code: string) => unknown.set(code, (unknown.get(code) ?? 0) + 1);
  const keep = (slot: number) => {
    markCount += 1;
    if (slot < first) first = slot;
    if (slot > last) last = slot;
  };

  /** A pupil's record, new for their first row; for one-row shapes a second row is a problem. */
  const recordFor = (row: Row, who: Omit<PupilRecord, 'row' | 'counts' | 'marks'>, oneRow: boolean) => {
    const key = pupilOf(who);
    const earlier = pupils.get(key);
    if (earlier && oneRow) {
      problems.push({ row: row.row, reason: `This pupil is already on row ${earlier.row}.` });
      return null;
    }
    if (earlier) return earlier;
    const record = {
      row: row.row,
      ...who,
      counts: emptyCounts(),
      marks: layout.shape === 'summary' ? null : new Map<number, string>(),
      broken: false,
    };
    pupils.set(key, record);
    return record;
  };

  function summary(row: Row, record: PupilRecord): string | null {
    const numbers: Partial<Record<(typeof summaryNumbers)[number], number>> = {};
    for (const key of summaryNumbers) {
      const text = cellAt(row.cells, mapping[key]);
      if (mapping[key] === null) continue;
      if (text === '') {
        // A blank exclusions cell is none; any other blank number is a gap in the export.
        if (key === 'excluded') continue;
        return `There is no number of ${key} sessions.`;
      }
      const count = readCount(text);
      if (count === null) return `The ${key} sessions “${text}” is not a whole number.`;
      numbers[key] = count;
    }
    const authorised = numbers.authorised ?? 0;
    const unauthorised = numbers.unauthorised ?? 0;
    const excluded = numbers.excluded ?? 0;
    const missed = authorised + unauthorised + excluded;
    // Scotland's exports may give no possible sessions: then every session is one of the four kinds.
    const possible = numbers.possible ?? (numbers.attended ?? 0) + missed;
    const attended = numbers.attended ?? possible - missed;
    if (attended < 0 || attended + missed > possible)
      return 'The sessions attended and missed add up to more than the possible sessions.';
    const counts = { possible, attended, authorised, unauthorised, excluded };
    const percentText = cellAt(row.cells, mapping.percent);
    if (mapping.percent !== null && percentText !== '') {
      const given = readPercent(percentText);
      const worked = attendancePercent(counts);
      if (given === null) return `The attendance percentage “${percentText}” is not a number.`;
      // Exports round as they please; more than a point apart means the columns are not what they seem.
      if (worked !== null && Math.abs(given - worked) > 1)
        return `The attendance percentage ${percentText} does not match ${attended} of ${possible} sessions (${worked}%).`;
    }
    record.counts = counts;
    return null;
  }

  function markColumns(row: Row, record: PupilRecord): string | null {
    const wrong: string[] = [];
    for (const column of layout.markColumns) {
      const code = clean(row.cells[column.index]).toUpperCase();
      if (noMark(code) || !inPeriod(column.slot)) continue;
      if (markKind(code) === null) {
        noteUnknown(code);
        wrong.push(`“${code}” (${clean(layout.headings[column.index])})`);
        continue;
      }
      record.marks!.set(column.slot, code);
    }
    if (wrong.length === 0) return null;
    const more = wrong.length > 1 ? ` and ${wrong.length - 1} more` : '';
    return `${wrong[0]}${more} is not one of England's register codes.`;
  }

  function markRow(row: Row, record: PupilRecord): string | null {
    const dateText = cellAt(row.cells, mapping.date);
    const sessionText = cellAt(row.cells, mapping.session);
    const date = readDate(dateText);
    const session = readSession(sessionText);
    const code = cellAt(row.cells, mapping.code).toUpperCase();
    if (!date) return `The date “${dateText}” is not a date written as DD/MM/YYYY.`;
    if (!session) return `The session “${sessionText}” is not AM or PM.`;
    const slot = slotOf(date, session);
    if (noMark(code) || !inPeriod(slot)) return null;
    if (markKind(code) === null) {
      noteUnknown(code);
      return `“${code}” is not one of England's register codes.`;
    }
    const earlier = record.marks!.get(slot);
    if (earlier !== undefined && earlier !== code)
      return `This pupil has two different marks for ${sessionName(slot)}.`;
    record.marks!.set(slot, code);
    return null;
  }

  return {
    add(row: Row): void {
      if (row.cells.every((text) => clean(text) === '') || isTotalsRow(row.cells)) return;
      const who = identify(mapping, row.cells);
      if ('problem' in who) {
        problems.push({ row: row.row, reason: who.problem });
        return;
      }
      const record = recordFor(row, who, layout.shape !== 'session_rows');
      if (!record) return;
      const reason =
        layout.shape === 'summary'
          ? summary(row, record)
          : layout.shape === 'session_columns'
            ? markColumns(row, record)
            : markRow(row, record);
      if (reason === null) return;
      const leftOut = layout.shape === 'session_rows' ? ' This pupil is left out.' : '';
      problems.push({ row: row.row, reason: reason + leftOut });
      record.broken = true;
    },

    finish(): ReadFile {
      const kept: PupilRecord[] = [];
      for (const { broken, ...pupil } of pupils.values()) {
        if (broken) continue;
        if (pupil.marks) {
          for (const [slot, code] of pupil.marks) {
            addMark(pupil.counts, code);
            keep(slot);
          }
          // A pupil with no marks at all in the file (or the period) has nothing to import.
          if (pupil.marks.size === 0) continue;
        }
        kept.push(pupil);
      }
      problems.sort((a, b) => a.row - b.row);
      return {
        pupils: kept,
        problems,
        unknownCodes: [...unknown].map(([code, marks]) => ({ code, marks })),
        marks: markCount,
        markedFrom: markCount > 0 ? isoOfSlot(first) : null,
        markedTo: markCount > 0 ? isoOfSlot(last) : null,
      };
    },
  };
}
