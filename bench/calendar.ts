import { SCHOOL_YEAR_STARTS } from './household';
import type { Random } from './random';

export const DAY = 86_400_000;
export const MINUTE = 60_000;

/**
 * Family records were opened over the three years before the October half-term of the data's school year
 * (see synthetic.ts); casework goes on up to NOW.
 */
export const AS_OF_DAY = Date.UTC(SCHOOL_YEAR_STARTS, 9, 23);

/**
 * The moment the services run at in the casework measures: a Monday morning a month after AS_OF_DAY, so the
 * dashboard's "this week" and "last four weeks" see a steady, realistic slice whatever day the bench runs.
 * Written in UTC so the data is the same in every time zone; the UK is on UTC in November, so UTC and the
 * worker's local time agree, and the generated "local" times below are UTC ones.
 */
export const NOW = new Date(Date.UTC(SCHOOL_YEAR_STARTS, 10, 23, 10));

const FIRST_DAY = AS_OF_DAY - 3 * 365 * DAY;
/** Due dates run on past NOW, so the calendar does too. */
const LAST_DAY = NOW.getTime() + 60 * DAY;

/** Roughly the holidays of schools in both Scotland and England: no contacts at weekends or then. */
function isSchoolDay(day: Date): boolean {
  const weekday = day.getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  const monthDay = (day.getUTCMonth() + 1) * 100 + day.getUTCDate();
  const christmas = monthDay >= 1222 || monthDay <= 103;
  const summer = monthDay >= 705 && monthDay <= 820;
  return !christmas && !summer;
}

/** Midnight (UTC) of every school day from FIRST_DAY to LAST_DAY, in order. */
const schoolDays: number[] = [];
for (let day = FIRST_DAY - (FIRST_DAY % DAY); day <= LAST_DAY; day += DAY) {
  if (isSchoolDay(new Date(day))) schoolDays.push(day);
}

/** Index of the first school day at or after the moment. */
function firstIndexFrom(moment: number): number {
  let low = 0;
  let high = schoolDays.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (schoolDays[middle]! < moment) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Midnight of a school day chosen evenly from those whose midnight falls in [from, to]; when there is none
 * (a span inside a holiday), the first school day after it.
 */
export function schoolDayIn(random: Random, from: number, to: number): number {
  const first = firstIndexFrom(from);
  const last = firstIndexFrom(to + 1) - 1;
  return last >= first ? schoolDays[random.int(first, last)]! : schoolDayFrom(from);
}

/** Midnight of the first school day on or after the moment. */
export function schoolDayFrom(moment: number): number {
  return schoolDays[Math.min(firstIndexFrom(moment), schoolDays.length - 1)]!;
}

export function startOfDay(moment: number): number {
  return moment - (moment % DAY);
}

/** A time between 08:30 and 17:30, to the five minutes, on the given day. */
export function duringSchoolHours(random: Random, day: number): number {
  return day + (8 * 60 + 30 + 5 * random.int(0, 108)) * MINUTE;
}

/** The services' formats: local date and time as typed (YYYY-MM-DDTHH:mm), a date, and a write's timestamp. */
export const localDateTime = (moment: number) => new Date(moment).toISOString().slice(0, 16);
export const isoDay = (moment: number) => new Date(moment).toISOString().slice(0, 10);
export const timestamp = (moment: number) => new Date(moment).toISOString();
