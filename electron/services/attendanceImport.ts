import { and, eq, gte, lte } from 'drizzle-orm';
import {
  type AttendanceCheck,
  type AttendanceCommitInput,
  type AttendanceField,
  type AttendanceImportProgress,
  type AttendanceMapping,
  type AttendancePreview,
  type AttendancePreviewInput,
  type AttendanceReport,
  type ImportShape,
  type Period,
  type UncertainMatch,
} from '../../shared/attendance';
import { clean, readSessionHeading } from '../../shared/attendanceCells';
import { guessMapping, guessPeriod, guessShape, markColumnsOf } from '../../shared/attendanceGuess';
import {
  attendanceReader,
  mappingProblems,
  type PupilRecord,
  type ReadLayout,
} from '../../shared/attendanceParse';
import { slotOf } from '../../shared/attendanceSessions';
import { fail } from '../../shared/errors';
import type { ImportLayout } from '../../shared/imports';
import type { Db, Tx } from '../db/connection';
import { attendanceImports, attendancePeriods, children, families } from '../db/schema';
import { rememberedLayouts, rememberLayout } from '../imports/layouts';
import { openImportSheet, topRows, type OpenedSheet } from '../imports/sheet';
import type { SpreadsheetLimits } from '../spreadsheets/read';
import { removeDates, storedPeriod, type ReplaceablePeriod } from './attendancePeriods';
import { indexChildren, matchPupil, type CaseloadChild, type Match } from './attendanceMatch';
import { stillUnlocked, write, type ServiceDeps } from './deps';

/** Where this import's remembered layouts are kept (see imports/layouts.ts). */
const AREA = 'attendance';

/**
 * A year of per-session marks for a large school: 1,500 pupils by about 380 session columns (570,000
 * marks) and a few identity columns, with room to spare; or, one row per mark, a term of it. Past these a
 * file is refused with a sentence before its text is copied, and the reading worker's own memory limit
 * (spreadsheets/read.ts) bounds anything the counting misses. The directory keeps its smaller limits.
 */
export const ATTENDANCE_SPREADSHEET_LIMITS: SpreadsheetLimits = {
  rows: 250_000,
  columns: 500,
  cells: 1_000_000,
};

/** Rows read (or pupils matched) between pauses that let other requests in. */
const CHUNK = 250;

// ---- Progress, for the progress bar: one import at a time is shown ----

const idle: AttendanceImportProgress = { stage: 'idle', done: 0, total: 0 };
let progress: AttendanceImportProgress = idle;

export function importProgress(): AttendanceImportProgress {
  return progress;
}

const pause = () => new Promise<void>((resolve) => setImmediate(resolve));

// ---- The layout ----

type Layout = ImportLayout<AttendanceField> & { shape: ImportShape };

/**
 * The headings as they identify the layout: each dated session heading is the same heading, and a run of
 * them one, so next term's export (other dates, more or fewer sessions) is recognised as this one.
 */
function layoutHeadings(headings: string[]): string[] {
  const kept: string[] = [];
  for (const heading of headings) {
    const each = readSessionHeading(heading) ? '(session)' : heading;
    if (each !== '(session)' || kept[kept.length - 1] !== each) kept.push(each);
  }
  return kept;
}

const headingsOf = (opened: OpenedSheet) =>
  Array.from({ length: opened.spreadsheet.columnCount }, (_, at) =>
    clean(opened.spreadsheet.rows[opened.headerIndex]?.[at]),
  );

