import { asc, eq, max } from 'drizzle-orm';
import {
  absenceLevel,
  attendancePercent,
  attendanceBands,
  PENALTY_NOTICE_SESSIONS,
  PENALTY_NOTICE_WEEKS,
  type AbsenceLevel,
  type AttendanceBand,
  type AttendanceFigures,
  type CaseloadAttendance,
  type CaseloadChildAttendance,
  type ChildAttendance,
  type Period,
  type RangeFigures,
  type SessionCounts,
} from '../../shared/attendance';
import {
  addCounts,
  addMark,
  dayOfSlot,
  emptyCounts,
  isoOfDay,
  mondayOf,
  slotOf,
} from '../../shared/attendanceSessions';
import { schoolYearOf } from '../../shared/calendar';
import { isoToUk } from '../../shared/dates';
import { fail } from '../../shared/errors';
import { knownAs } from '../../shared/families';
import type { Db } from '../db/connection';
import { cases, children, families } from '../db/schema';
import { heldFigures, latestFigures, type HeldFigures } from './attendancePeriods';
import { schoolTime, type SchoolTime } from './attendanceSchoolTime';
import type { ServiceDeps } from './deps';

const figuresOf = (counts: SessionCounts): AttendanceFigures => ({
  ...counts,
  percent: attendancePercent(counts),
  level: absenceLevel(counts),
});

const ukRange = (period: Period) => `${isoToUk(period.from)} to ${isoToUk(period.to)}`;

type Summary = HeldFigures['periods'][number];
const summariesOf = (held: HeldFigures) => held.periods.filter((one) => one.source === 'summary');

/**
 * A child's figures over a stretch of dates: every register mark inside it, and each summary that falls
 * inside it once the holidays at its ends are set aside (a summary cannot be split, so one that reaches
 * across the edge is left out and the figures are not complete). Complete also needs the held periods to
 * cover every school day of the range.
 */
function rangeFigures(
  held: HeldFigures,
  range: Period & { label: string },
  school: SchoolTime,
  schoolDays: string[],
): RangeFigures {
  const counts = emptyCounts();
  const first = slotOf(range.from, 'AM');
  const last = slotOf(range.to, 'PM');
  for (const [slot, code] of held.marks) if (slot >= first && slot <= last) addMark(counts, code);
  let complete = true;
  const counted: { from: string; to: string }[] = [];
  for (const period of held.periods) {
    if (period.to < range.from || period.from > range.to) continue;
    if (period.source === 'marks') {
      counted.push(period);
      continue;
    }
    const school_ = school.trim(period);
    if (school_ && school_.from >= range.from && school_.to <= range.to) {
      addCounts(counts, period);
      counted.push(period);
    } else if (school_) complete = false;
  }
  if (complete)
    complete = schoolDays.every((day) => counted.some((period) => period.from <= day && period.to >= day));
  return { label: range.label, from: range.from, to: range.to, complete, ...figuresOf(counts) };
}

interface Ranges {
  term: (Period & { label: string }) | null;
  year: (Period & { label: string }) | null;
}

/**
 * This term and this school year: the ones holding the latest figures in the vault (not today's date, so
 * a summer holiday still shows the year just ended), up to those figures. The same for every child, so
 * the family page and the caseload flag the same year.
 */
function currentRanges(db: Db, school: SchoolTime): Ranges {
  const latest = latestFigures(db);
  if (!latest) return { term: null, year: null };
  const name = schoolYearOf(latest);
  const start = Number(name.slice(0, 4));
  const upTo = (end: string) => (end < latest ? end : latest);
  const year = {
    from: `${start}-09-01`,
    to: upTo(`${start + 1}-08-31`),
    label: `This school year (${name})`,
  };
  const term = school
    .year(name)
    .terms.filter((each) => each.startsOn <= latest)
    .sort((a, b) => a.startsOn.localeCompare(b.startsOn))
    .at(-1);
  return {
    year,
    term: term ? { from: term.startsOn, to: upTo(term.endsOn), label: `${term.name} ${name}` } : null,
  };
}

