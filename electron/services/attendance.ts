import { eq, max } from 'drizzle-orm';
import {
  absenceLevel,
  attendancePercent,
  attendanceBands,
  markKind,
  registerCodes,
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
  countMarks,
  dayOf,
  dayOfSlot,
  decodeMarks,
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
import { cases, children } from '../db/schema';
import { HeldFigures, heldFigures, latestFigures } from './attendancePeriods';
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
  let complete = true;
  const counted: { from: string; to: string }[] = [];
  for (const period of held.periods) {
    if (period.to < range.from || period.from > range.to) continue;
    if (period.source === 'marks' && period.marks !== null) {
      counted.push(period);
      // A period wholly inside the range is its stored totals; only one cut by the range is read mark by mark.
      if (period.from >= range.from && period.to <= range.to) addCounts(counts, period);
      else addCounts(counts, countMarks(decodeMarks(period.from, period.marks), first, last));
      continue;
    }
    const inSchool = school.trim(period);
    if (inSchool && inSchool.from >= range.from && inSchool.to <= range.to) {
      addCounts(counts, period);
      counted.push(period);
    } else if (inSchool) complete = false;
  }
  if (complete) {
    // Both lists are in date order, so one walk along them finds any school day no period covers.
    let at = 0;
    complete = schoolDays.every((day) => {
      while (at < counted.length && counted[at]!.to < day) at += 1;
      return at < counted.length && counted[at]!.from <= day;
    });
  }
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
  from: number;
  to: number;
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
  if (start === null || held.periods.length === 0) return null;
  const startDay = dayOf(start);
  if (summariesOf(held).length === 0) return marksBeforeAndAfter(held, startDay);
  const before: Unit[] = [];
  const after: Unit[] = [];
  // Straight from the stored text, a day (two entries) at a time: this runs for every child on the caseload.
  for (const period of held.periods) {
    if (period.marks === null) continue;
    const codes = period.marks.split(',');
    const firstDay = dayOf(period.from);
    for (let at = 0; at < codes.length; at += 2) {
      const am = codes[at]!;
      const pm = codes[at + 1] ?? '';
      if (am === '' && pm === '') continue;
      const counts = emptyCounts();
      if (am !== '') addMark(counts, am);
      if (pm !== '') addMark(counts, pm);
      if (counts.possible === 0) continue;
      const day = firstDay + at / 2;
      (day < startDay ? before : after).push({ from: day, to: day, days: 1, counts, summary: null });
    }
  }
  for (const summary of summariesOf(held)) {
    const inSchool = school.trim(summary);
    if (!inSchool || summary.possible === 0) continue;
    const unit = {
      from: dayOf(inSchool.from),
      to: dayOf(inSchool.to),
      days: Math.max(1, Math.round(summary.possible / 2)),
      counts: summary,
      summary,
    };
    if (unit.to < startDay) before.push(unit);
    else if (unit.from >= startDay) after.push(unit);
    else
      notes.push(
        `The summary for ${ukRange(summary)} spans the start of support, so it is counted on neither side.`,
      );
  }
  before.sort((a, b) => b.to - a.to);
  after.sort((a, b) => a.from - b.from);
  const total = (units: Unit[]) => units.reduce((sum, unit) => sum + unit.days, 0);
  /** The nearest units up to `limit` days; a summary that would pass it ends the side, as it cannot be split. */
  const take = (units: Unit[], limit: number) => {
    const taken: Unit[] = [];
    let days = 0;
    for (const unit of units) {
      // The nearest summary is taken even when longer: figures that are not evened out beat none at all.
      if (days + unit.days > limit && taken.length > 0) break;
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
    for (const unit of taken)
      if (unit.summary)
        notes.push(
          `${label} includes the summary for ${ukRange(unit.summary)}, counted whole as ${unit.days} school days.`,
        );
    return {
      label,
      from: isoOfDay(Math.min(...taken.map((unit) => unit.from))),
      to: isoOfDay(Math.max(...taken.map((unit) => unit.to))),
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

/**
 * The same as beforeAndAfter for a child with register marks only (nearly every child), without a
 * record per day: this runs for every child with a start of support each time the caseload is read.
 */
function marksBeforeAndAfter(held: HeldFigures, startDay: number): ChildAttendance['beforeAfter'] {
  const days: number[] = [];
  // Four numbers a day: possible, attended, authorised, unauthorised (England's marks have no exclusions).
  const tallies: number[] = [];
  for (const period of held.periods) {
    if (period.marks === null) continue;
    const codes = period.marks.split(',');
    const firstDay = dayOf(period.from);
    for (let at = 0; at < codes.length; at += 2) {
      let possible = 0;
      let attended = 0;
      let authorised = 0;
      let unauthorised = 0;
      for (const code of [codes[at]!, codes[at + 1] ?? '']) {
        if (code === '') continue;
        const kind = registerCodes[code]?.kind ?? markKind(code);
        if (kind === null || kind === 'not_possible') continue;
        possible += 1;
        if (kind === 'authorised') authorised += 1;
        else if (kind === 'unauthorised') unauthorised += 1;
        else attended += 1;
      }
      if (possible === 0) continue;
      days.push(firstDay + at / 2);
      tallies.push(possible, attended, authorised, unauthorised);
    }
  }
  let split = days.findIndex((day) => day >= startDay);
  if (split < 0) split = days.length;
  const schoolDays = Math.min(split, days.length - split);
  if (schoolDays === 0) return null;
  const side = (label: string, first: number): RangeFigures => {
    const counts = emptyCounts();
    for (let day = first; day < first + schoolDays; day++) {
      counts.possible += tallies[day * 4]!;
      counts.attended += tallies[day * 4 + 1]!;
      counts.authorised += tallies[day * 4 + 2]!;
      counts.unauthorised += tallies[day * 4 + 3]!;
    }
    const from = isoOfDay(days[first]!);
    const to = isoOfDay(days[first + schoolDays - 1]!);
    return { label, from, to, complete: true, ...figuresOf(counts) };
  };
  const before = side('Before support began', split - schoolDays);
  const after = side('Since support began', split);
  return { schoolDays, before, after, change: changeOf(before.percent, after.percent) };
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

const noFigures = new HeldFigures([]);

/** This school year and the movement since support began: all the caseload needs of each child. */
function yearAndMovement(
  held: HeldFigures,
  supportStartedOn: string | null,
  school: SchoolTime,
  ranges: Ranges,
  schoolDays: { term: string[]; year: string[] },
) {
  const notes: string[] = [];
  const thisYear =
    held.periods.length > 0 && ranges.year ? rangeFigures(held, ranges.year, school, schoolDays.year) : null;
  for (const one of summariesOf(held)) {
    const inSchool = thisYear && one.to >= thisYear.from && one.from <= thisYear.to && school.trim(one);
    if (inSchool && (inSchool.from < thisYear.from || inSchool.to > thisYear.to))
      notes.push(
        `The summary for ${ukRange(one)} reaches outside this school year, so it is not counted in it.`,
      );
  }
  return { thisYear, beforeAfter: beforeAndAfter(held, supportStartedOn, school, notes), notes };
}

/** Everything the child's page shows, over the ranges worked out once for the request. */
function childFigures(
  childId: string,
  held: HeldFigures,
  supportStartedOn: string | null,
  school: SchoolTime,
  ranges: Ranges,
  schoolDays: { term: string[]; year: string[] },
  range: Period | undefined,
): ChildAttendance {
  const { thisYear, beforeAfter, notes } = yearAndMovement(
    held,
    supportStartedOn,
    school,
    ranges,
    schoolDays,
  );
  const has = held.periods.length > 0;
  const asked = range ? { ...range, label: ukRange(range) } : null;
  const weeks = weeksOf(held);
  return {
    childId,
    supportStartedOn,
    thisTerm: has && ranges.term ? rangeFigures(held, ranges.term, school, schoolDays.term) : null,
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
    periods: held.periods.map(({ id, from, to, importId, source, marks: _marks, ...counts }) => ({
      id,
      from,
      to,
      importId,
      source,
      ...figuresOf(counts),
    })),
    beforeAfter,
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
  // Read straight from the two covering indexes (migration 0014) as plain arrays: on a 10,000-family vault
  // this list is most of the method's time, and mapping each row to an object doubled it.
  const rows = (
    deps.db.$client
      .prepare(
        `SELECT c.id, c.name, c.preferred_name, f.id, f.family_name
           FROM families f JOIN children c ON c.family_id = f.id
          WHERE f.status = 'active'
          ORDER BY f.search_text, c.position`,
      )
      .raw()
      .all() as [string, string, string, string, string][]
  ).map(([childId, name, preferredName, familyId, familyName]) => ({
    childId,
    name,
    preferredName,
    familyId,
    familyName,
  }));
  const school = schoolTime(deps);
  const ranges = currentRanges(deps.db, school);
  const days = rangeDays(school, ranges);
  const held = heldFigures(deps.db, null);
  const starts = supportStarts(deps.db, null);
  const list = rows.map((row): CaseloadChildAttendance => {
    const supportStartedOn = starts.get(row.familyId) ?? null;
    const own = held.get(row.childId);
    // Most children of a large caseload have no figures at all: nothing to work out for them.
    const { thisYear, beforeAfter } = own
      ? yearAndMovement(own, supportStartedOn, school, ranges, days)
      : { thisYear: null, beforeAfter: null };
    return {
      childId: row.childId,
      childName: knownAs(row),
      familyId: row.familyId,
      familyName: row.familyName,
      supportStartedOn,
      thisYear,
      band: bandOf(thisYear),
      level: thisYear?.level ?? null,
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