/** A file Linkbook cannot read as a table at all: said plainly, before any mapping is shown. */
function checkTable(opened: OpenedSheet, fileName: string): void {
  const { spreadsheet } = opened;
  const filled = spreadsheet.rows.filter((cells) => cells.some(Boolean));
  if (filled.length === 0)
    fail(
      'invalid_input',
      `The sheet “${spreadsheet.sheet}” is empty. Choose the sheet that holds the attendance figures.`,
      { fields: { sheet: 'Choose the sheet that holds the attendance figures.' } },
    );
  // A semicolon-separated file reads as one column, or two where a name held a comma.
  const firstLine = filled[0]!.join(',');
  const separator = firstLine.includes(';') ? 'semicolons' : firstLine.includes('\t') ? 'tabs' : null;
  if (/\.csv$/i.test(fileName) && spreadsheet.columnCount <= 2 && separator)
    fail(
      'invalid_input',
      `This file’s columns are separated by ${separator}, not commas, so Linkbook cannot tell them apart. In Excel, save it as “CSV UTF-8 (Comma delimited)” and try again.`,
    );
  if (opened.body.length === 0)
    fail(
      'invalid_input',
      `There are no rows below the headings on row ${opened.headerIndex + 1}. Choose the row with the column headings.`,
      { fields: { headerRow: 'Choose the row that holds the column headings.' } },
    );
}

function checkMapping(mapping: AttendanceMapping, columnCount: number): void {
  for (const [field, index] of Object.entries(mapping))
    if (index !== null && index >= columnCount)
      fail('invalid_input', `There is no column ${index + 1} in this spreadsheet.`, {
        fields: { [`mapping.${field}`]: 'Choose one of the spreadsheet’s columns.' },
      });
}

// ---- Reading and matching the file: shared by the preview and the commit so both agree ----

/** Children of active families: the caseload a file is matched against. */
function caseloadChildren(db: Db): CaseloadChild[] {
  return db
    .select({
      id: children.id,
      name: children.name,
      dateOfBirth: children.dateOfBirth,
      pupilId: children.pupilId,
      familyName: families.familyName,
    })
    .from(children)
    .innerJoin(families, eq(families.id, children.familyId))
    .where(eq(families.status, 'active'))
    .all();
}

type Matched = { pupil: PupilRecord; match: Extract<Match, { childId: string }> };
type Uncertain = { pupil: PupilRecord; match: Extract<Match, { kind: 'uncertain' }> };

interface Planned {
  opened: OpenedSheet;
  layout: Layout;
  remembered: boolean;
  period: Period | null;
  markColumns: AttendancePreview['markColumns'];
  fields: Record<string, string>;
  /** Null while the mapping will not do. */
  check: null | {
    period: Period;
    pupils: number;
    matched: Matched[];
    uncertain: Uncertain[];
    notOnCaseload: number;
    problems: AttendanceCheck['problems'];
    unknownCodes: AttendanceCheck['unknownCodes'];
    marks: number;
  };
}

type LayoutChoice = Pick<AttendancePreviewInput, 'fileName' | 'dataBase64' | 'sheet' | 'headerRow'> & {
  shape?: ImportShape | undefined;
  mapping?: AttendanceMapping | undefined;
  period?: Period | undefined;
};

