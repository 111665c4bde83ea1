import { and, asc, eq, gte, lte, max } from 'drizzle-orm';
import type { z } from 'zod';
import {
  absenceLevel,
  attendancePercent,
  type AttendanceCommitInput,
  type AttendanceFigures,
  type AttendancePeriod,
  type AttendancePreview,
  type AttendancePreviewInput,
  type AttendanceProblem,
  type AttendanceReport,
  type CaseloadAttendance,
  type ChildAttendance,
  type SessionCounts,
  type UncertainMatch,
  attendanceCommitInput,
} from '../../shared/attendance';
import { mappingProblems, parseAttendance, type PupilRecord } from '../../shared/attendanceParse';
import { fail } from '../../shared/errors';
import { knownAs } from '../../shared/families';
import type { Db, Tx } from '../db/connection';
import { attendanceImports, attendancePeriods, cases, children, families } from '../db/schema';
import { indexChildren, matchPupil, type CaseloadChild, type Match } from './attendanceMatch';
import { write, type ServiceDeps } from './deps';

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

interface Planned {
  /** Null when no row has a mark that can be read: the preview still shows why, the commit refuses. */
  period: { from: string; to: string } | null;
  pupils: number;
  matched: { pupil: PupilRecord; match: Extract<Match, { childId: string }> }[];
  uncertain: { pupil: PupilRecord; match: Extract<Match, { kind: 'uncertain' }> }[];
  notOnCaseload: number;
  problems: AttendanceProblem[];
}

/** Reads and matches the file; writes nothing. Shared by the preview and the commit so both agree. */
function plan(deps: ServiceDeps, input: AttendancePreviewInput): Planned {
  const fields = mappingProblems(input);
  const first = Object.values(fields)[0];
  if (first) fail('invalid_input', first, { fields });
  const parsed = parseAttendance(input);
  const index = indexChildren(caseloadChildren(deps.db));
  const problems = [...parsed.problems];
  const planned: Planned = {
    period: parsed.period,
    pupils: parsed.pupils.length,
    matched: [],
    uncertain: [],
    notOnCaseload: 0,
    problems,
  };
  const rowOfChild = new Map<string, number>();
  for (const pupil of parsed.pupils) {
    const match = matchPupil(pupil, index);
    if (match.kind === 'none') planned.notOnCaseload += 1;
    else if (match.kind === 'uncertain') planned.uncertain.push({ pupil, match });
    else if (rowOfChild.has(match.childId))
      // Two rows for one child would count their sessions twice; the worker sorts out the file instead.
      problems.push({
        row: pupil.row,
        reason: `This is the same child as row ${rowOfChild.get(match.childId)}, so it is left out.`,
      });
    else {
      rowOfChild.set(match.childId, pupil.row);
      planned.matched.push({ pupil, match });
    }
  }
  problems.sort((a, b) => a.row - b.row);
  return planned;
}

/** Periods already held for a child that share at least one day with `period`. */
function overlapping(db: Db | Tx, childId: string, period: { from: string; to: string }) {
  return db
    .select({ id: attendancePeriods.id })
    .from(attendancePeriods)
    .where(
      and(
        eq(attendancePeriods.childId, childId),
        lte(attendancePeriods.periodFrom, period.to),
        gte(attendancePeriods.periodTo, period.from),
      ),
    )
    .all();
}

export function previewAttendance(deps: ServiceDeps, input: AttendancePreviewInput): AttendancePreview {
  const planned = plan(deps, input);
  return {
    period: planned.period,
    pupils: planned.pupils,
    matched: planned.matched.length,
    uncertain: planned.uncertain.map(({ pupil, match }): UncertainMatch => ({
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
    })),
    notOnCaseload: planned.notOnCaseload,
    problems: planned.problems,
    replacing: planned.matched.filter(
      ({ match }) => planned.period && overlapping(deps.db, match.childId, planned.period).length > 0,
    ).length,
  };
}

