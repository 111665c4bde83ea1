import { and, asc, eq, ne } from 'drizzle-orm';
import type { Db } from '../electron/db/connection';
import { attendanceImports, attendancePeriods, children, families } from '../electron/db/schema';
import { storedPeriod } from '../electron/services/attendancePeriods';
import { countMarks, slotOf } from '../shared/attendanceSessions';
import { defaultSchoolYear } from '../shared/termDates';
import type { Random } from './random';

/** A school's roll: the pupils of one export, and the children given attendance in the bench vault. */
export const SCHOOL_PUPILS = 1_500;
/** The school year the marks are for; England's usual dates, as the app uses without saved ones. */
export const MARKS_YEAR = '2025/26';

/**
 * Every school day of the year by England's usual dates (190 or so: about 380 sessions), as a school's
 * register has them.
 */
export function schoolDays(): string[] {
  const { terms, closures } = defaultSchoolYear(MARKS_YEAR);
  const days: string[] = [];
  for (let day = Date.UTC(2025, 8, 1); day <= Date.UTC(2026, 7, 31); day += 86_400_000) {
    const date = new Date(day);
    const iso = date.toISOString().slice(0, 10);
    const weekday = date.getUTCDay();
    const inside = (range: { startsOn: string; endsOn: string }) =>
      iso >= range.startsOn && iso <= range.endsOn;
    if (weekday > 0 && weekday < 6 && terms.some(inside) && !closures.some(inside)) days.push(iso);
  }
  return days;
}

/** Roughly the national mix: mostly present, some illness and appointments, a little unauthorised. */
const CODE_WEIGHTS = { present: 905, L: 10, I: 40, M: 10, N: 15, O: 5, G: 5, V: 5, B: 5 };

/** One pupil's marks for the year, morning and afternoon of each school day. */
export function yearOfMarks(random: Random, days: number): string[] {
  const codes: string[] = [];
  // A few pupils miss far more than the rest, so every band and flag has children in it.
  const absentish = random.chance(0.2) ? random.int(2, 8) : 1;
  for (let day = 0; day < days; day++)
    for (const session of ['/', '\\']) {
      const code = random.chance(0.1 * absentish) ? random.weighted(CODE_WEIGHTS) : 'present';
      codes.push(code === 'present' ? session : code);
    }
  return codes;
}

/**
 * Gives the first SCHOOL_PUPILS children of active families a year of register marks, stored as the
 * import stores them (storedPeriod), so the caseload reads what a real import would have left.
 */
export function seedAttendance(db: Db, random: Random): number {
  const days = schoolDays();
  const period = { from: days[0]!, to: days.at(-1)! };
  const pupils = db
    .select({ id: children.id })
    .from(children)
    .innerJoin(families, eq(families.id, children.familyId))
    .where(and(eq(families.status, 'active'), ne(children.pupilId, '')))
    .orderBy(asc(children.id))
    .limit(SCHOOL_PUPILS)
    .all();
  const importId = 'bench-attendance-import';
  db.transaction((tx) => {
    tx.insert(attendanceImports)
      .values({
        id: importId,
        importedAt: `${period.to}T16:00:00.000Z`,
        shape: 'session_columns',
        periodFrom: period.from,
        periodTo: period.to,
        pupils: pupils.length,
        imported: pupils.length,
        notOnCaseload: 0,
        skippedByWorker: 0,
        unreadableRows: 0,
        replacedPeriods: 0,
        marks: pupils.length * days.length * 2,
      })
      .run();
    for (const [n, pupil] of pupils.entries()) {
      const marks = new Map<number, string>();
      yearOfMarks(random, days.length).forEach((code, at) =>
        marks.set(slotOf(days[Math.floor(at / 2)]!, at % 2 === 0 ? 'AM' : 'PM'), code),
      );
      const record = {
        row: n + 2,
        pupilId: '',
        name: '',
        dateOfBirth: null,
        counts: countMarks(marks),
        marks,
      };
      tx.insert(attendancePeriods)
        .values({
          id: `bench-attendance-${n}`,
          childId: pupil.id,
          importId,
          createdAt: `${period.to}T16:00:00.000Z`,
          ...storedPeriod(record, period),
        })
        .run();
    }
  });
  return pupils.length;
}
