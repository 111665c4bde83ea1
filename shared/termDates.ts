import { easter } from 'date-easter';
import {
  addDays,
  format,
  isWeekend,
  lastDayOfMonth,
  nextMonday,
  nextTuesday,
  previousFriday,
  previousMonday,
} from 'date-fns';
import { SCHOOL_YEAR, type DateRange, type SchoolYearInput } from './calendar';

/**
 * England's usual pattern of terms and holidays, offered when a school year has no dates yet so the worker
 * edits a close draft instead of typing a year from nothing. Local authorities differ by a day or two (and
 * INSET days are the school's own), which is why the screen asks the worker to check every date.
 */

const iso = (date: Date) => format(date, 'yyyy-MM-dd');
const day = (year: number, month: number, date: number) => new Date(year, month - 1, date);

const onOrAfter = (date: Date, find: (date: Date) => Date) => find(addDays(date, -1));
const onOrBefore = (date: Date, find: (date: Date) => Date) => find(addDays(date, 1));
const firstWeekdayFrom = (date: Date) => (isWeekend(date) ? nextMonday(date) : date);
const lastWeekdayTo = (date: Date) => (isWeekend(date) ? previousFriday(date) : date);
const weekFrom = (name: string, monday: Date): DateRange => ({
  name,
  startsOn: iso(monday),
  endsOn: iso(addDays(monday, 4)),
});

export function defaultSchoolYear(schoolYear: string): SchoolYearInput {
  const [, first] = SCHOOL_YEAR.exec(schoolYear) ?? [];
  const autumn = Number(first);
  const spring = autumn + 1;
  const sunday = easter(spring);
  const goodFriday = addDays(day(spring, sunday.month, sunday.day), -2);
  // The Easter break: Good Friday and the fortnight after Easter Monday.
  const summerStarts = addDays(goodFriday, 17);
  const earlyMay = iso(onOrAfter(day(spring, 5, 1), nextMonday));
  const lastMondayOfMay = onOrBefore(lastDayOfMonth(day(spring, 5, 1)), previousMonday);
  return {
    schoolYear,
    terms: [
      {
        name: 'Autumn term',
        startsOn: iso(firstWeekdayFrom(day(autumn, 9, 2))),
        endsOn: iso(onOrBefore(day(autumn, 12, 21), previousFriday)),
      },
      {
        name: 'Spring term',
        // Pupils back on the Tuesday: the Monday is often an INSET day.
        startsOn: iso(onOrAfter(day(spring, 1, 4), nextTuesday)),
        endsOn: iso(addDays(goodFriday, -1)),
      },
      {
        name: 'Summer term',
        startsOn: iso(summerStarts),
        endsOn: iso(lastWeekdayTo(day(spring, 7, 21))),
      },
    ],
    closures: [
      weekFrom('Autumn half-term', onOrBefore(day(autumn, 10, 27), previousMonday)),
      weekFrom('Spring half-term', onOrAfter(day(spring, 2, 12), nextMonday)),
      // In a year of late Easter the bank holiday falls in the Easter break already.
      ...(earlyMay >= iso(summerStarts)
        ? [{ name: 'Early May bank holiday', startsOn: earlyMay, endsOn: earlyMay }]
        : []),
      weekFrom('Summer half-term', lastMondayOfMay),
    ],
  };
}