type Weekly = ChildAttendance['weekly'];

/** Week by week (weeks starting Monday) from the register marks, with each week's unauthorised sessions. */
function weeksOf(held: HeldFigures): (Weekly[number] & { unauthorised: number; lastDay: number })[] {
  const weeks = new Map<number, SessionCounts & { lastDay: number }>();
  for (const [slot, code] of held.marks) {
    const day = dayOfSlot(slot);
    const monday = mondayOf(day);
    let week = weeks.get(monday);
    if (!week) weeks.set(monday, (week = { ...emptyCounts(), lastDay: day }));
    addMark(week, code);
    if (day > week.lastDay) week.lastDay = day;
  }
  return [...weeks]
    .sort(([a], [b]) => a - b)
    .map(([monday, week]) => ({
      weekStarting: isoOfDay(monday),
      possible: week.possible,
      attended: week.attended,
      percent: attendancePercent(week),
      unauthorised: week.unauthorised,
      lastDay: week.lastDay,
    }));
}

/** Unauthorised sessions in the last 10 weeks that had possible sessions, against the penalty threshold. */
function recentUnauthorised(weeks: ReturnType<typeof weeksOf>): ChildAttendance['unauthorisedRecent'] {
  const recent = weeks.filter((week) => week.possible > 0).slice(-PENALTY_NOTICE_WEEKS);
  if (recent.length === 0) return null;
  const sessions = recent.reduce((sum, week) => sum + week.unauthorised, 0);
  return {
    from: recent[0]!.weekStarting,
    to: isoOfDay(recent.at(-1)!.lastDay),
    sessions,
    threshold: PENALTY_NOTICE_SESSIONS,
    reached: sessions >= PENALTY_NOTICE_SESSIONS,
  };
}

/** A stretch of school time on one side of the start of support: a day of marks, or a whole summary. */
interface Unit {
  from: string;
  to: string;
  days: number;
  counts: SessionCounts;
  summary: Summary | null;
}

/**
 * Before and after support began over the same number of school days each side, as many as both sides
 * have, nearest the start first. Days come from the register marks (a day with a possible session is a
 * school day); a summary counts only when it falls wholly on one side, whole, as half its possible
 * sessions in days, and the notes say so.
 */