async function plan(deps: ServiceDeps, input: LayoutChoice): Promise<Planned> {
  progress = { stage: 'reading', done: 0, total: 0 };
  const opened = await openImportSheet(input, input, rememberedLayouts(deps.db, AREA), {
    limits: ATTENDANCE_SPREADSHEET_LIMITS,
    layoutHeadings,
  });
  // The vault may have been locked while the file was read, which closes the connection used below.
  stillUnlocked(deps);
  checkTable(opened, input.fileName);
  const headings = headingsOf(opened);
  const known = opened.remembered as Layout | null;
  const useKnown = known && input.mapping === undefined;
  const mapping = input.mapping ?? (useKnown ? known.mapping : guessMapping(headings));
  checkMapping(mapping, opened.spreadsheet.columnCount);
  const shape = input.shape ?? (useKnown ? known.shape : guessShape(headings, mapping));
  const layout: Layout = {
    sheet: opened.spreadsheet.sheet,
    headerRow: opened.headerIndex + 1,
    mapping,
    fixed: {},
    values: {},
    shape,
  };
  const markColumns = shape === 'session_columns' ? markColumnsOf(headings) : [];
  const fromTitle = guessPeriod(opened.spreadsheet.rows.slice(0, opened.headerIndex));
  const read: ReadLayout = {
    shape,
    mapping,
    headings,
    markColumns,
    period: shape === 'summary' ? null : (input.period ?? null),
  };
  const fields = mappingProblems(read);
  const summaryPeriod = shape === 'summary' ? (input.period ?? fromTitle) : null;
  if (shape === 'summary' && !summaryPeriod)
    fields['period'] = 'Enter the first and last dates these figures cover.';
  const planned: Planned = {
    opened,
    layout,
    remembered: Boolean(useKnown),
    period: summaryPeriod ?? input.period ?? null,
    markColumns: {
      count: markColumns.length,
      first: markColumns[0] ? headings[markColumns[0].index]! : null,
      last: markColumns.length > 0 ? headings[markColumns[markColumns.length - 1]!.index]! : null,
    },
    fields,
    check: null,
  };
  if (Object.keys(fields).length > 0) return planned;

  const reader = attendanceReader(read);
  const { body } = opened;
  progress = { stage: 'reading', done: 0, total: body.length };
  for (let at = 0; at < body.length; at += CHUNK) {
    for (const row of body.slice(at, at + CHUNK)) reader.add(row);
    progress = { stage: 'reading', done: Math.min(at + CHUNK, body.length), total: body.length };
    await pause();
  }
  stillUnlocked(deps);
  const file = reader.finish();
  const period =
    summaryPeriod ??
    input.period ??
    (file.markedFrom && file.markedTo ? { from: file.markedFrom, to: file.markedTo } : null);
  planned.period = period;
  if (!period) {
    planned.fields['period'] = 'No register mark in the file can be read, so there is nothing to import.';
    return planned;
  }

  const index = indexChildren(caseloadChildren(deps.db));
  const matched: Matched[] = [];
  const uncertain: Uncertain[] = [];
  const problems = [...file.problems];
  const rowOfChild = new Map<string, number>();
  let notOnCaseload = 0;
  progress = { stage: 'matching', done: 0, total: file.pupils.length };
  for (const [at, pupil] of file.pupils.entries()) {
    const match = matchPupil(pupil, index);
    if (match.kind === 'none') notOnCaseload += 1;
    else if (match.kind === 'uncertain') uncertain.push({ pupil, match });
    else if (rowOfChild.has(match.childId))
      // Two rows for one child would count their sessions twice; the worker sorts out the file instead.
      problems.push({
        row: pupil.row,
        reason: `This is the same child as row ${rowOfChild.get(match.childId)}, so it is left out.`,
      });
    else {
      rowOfChild.set(match.childId, pupil.row);
      matched.push({ pupil, match });
    }
    if ((at + 1) % CHUNK === 0) {
      progress = { stage: 'matching', done: at + 1, total: file.pupils.length };
      await pause();
      stillUnlocked(deps);
    }
  }
  problems.sort((a, b) => a.row - b.row);
  planned.check = {
    period,
    pupils: file.pupils.length,
    matched,
    uncertain,
    notOnCaseload,
    problems,
    unknownCodes: file.unknownCodes,
    marks: file.marks,
  };
  return planned;
}

/** Periods already held for these children that share at least one day with `period`. */
function overlapping(db: Db | Tx, childIds: string[], period: Period): ReplaceablePeriod[] {
  if (childIds.length === 0) return [];
  const wanted = new Set(childIds);
  return db
    .select({
      id: attendancePeriods.id,
      childId: attendancePeriods.childId,
      from: attendancePeriods.periodFrom,
      to: attendancePeriods.periodTo,
      source: attendancePeriods.source,
      marks: attendancePeriods.marks,
    })
    .from(attendancePeriods)
    .where(and(lte(attendancePeriods.periodFrom, period.to), gte(attendancePeriods.periodTo, period.from)))
    .all()
    .filter((held) => wanted.has(held.childId));
}

