import { addDays, format, parseISO, startOfWeek } from 'date-fns';
import { schoolYearOf, type DateRange, type SchoolYear } from '../../../shared/calendar';

export const iso = (date: Date) => format(date, 'yyyy-MM-dd');
export const todayIso = () => iso(new Date());
export const currentSchoolYear = () => schoolYearOf(todayIso());

/** The school years a worker may plan: last year, this year and next. */
export function nearbySchoolYears(): string[] {
  const start = Number(currentSchoolYear().slice(0, 4));
  return [start - 1, start, start + 1].map((year) => `${year}/${String((year + 1) % 100).padStart(2, '0')}`);
}

/** The term today is in, or the next one to come, or the last one of the year. */
export function currentTermIndex(year: SchoolYear | undefined, today = todayIso()): number {
  if (!year || year.terms.length === 0) return -1;
  const now = year.terms.findIndex((term) => term.endsOn >= today);
  return now === -1 ? year.terms.length - 1 : now;
}

/** Mondays from the week a range starts to the week it ends. */
export function weeksOf(range: Pick<DateRange, 'startsOn' | 'endsOn'>): string[] {
  const weeks: string[] = [];
  for (
    let monday = startOfWeek(parseISO(range.startsOn), { weekStartsOn: 1 });
    iso(monday) <= range.endsOn;
    monday = addDays(monday, 7)
  )
    weeks.push(iso(monday));
  return weeks;
}

/** "Tuesday 8 September" for parents; "Tue 8 Sep 2026" in the worker's lists comes from isoToDisplay. */
export const longDay = (date: string) => format(parseISO(date), 'EEEE d MMMM');
export const weekLabel = (monday: string) => `Week beginning ${format(parseISO(monday), 'EEEE d MMMM yyyy')}`;