function beforeAndAfter(
  held: HeldFigures,
  start: string | null,
  school: SchoolTime,
  notes: string[],
): ChildAttendance['beforeAfter'] {
  if (start === null) return null;
  const byDay = new Map<number, SessionCounts>();
  for (const [slot, code] of held.marks) {
    const day = dayOfSlot(slot);
    let counts = byDay.get(day);
    if (!counts) byDay.set(day, (counts = emptyCounts()));
    addMark(counts, code);
  }
  const before: Unit[] = [];
  const after: Unit[] = [];
  for (const [day, counts] of byDay) {
    if (counts.possible === 0) continue;
    const iso = isoOfDay(day);
    (iso < start ? before : after).push({ from: iso, to: iso, days: 1, counts, summary: null });
  }
  for (const summary of summariesOf(held)) {
    const inSchool = school.trim(summary);
    if (!inSchool || summary.possible === 0) continue;
    const unit = {
      ...inSchool,
      days: Math.max(1, Math.round(summary.possible / 2)),
      counts: summary,
      summary,
    };
    if (inSchool.to < start) before.push(unit);
    else if (inSchool.from >= start) after.push(unit);
    else
      notes.push(
        `The summary for ${ukRange(summary)} spans the start of support, so it is counted on neither side.`,
      );
  }
  before.sort((a, b) => b.to.localeCompare(a.to));
  after.sort((a, b) => a.from.localeCompare(b.from));
  const total = (units: Unit[]) => units.reduce((sum, unit) => sum + unit.days, 0);
  /** The nearest units up to `limit` days; a summary that would pass it ends the side, as it cannot be split. */
  const take = (units: Unit[], limit: number) => {
    const taken: Unit[] = [];
    let days = 0;
    for (const unit of units) {
      if (days + unit.days > limit) break;
      taken.push(unit);
      days += unit.days;
    }
    return { taken, days };
  };
  let limit = Math.min(total(before), total(after));
  let sides = { before: take(before, limit), after: take(after, limit) };
  // A summary left out on one side shortens it; the other side is shortened to match where it can be.
  for (let round = 0; round < 3 && sides.before.days !== sides.after.days; round++) {
    limit = Math.min(sides.before.days, sides.after.days);
    sides = { before: take(before, limit), after: take(after, limit) };
  }
  if (sides.before.days === 0 || sides.after.days === 0) return null;
  const side = (label: string, { taken }: { taken: Unit[] }): RangeFigures => {
    const counts = taken.reduce((sum, unit) => addCounts(sum, unit.counts), emptyCounts());
    const dates = taken.flatMap((unit) => [unit.from, unit.to]).sort();
    for (const unit of taken)
      if (unit.summary)
        notes.push(
          `${label} includes the summary for ${ukRange(unit.summary)}, counted whole as ${unit.days} school days.`,
        );
    return {
      label,
      from: dates[0]!,
      to: dates.at(-1)!,
      complete: sides.before.days === sides.after.days,
      ...figuresOf(counts),
    };
  };
  const beforeFigures = side('Before support began', sides.before);
  const afterFigures = side('Since support began', sides.after);
  if (sides.before.days !== sides.after.days)
    notes.push(
      `Summaries cannot be split, so before covers ${sides.before.days} school days and since covers ${sides.after.days}.`,
    );
  return {
    schoolDays: Math.min(sides.before.days, sides.after.days),
    before: beforeFigures,
    after: afterFigures,
    change: changeOf(beforeFigures.percent, afterFigures.percent),
  };
}

/** After minus before, in percentage points to one decimal place. */
function changeOf(before: number | null, after: number | null): number | null {
  if (before === null || after === null) return null;
  return Math.round((after - before) * 10) / 10;
}

/** Support began when the family's most recent case was opened; a family with no case has no start. */
function supportStarts(db: Db, familyId: string | null): Map<string, string> {
  const rows = db
    .select({ familyId: cases.familyId, openedOn: max(cases.openedOn) })
    .from(cases)
    .where(familyId === null ? undefined : eq(cases.familyId, familyId))
    .groupBy(cases.familyId)
    .all();
  return new Map(rows.flatMap((row) => (row.openedOn ? [[row.familyId, row.openedOn] as const] : [])));
}

const noFigures: HeldFigures = { periods: [], marks: new Map() };

/** Everything the child's page shows, over the ranges worked out once for the whole request. */
function childFigures(
  childId: string,
  held: HeldFigures,
  supportStartedOn: string | null,
  school: SchoolTime,
  ranges: Ranges,
  schoolDays: { term: string[]; year: string[] },
  range: Period | undefined,
): ChildAttendance {
  const notes: string[] = [];
  const has = held.periods.length > 0;
  const thisTerm = has && ranges.term ? rangeFigures(held, ranges.term, school, schoolDays.term) : null;
  const thisYear = has && ranges.year ? rangeFigures(held, ranges.year, school, schoolDays.year) : null;
  const asked = range ? { ...range, label: ukRange(range) } : null;
  const weeks = weeksOf(held);
  for (const one of summariesOf(held)) {
    const inSchool = thisYear && one.to >= thisYear.from && one.from <= thisYear.to && school.trim(one);
    if (inSchool && (inSchool.from < thisYear.from || inSchool.to > thisYear.to))
      notes.push(
        `The summary for ${ukRange(one)} reaches outside this school year, so it is not counted in it.`,
      );
  }
  return {
    childId,
    supportStartedOn,
    thisTerm,
    thisYear,
    range: asked ? rangeFigures(held, asked, school, school.days(asked)) : null,
    level: thisYear?.level ?? null,
    unauthorisedRecent: recentUnauthorised(weeks),
    weekly: weeks.map(({ weekStarting, possible, attended, percent }) => ({
      weekStarting,
      possible,
      attended,
      percent,
    })),
    periods: held.periods.map(({ id, from, to, importId, source, ...counts }) => ({
      id,
      from,
      to,
      importId,
      source,
      ...figuresOf(counts),
    })),
    beforeAfter: beforeAndAfter(held, supportStartedOn, school, notes),
    notes,
  };
}