/** The dates of held figures a new period replaces: a summary whole, a period of marks where they overlap. */
function replacedRange(held: ReplaceablePeriod, period: Period): Period {
  if (held.source === 'summary') return { from: held.from, to: held.to };
  return {
    from: held.from > period.from ? held.from : period.from,
    to: held.to < period.to ? held.to : period.to,
  };
}

function distinctRanges(ranges: Period[]): Period[] {
  const seen = new Map(ranges.map((range) => [`${range.from}|${range.to}`, range]));
  return [...seen.values()].sort((a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to));
}

const describeUncertain = ({ pupil, match }: Uncertain): UncertainMatch => ({
  row: pupil.row,
  fileName: pupil.name,
  fileDateOfBirth: pupil.dateOfBirth,
  reason: match.reason,
  candidates: match.candidates.map(({ id, name, dateOfBirth, familyName }) => ({
    childId: id,
    name,
    dateOfBirth,
    familyName,
  })),
});

/** Reads the file and says what an import would do: the sheet, the mapping and the check. Writes nothing. */
export async function previewImport(
  deps: ServiceDeps,
  input: AttendancePreviewInput,
): Promise<AttendancePreview> {
  try {
    const planned = await plan(deps, input);
    const { opened, layout, check } = planned;
    let replacing: AttendanceCheck['replacing'] = { children: 0, ranges: [] };
    if (check) {
      const held = overlapping(
        deps.db,
        check.matched.map(({ match }) => match.childId),
        check.period,
      );
      replacing = {
        children: new Set(held.map((one) => one.childId)).size,
        ranges: distinctRanges(held.map((one) => replacedRange(one, check.period))),
      };
    }
    return {
      sheet: {
        sheetNames: opened.spreadsheet.sheetNames,
        topRows: topRows(opened.spreadsheet),
        columns: opened.columns,
        layout,
        remembered: planned.remembered,
        choiceValues: {},
      },
      shape: layout.shape,
      period: planned.period,
      markColumns: planned.markColumns,
      fields: planned.fields,
      check: check && {
        period: check.period,
        pupils: check.pupils,
        matched: check.matched.length,
        uncertain: check.uncertain.map(describeUncertain),
        notOnCaseload: check.notOnCaseload,
        problems: check.problems,
        unknownCodes: check.unknownCodes,
        marks: check.marks,
        replacing,
      },
    };
  } finally {
    progress = idle;
  }
}

/** The worker's answers, checked against the uncertain matches: one for each, naming a child offered. */
function confirmed(
  input: AttendanceCommitInput,
  check: NonNullable<Planned['check']>,
): { chosen: { pupil: PupilRecord; childId: string }[]; skipped: number } {
  const answers = new Map(input.confirmations.map((answer) => [answer.row, answer.childId]));
  const uncertainRows = new Set(check.uncertain.map(({ pupil }) => pupil.row));
  for (const row of answers.keys())
    if (!uncertainRows.has(row)) fail('invalid_input', `The pupil on row ${row} does not need confirming.`);
  const rowOfChild = new Map(check.matched.map(({ pupil, match }) => [match.childId, pupil.row]));
  const chosen: { pupil: PupilRecord; childId: string }[] = [];
  let skipped = 0;
  for (const { pupil, match } of check.uncertain) {
    const childId = answers.get(pupil.row);
    if (childId === undefined)
      fail('invalid_input', `Confirm which child the pupil on row ${pupil.row} is, or skip them.`);
    if (childId === null) {
      skipped += 1;
      continue;
    }
    if (!match.candidates.some((candidate) => candidate.id === childId))
      fail('invalid_input', `For the pupil on row ${pupil.row}, choose one of the children offered.`);
    const earlier = rowOfChild.get(childId);
    if (earlier !== undefined)
      fail('invalid_input', `The pupil on row ${pupil.row} is matched to the same child as row ${earlier}.`);
    rowOfChild.set(childId, pupil.row);
    chosen.push({ pupil, childId });
  }
  return { chosen, skipped };
}