/** The worker's answers, checked against the uncertain matches: one for each, naming a child offered. */
function confirmed(input: AttendanceCommitInput, planned: Planned) {
  const answers = new Map(input.confirmations.map((answer) => [answer.row, answer.childId]));
  const uncertainRows = new Set(planned.uncertain.map(({ pupil }) => pupil.row));
  for (const row of answers.keys())
    if (!uncertainRows.has(row)) fail('invalid_input', `The pupil on row ${row} does not need confirming.`);
  const rowOfChild = new Map(planned.matched.map(({ pupil, match }) => [match.childId, pupil.row]));
  const chosen: { pupil: PupilRecord; childId: string }[] = [];
  let skipped = 0;
  for (const { pupil, match } of planned.uncertain) {
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

/**
 * Saves the file's figures for the matched and confirmed children, all at once. A child's periods that
 * overlap this file's period are replaced, not added to, so importing the same weeks twice counts them once.
 * Pupils not on the caseload leave only a count behind.
 */
export function commitAttendance(
  deps: ServiceDeps,
  input: z.output<typeof attendanceCommitInput>,
): AttendanceReport {
  const planned = plan(deps, input);
  if (planned.problems.length > 0 && !input.skipUnreadable)
    fail(
      'invalid_input',
      `${planned.problems.length === 1 ? 'One row' : `${planned.problems.length} rows`} cannot be read. Look at the problems, then choose to leave them out.`,
      { fields: { skipUnreadable: 'Agree to leave out the rows that cannot be read.' } },
    );
  const { chosen, skipped } = confirmed(input, planned);
  const toSave = [
    ...planned.matched.map(({ pupil, match }) => ({ pupil, childId: match.childId })),
    ...chosen,
  ];
  const { period } = planned;
  if (!period)
    fail('invalid_input', 'The file has no register marks that can be read, so there is nothing to import.');
  return write(deps, (tx, audit, at) => {
    const importId = deps.newId();
    let replacedPeriods = 0;
    const periodRows = toSave.map(({ pupil, childId }) => {
      for (const old of overlapping(tx, childId, period)) {
        tx.delete(attendancePeriods).where(eq(attendancePeriods.id, old.id)).run();
        audit('delete', 'attendance_periods', old.id);
        replacedPeriods += 1;
      }
      return { id: deps.newId(), childId, ...pupil.counts };
    });
    tx.insert(attendanceImports)
      .values({
        id: importId,
        importedAt: at,
        shape: input.shape,
        periodFrom: period.from,
        periodTo: period.to,
        pupils: planned.pupils,
        imported: toSave.length,
        notOnCaseload: planned.notOnCaseload,
        skippedByWorker: skipped,
        unreadableRows: planned.problems.length,
        replacedPeriods,
      })
      .run();
    audit('create', 'attendance_imports', importId);
    for (const row of periodRows) {
      tx.insert(attendancePeriods)
        .values({ ...row, importId, periodFrom: period.from, periodTo: period.to, createdAt: at })
        .run();
      audit('create', 'attendance_periods', row.id);
    }
    return {
      importId,
      period,
      pupils: planned.pupils,
      imported: toSave.length,
      matchedByIdentifier: planned.matched.filter(({ match }) => match.kind === 'identifier').length,
      matchedByName: planned.matched.filter(({ match }) => match.kind === 'name').length,
      confirmed: chosen.length,
      skippedByWorker: skipped,
      notOnCaseload: planned.notOnCaseload,
      replacedPeriods,
      problems: planned.problems,
    };
  });
}

// ---- Reading the figures back ----

function figures(periods: SessionCounts[]): AttendanceFigures | null {
  if (periods.length === 0) return null;
  const counts = periods.reduce(
    (sum, one) => ({
      possible: sum.possible + one.possible,
      attended: sum.attended + one.attended,
      authorised: sum.authorised + one.authorised,
      unauthorised: sum.unauthorised + one.unauthorised,
    }),
    { possible: 0, attended: 0, authorised: 0, unauthorised: 0 },
  );
  return { ...counts, percent: attendancePercent(counts), level: absenceLevel(counts) };
}

/** After minus before, in percentage points to one decimal place. */
function change(before: AttendanceFigures | null, after: AttendanceFigures | null): number | null {
  if (before?.percent == null || after?.percent == null) return null;
  return Math.round((after.percent - before.percent) * 10) / 10;
}

/** One child's periods, or (with no child) those of every child on the caseload, earliest first. */
function periodsOf(db: Db, childId: string | null): AttendancePeriod[] {
  return db
    .select({ row: attendancePeriods })
    .from(attendancePeriods)
    .innerJoin(children, eq(children.id, attendancePeriods.childId))
    .innerJoin(families, eq(families.id, children.familyId))
    .where(childId === null ? eq(families.status, 'active') : eq(attendancePeriods.childId, childId))
    .orderBy(asc(attendancePeriods.periodFrom))
    .all()
    .map(({ row }) => ({
      id: row.id,
      childId: row.childId,
      from: row.periodFrom,
      to: row.periodTo,
      importId: row.importId,
      possible: row.possible,
      attended: row.attended,
      authorised: row.authorised,
      unauthorised: row.unauthorised,
      percent: attendancePercent(row),
      level: absenceLevel(row),
    }));
}

/** Support began when the family's most recent case was opened; null for a family with no case. */
function supportStarts(db: Db, familyId: string | null): Map<string, string> {
  const rows = db
    .select({ familyId: cases.familyId, openedOn: max(cases.openedOn) })
    .from(cases)
    .where(familyId === null ? undefined : eq(cases.familyId, familyId))
    .groupBy(cases.familyId)
    .all();
  return new Map(rows.flatMap((row) => (row.openedOn ? [[row.familyId, row.openedOn] as const] : [])));
}

function beforeAndAfter(periods: AttendancePeriod[], start: string | null) {
  if (start === null) return { before: null, after: null, spanningStart: 0, change: null };
  const before = figures(periods.filter((one) => one.to < start));
  const after = figures(periods.filter((one) => one.from >= start));
  const spanningStart = periods.filter((one) => one.from < start && one.to >= start).length;
  return { before, after, spanningStart, change: change(before, after) };
}

export function childAttendance(deps: ServiceDeps, childId: string): ChildAttendance {
  const child = deps.db
    .select({ familyId: children.familyId })
    .from(children)
    .where(eq(children.id, childId))
    .get();
  if (!child) fail('not_found', 'That child is not in the vault.');
  const periods = periodsOf(deps.db, childId);
  const supportStartedOn = supportStarts(deps.db, child.familyId).get(child.familyId) ?? null;
  return {
    childId,
    supportStartedOn,
    periods,
    overall: figures(periods),
    ...beforeAndAfter(periods, supportStartedOn),
  };
}

/** Every child of an active family: their latest figures and the change since support began. */
export function caseloadAttendance(deps: ServiceDeps): CaseloadAttendance[] {
  const rows = deps.db
    .select({
      childId: children.id,
      name: children.name,
      preferredName: children.preferredName,
      familyId: families.id,
      familyName: families.familyName,
    })
    .from(children)
    .innerJoin(families, eq(families.id, children.familyId))
    .where(eq(families.status, 'active'))
    .orderBy(asc(families.searchText), asc(children.position))
    .all();
  const periods = new Map<string, AttendancePeriod[]>();
  for (const one of periodsOf(deps.db, null))
    periods.set(one.childId, [...(periods.get(one.childId) ?? []), one]);
  const starts = supportStarts(deps.db, null);
  return rows.map((row) => {
    const own = periods.get(row.childId) ?? [];
    const latest = own.reduce<AttendancePeriod | null>(
      (newest, one) => (newest === null || one.to > newest.to ? one : newest),
      null,
    );
    const supportStartedOn = starts.get(row.familyId) ?? null;
    return {
      childId: row.childId,
      childName: knownAs(row),
      familyId: row.familyId,
      familyName: row.familyName,
      supportStartedOn,
      latest: latest && {
        from: latest.from,
        to: latest.to,
        possible: latest.possible,
        attended: latest.attended,
        authorised: latest.authorised,
        unauthorised: latest.unauthorised,
        percent: latest.percent,
        level: latest.level,
      },
      change: beforeAndAfter(own, supportStartedOn).change,
    };
  });
}