function rangeDays(school: SchoolTime, ranges: Ranges) {
  return {
    term: ranges.term ? school.days(ranges.term) : [],
    year: ranges.year ? school.days(ranges.year) : [],
  };
}

/** One child's attendance: this term, this year, any range, the last 10 weeks, week by week, before/after. */
export function childAttendance(deps: ServiceDeps, childId: string, range?: Period): ChildAttendance {
  const child = deps.db
    .select({ familyId: children.familyId })
    .from(children)
    .where(eq(children.id, childId))
    .get();
  if (!child) fail('not_found', 'That child is not in the vault.');
  const school = schoolTime(deps);
  const ranges = currentRanges(deps.db, school);
  const held = heldFigures(deps.db, [childId]).get(childId) ?? noFigures;
  const supportStartedOn = supportStarts(deps.db, child.familyId).get(child.familyId) ?? null;
  return childFigures(childId, held, supportStartedOn, school, ranges, rangeDays(school, ranges), range);
}

/** Bands of this school year's attendance, in whole sessions like the thresholds. */
function bandOf(figures: AttendanceFigures | null): AttendanceBand {
  if (!figures || figures.possible <= 0) return 'no_figures';
  if (figures.level === 'severe') return 'severe';
  if (figures.level === 'persistent') return 'persistent';
  return figures.attended * 100 >= figures.possible * 95 ? 'at_least_95' : 'from_90';
}

const persistentOrWorse = (level: AbsenceLevel | null) => level === 'persistent' || level === 'severe';

/**
 * Every child of an active family: this school year's figures and band, the flags, and the movement since
 * support began. A plain function over the vault, so the termly return counts the same children the same way.
 */
export function caseloadAttendance(deps: ServiceDeps): CaseloadAttendance {
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
  const school = schoolTime(deps);
  const ranges = currentRanges(deps.db, school);
  const days = rangeDays(school, ranges);
  const held = heldFigures(deps.db, null);
  const starts = supportStarts(deps.db, null);
  const list = rows.map((row): CaseloadChildAttendance => {
    const supportStartedOn = starts.get(row.familyId) ?? null;
    const own = held.get(row.childId) ?? noFigures;
    const figures = childFigures(row.childId, own, supportStartedOn, school, ranges, days, undefined);
    const beforeAfter = figures.beforeAfter;
    return {
      childId: row.childId,
      childName: knownAs(row),
      familyId: row.familyId,
      familyName: row.familyName,
      supportStartedOn,
      thisYear: figures.thisYear,
      band: bandOf(figures.thisYear),
      level: figures.level,
      before: beforeAfter?.before.percent ?? null,
      after: beforeAfter?.after.percent ?? null,
      change: beforeAfter?.change ?? null,
      noLongerPersistent: Boolean(
        beforeAfter && persistentOrWorse(beforeAfter.before.level) && beforeAfter.after.level === 'none',
      ),
    };
  });
  const count = (test: (child: CaseloadChildAttendance) => boolean) => list.filter(test).length;
  return {
    children: list,
    bands: (Object.keys(attendanceBands) as AttendanceBand[]).map((band) => ({
      band,
      children: count((child) => child.band === band),
    })),
    persistent: count((child) => persistentOrWorse(child.level)),
    severe: count((child) => child.level === 'severe'),
    improved: count((child) => (child.change ?? 0) > 0),
    declined: count((child) => (child.change ?? 0) < 0),
    noLongerPersistent: count((child) => child.noLongerPersistent),
  };
}
