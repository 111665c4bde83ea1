import type { Period } from '../../shared/attendance';
import { dayOf, isoOfDay } from '../../shared/attendanceSessions';
import { schoolYearOf, type SchoolYearInput } from '../../shared/calendar';
import { defaultSchoolYear } from '../../shared/termDates';
import { getSchoolYear } from './calendar';
import type { ServiceDeps } from './deps';

/**
 * School time as the attendance figures count it: the calendar's saved terms and closures for each school
 * year, or England's usual dates where a year has none saved. Loaded once per request and per year.
 */
export interface SchoolTime {
  year: (name: string) => SchoolYearInput;
  isSchoolDay: (iso: string) => boolean;
  /** A period without the holidays and weekends at either end; null when it holds no school day at all. */
  trim: (period: Period) => Period | null;
  /** Every school day of a period, in order. */
  days: (period: Period) => string[];
}

const within = (iso: string, range: { startsOn: string; endsOn: string }) =>
  iso >= range.startsOn && iso <= range.endsOn;

/** Holidays at the end of a period are at most a summer's length; no need to look further. */
const LONGEST_BREAK = 70;

export function schoolTime(deps: ServiceDeps): SchoolTime {
  const years = new Map<string, SchoolYearInput>();
  const year = (name: string) => {
    let dates = years.get(name);
    if (!dates) {
      const saved = getSchoolYear(deps, name);
      dates = saved.saved ? saved : defaultSchoolYear(name);
      years.set(name, dates);
    }
    return dates;
  };
  const isSchoolDay = (iso: string) => {
    const weekday = (dayOf(iso) + 4) % 7;
    if (weekday === 0 || weekday === 6) return false;
    const dates = year(schoolYearOf(iso));
    return dates.terms.some((term) => within(iso, term)) && !dates.closures.some((one) => within(iso, one));
  };
  const step = (from: number, to: number, by: 1 | -1) => {
    for (let day = from, n = 0; by > 0 ? day <= to : day >= to; day += by, n++) {
      if (n > LONGEST_BREAK) return null;
      if (isSchoolDay(isoOfDay(day))) return isoOfDay(day);
    }
    return null;
  };
  return {
    year,
    isSchoolDay,
    trim: (period) => {
      const from = step(dayOf(period.from), dayOf(period.to), 1);
      const to = step(dayOf(period.to), dayOf(period.from), -1);
      return from && to ? { from, to } : null;
    },
    days: (period) => {
      const found: string[] = [];
      for (let day = dayOf(period.from); day <= dayOf(period.to); day++)
        if (isSchoolDay(isoOfDay(day))) found.push(isoOfDay(day));
      return found;
    },
  };
}