const rows = (n: number) => (n === 1 ? 'One row' : `${n.toLocaleString('en-GB')} rows`);

/**
 * Reads the file again with the worker's layout and saves the figures of the matched and confirmed children
 * in one transaction, with the layout remembered for next time: if any write fails, none is kept. Figures
 * already held for these children over the same dates are replaced, never added to, so importing the same
 * weeks twice counts them once. Pupils not on the caseload leave only a count behind.
 */
export async function commitImport(
  deps: ServiceDeps,
  input: AttendanceCommitInput,
): Promise<AttendanceReport> {
  try {
    const planned = await plan(deps, input);
    const { check } = planned;
    const [firstField, firstProblem] = Object.entries(planned.fields)[0] ?? [];
    if (firstProblem || !check)
      fail('invalid_input', firstProblem ?? 'The file cannot be imported.', {
        fields: firstField ? { [firstField]: firstProblem! } : {},
      });
    if (check.problems.length > 0 && !input.skipUnreadable)
      fail(
        'invalid_input',
        `${rows(check.problems.length)} cannot be read, so nothing was imported. Correct the spreadsheet, or agree to leave those rows out.`,
        { fields: { skipUnreadable: 'Agree to leave out the rows that cannot be read.' } },
      );
    const { chosen, skipped } = confirmed(input, check);
    const toSave = [
      ...check.matched.map(({ pupil, match }) => ({ pupil, childId: match.childId })),
      ...chosen,
    ];
    if (toSave.length === 0)
      fail(
        'invalid_input',
        'No pupil in the file is a child on the caseload (or all were skipped), so there is nothing to import.',
      );
    const { period } = check;
    progress = { stage: 'saving', done: 0, total: toSave.length };
    await pause();
    stillUnlocked(deps);
    return write(deps, (tx, audit, at) => {
      const importId = deps.newId();
      const held = overlapping(
        tx,
        toSave.map(({ childId }) => childId),
        period,
      );
      const removeFrom = slotOf(period.from, 'AM');
      const removeTo = slotOf(period.to, 'PM');
      for (const old of held) {
        const left = removeDates(old, removeFrom, removeTo);
        if (left === null) {
          tx.delete(attendancePeriods).where(eq(attendancePeriods.id, old.id)).run();
          audit('delete', 'attendance_periods', old.id);
        } else {
          tx.update(attendancePeriods).set(left).where(eq(attendancePeriods.id, old.id)).run();
          audit('update', 'attendance_periods', old.id);
        }
      }
      tx.insert(attendanceImports)
        .values({
          id: importId,
          importedAt: at,
          shape: planned.layout.shape,
          periodFrom: period.from,
          periodTo: period.to,
          pupils: check.pupils,
          imported: toSave.length,
          notOnCaseload: check.notOnCaseload,
          skippedByWorker: skipped,
          unreadableRows: check.problems.length,
          replacedPeriods: held.length,
          marks: check.marks,
        })
        .run();
      audit('create', 'attendance_imports', importId);
      for (const { pupil, childId } of toSave) {
        const id = deps.newId();
        tx.insert(attendancePeriods)
          .values({ id, childId, importId, createdAt: at, ...storedPeriod(pupil, period) })
          .run();
        audit('create', 'attendance_periods', id);
      }
      rememberLayout(tx, audit, at, AREA, planned.opened.fingerprint, planned.layout);
      return {
        importId,
        period,
        pupils: check.pupils,
        imported: toSave.length,
        matchedByIdentifier: check.matched.filter(({ match }) => match.kind === 'identifier').length,
        matchedByName: check.matched.filter(({ match }) => match.kind === 'name').length,
        confirmed: chosen.length,
        skippedByWorker: skipped,
        notOnCaseload: check.notOnCaseload,
        marks: check.marks,
        replaced: distinctRanges(held.map((one) => replacedRange(one, period))),
        problems: check.problems,
      };
    });
  } finally {
    progress = idle;
  }
}
