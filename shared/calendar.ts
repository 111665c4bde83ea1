import { addDays, format, parseISO } from 'date-fns';
import * as rrule from 'rrule';
import type { Options as RRuleOptions } from 'rrule';
import { z } from 'zod';
import { isRealIsoDate } from './dates';
import { isoDate } from './families';
import { optionalText, requiredText } from './text';

/**
 * The Parental Involvement Calendar's rules, free of the database so they can be tested on their own and
 * used by the form's preview. Dates are ISO (YYYY-MM-DD) and times UK wall-clock HH:mm: an event "at 09:00"
 * is at 09:00 whether or not the clocks have gone back, so nothing here ever goes through UTC.
 */

export const eventKinds = {
  coffee_morning: 'Coffee morning',
  breakfast_drop_in: 'Breakfast club drop-in',
  craft_club: 'Craft club',
  parent_group: 'Parent group',
  course: 'Course',
  holiday_club: 'Holiday club',
  homework_club: 'Homework club',
  other: 'Other',
} as const;
export type EventKind = keyof typeof eventKinds;
export const eventKindKeys = Object.keys(eventKinds) as EventKind[];

export const repeatOptions = {
  none: 'Once only',
  weekly: 'Every week',
  fortnightly: 'Every two weeks',
  monthly: 'Once a month',
} as const;
export type Repeats = keyof typeof repeatOptions;

/** Monday first, as a school week is written. */
export const weekdayNames = [
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
] as const;
export const nthNames: Record<number, string> = {
  1: 'first',
  2: 'second',
  3: 'third',
  4: 'fourth',
  [-1]: 'last',
};

const id = z.uuid('That record id is not valid.');
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const time = (label: string) =>
  z
    .string({ error: `Enter the ${label} as HH:MM.` })
    .regex(TIME, `Enter the ${label} as HH:MM, for example 09:15.`);

const dateRange = (what: string) =>
  z
    .strictObject({
      name: requiredText(`the name of the ${what}`, 80),
      startsOn: isoDate(`first day of the ${what}`),
      endsOn: isoDate(`last day of the ${what}`),
    })
    .refine((range) => range.endsOn >= range.startsOn, {
      path: ['endsOn'],
      message: `The last day of the ${what} must be on or after its first day.`,
    });

export const SCHOOL_YEAR = /^(\d{4})\/(\d{2})$/;
export const schoolYearName = z
  .string({ error: 'Choose a school year.' })
  .regex(SCHOOL_YEAR, 'Write the school year like 2026/27.')
  .refine((year) => {
    const [, start, end] = SCHOOL_YEAR.exec(year) ?? [];
    return (Number(start) + 1) % 100 === Number(end);
  }, 'Write the school year like 2026/27.');

export const schoolYearInput = z.strictObject({
  schoolYear: schoolYearName,
  terms: z
    .array(dateRange('term'))
    .min(1, 'Add at least one term.')
    .max(6, 'A school year has at most 6 terms.'),
  closures: z.array(dateRange('holiday or closure')).max(60, 'That is more closures than a year can hold.'),
});
export type SchoolYearInput = z.infer<typeof schoolYearInput>;
export type DateRange = SchoolYearInput['terms'][number];

export const bySchoolYear = z.strictObject({ schoolYear: schoolYearName });

export interface SchoolYear extends SchoolYearInput {
  /** False until the worker has saved this year's dates: the screen then offers the default. */
  saved: boolean;
}

/** The school year a date falls in: September to August. */
export function schoolYearOf(iso: string): string {
  const year = Number(iso.slice(0, 4));
  const start = Number(iso.slice(5, 7)) >= 9 ? year : year - 1;
  return `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
}

export const eventInput = z
  .strictObject({
    id: id.optional(),
    title: requiredText('the name of the event', 100),
    kind: z.enum(eventKindKeys as [EventKind], { error: 'Choose what kind of event it is.' }),
    location: optionalText('the place', 120),
    startTime: time('start time'),
    endTime: time('end time'),
    description: optionalText('the description for parents', 600),
    repeats: z.enum(Object.keys(repeatOptions) as [Repeats], { error: 'Choose how often it happens.' }),
    /** 0 = Monday … 6 = Sunday. */
    weekdays: z.array(z.number().int().min(0).max(6)).max(7),
    /** For "once a month": 1 to 4 for the first to fourth, -1 for the last. */
    nth: z.number().int().min(-1).max(4),
    fromDate: isoDate('first date'),
    untilDate: isoDate('last date'),
    skipHolidays: z.boolean(),
  })
  .superRefine((event, context) => {
    const issue = (path: string, message: string) =>
      context.addIssue({ code: 'custom', path: [path], message });
    if (TIME.test(event.startTime) && TIME.test(event.endTime) && event.endTime <= event.startTime)
      issue('endTime', 'The end time must be after the start time.');
    if (event.repeats === 'none') return;
    if (isRealIsoDate(event.fromDate) && isRealIsoDate(event.untilDate)) {
      if (event.untilDate < event.fromDate)
        issue('untilDate', 'The last date must be on or after the first date.');
      else if (event.untilDate > format(addDays(parseISO(event.fromDate), 400), 'yyyy-MM-dd'))
        issue('untilDate', 'Repeat an event for at most a school year; add it again for the next year.');
    }
    if (event.repeats === 'weekly' && event.weekdays.length === 0)
      issue('weekdays', 'Choose at least one day of the week.');
    if ((event.repeats === 'fortnightly' || event.repeats === 'monthly') && event.weekdays.length !== 1)
      issue('weekdays', 'Choose one day of the week.');
    if (event.repeats === 'monthly' && event.nth === 0)
      issue('nth', 'Choose which week of the month: first, second, third, fourth or last.');
  });
export type EventInput = z.infer<typeof eventInput>;
export type EventRule = Pick<
  EventInput,
  'repeats' | 'weekdays' | 'nth' | 'fromDate' | 'untilDate' | 'skipHolidays' | 'startTime' | 'endTime'
>;

export interface CalendarEvent extends Omit<EventInput, 'id'> {
  id: string;
}

export const occurrenceKey = z.strictObject({ eventId: id, originalDate: isoDate('date of the event') });

export const changeOccurrenceInput = z.discriminatedUnion(
  'change',
  [
    z.strictObject({ change: z.literal('cancel'), eventId: id, originalDate: isoDate('date of the event') }),
    z.strictObject({ change: z.literal('restore'), eventId: id, originalDate: isoDate('date of the event') }),
    z
      .strictObject({
        change: z.literal('move'),
        eventId: id,
        originalDate: isoDate('date of the event'),
        date: isoDate('new date'),
        startTime: time('start time'),
        endTime: time('end time'),
      })
      .refine((move) => !TIME.test(move.endTime) || move.endTime > move.startTime, {
        path: ['endTime'],
        message: 'The end time must be after the start time.',
      }),
  ],
  { error: 'Choose whether to move, cancel or restore this date.' },
);
export type ChangeOccurrenceInput = z.infer<typeof changeOccurrenceInput>;

export const attendanceInput = z.strictObject({
  eventId: id,
  originalDate: isoDate('date of the event'),
  carerIds: z.array(id).max(500, 'That is more carers than one event can hold.'),
  othersCount: z
    .number({ error: 'Enter how many others came, as a number.' })
    .int('Enter a whole number.')
    .min(0, 'The number of others cannot be below 0.')
    .max(500, 'Enter 500 or fewer.'),
});
export type AttendanceInput = z.infer<typeof attendanceInput>;

export const dateRangeInput = z
  .strictObject({ from: isoDate('first date'), to: isoDate('last date') })
  .refine((range) => range.to >= range.from, {
    path: ['to'],
    message: 'The last date must be on or after the first.',
  })
  .refine(
    (range) =>
      !isRealIsoDate(range.from) || range.to <= format(addDays(parseISO(range.from), 400), 'yyyy-MM-dd'),
    {
      path: ['to'],
      message: 'Choose a range of a year or less.',
    },
  );

export const exportIcsInput = z.strictObject({
  from: isoDate('first date'),
  to: isoDate('last date'),
  title: requiredText('the calendar name', 120),
});

export const findCarersInput = z.strictObject({ query: optionalText('the name', 80) });

export interface CarerHit {
  carerId: string;
  carerName: string;
  familyId: string;
  familyName: string;
}

/** An occurrence's own record: how it was changed from the series, and who came. */
export interface OccurrenceException {
  originalDate: string;
  status: 'moved' | 'cancelled' | null;
  movedDate: string | null;
  movedStart: string | null;
  movedEnd: string | null;
}

export interface Occurrence {
  eventId: string;
  /** The date the series gave it: its key, kept when it is moved. */
  originalDate: string;
  date: string;
  startTime: string;
  endTime: string;
  title: string;
  kind: EventKind;
  location: string;
  description: string;
  status: 'scheduled' | 'moved' | 'cancelled';
  carersCame: number;
  othersCame: number;
}

export interface OccurrenceAttendance {
  carers: CarerHit[];
  othersCount: number;
}

export interface EngagementRow {
  kind: EventKind;
  occurrencesHeld: number;
  attendances: number;
  parentsReached: number;
  firstTime: number;
  repeat: number;
  others: number;
}
export interface Engagement {
  from: string;
  to: string;
  parentsReached: number;
  firstTime: number;
  repeat: number;
  attendances: number;
  others: number;
  byKind: EngagementRow[];
}

export interface FamilyEvent {
  eventId: string;
  originalDate: string;
  date: string;
  title: string;
  kind: EventKind;
  carerNames: string[];
}

export interface IcsFile {
  fileName: string;
  content: string;
}

/**
 * rrule ships an ES module for bundlers (Vite, esbuild) and a UMD bundle for Node, whose named exports
 * Node's ES-module loader cannot see (browser mode's server runs the source under tsx): there the class
 * is on the default export.
 */
const RRule: typeof rrule.RRule =
  rrule.RRule ?? (rrule as unknown as { default: { RRule: typeof rrule.RRule } }).default.RRule;

/** rrule's weekday constants, Monday first like `weekdays`. */
const RRULE_DAYS = [RRule.MO, RRule.TU, RRule.WE, RRule.TH, RRule.FR, RRule.SA, RRule.SU];

/**
 * A calendar date as rrule's "floating" time: midnight UTC standing for the local date. rrule works in UTC
 * internally, so giving it UTC midnights and reading back the UTC date means no time zone can move a date.
 */
function floating(iso: string): Date {
  return new Date(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))));
}

/** The dates a series gives before holidays and one-off changes: rrule expands the rule. */
export function seriesDates(
  rule: Pick<EventRule, 'repeats' | 'weekdays' | 'nth' | 'fromDate' | 'untilDate'>,
): string[] {
  if (rule.repeats === 'none') return [rule.fromDate];
  if (rule.untilDate < rule.fromDate) return [];
  const days = [...new Set(rule.weekdays)].sort().map((day) => RRULE_DAYS[day]!);
  const options: Partial<RRuleOptions> = {
    dtstart: floating(rule.fromDate),
    until: floating(rule.untilDate),
    wkst: RRule.MO,
  };
  if (rule.repeats === 'weekly') Object.assign(options, { freq: RRule.WEEKLY, byweekday: days });
  if (rule.repeats === 'fortnightly')
    Object.assign(options, { freq: RRule.WEEKLY, interval: 2, byweekday: days.slice(0, 1) });
  if (rule.repeats === 'monthly')
    Object.assign(options, {
      freq: RRule.MONTHLY,
      byweekday: days.slice(0, 1).map((day) => day.nth(rule.nth)),
    });
  return new RRule(options).all().map((date) => date.toISOString().slice(0, 10));
}

export interface SchoolDates {
  terms: DateRange[];
  closures: DateRange[];
}

const within = (iso: string, range: { startsOn: string; endsOn: string }) =>
  iso >= range.startsOn && iso <= range.endsOn;

/** A holiday for a term-time event: a closure, or outside every term (once any terms are entered). */
export function isHoliday(iso: string, school: SchoolDates): boolean {
  if (school.closures.some((closure) => within(iso, closure))) return true;
  const year = schoolYearOf(iso);
  const termsThatYear = school.terms.filter((term) => schoolYearOf(term.startsOn) === year);
  return termsThatYear.length > 0 && !termsThatYear.some((term) => within(iso, term));
}

/** The closure a date falls in, for marking it on a calendar. */
export function closureOn(iso: string, school: SchoolDates): DateRange | undefined {
  return school.closures.find((closure) => within(iso, closure));
}

type ExpandableEvent = Pick<
  CalendarEvent,
  'id' | 'title' | 'kind' | 'location' | 'description' | keyof EventRule
>;

/**
 * Every occurrence of an event: the series' dates, less holidays (for a repeating event that skips them; a
 * one-off is on the day the worker chose), with one-off moves and cancellations applied by original date.
 * Cancelled ones are kept, marked, so the worker can see and restore them; callers leave them out of
 * anything parents see. Dates where attendance was recorded stay whatever the series or the holidays now
 * say: they happened, and the term's figures count them.
 */
export function expandEvent(
  event: ExpandableEvent,
  school: SchoolDates,
  exceptions: OccurrenceException[] = [],
  recordedDates: string[] = [],
): Occurrence[] {
  const byDate = new Map(exceptions.map((exception) => [exception.originalDate, exception]));
  const skip = event.repeats !== 'none' && event.skipHolidays;
  const scheduled = seriesDates(event).filter((date) => !skip || !isHoliday(date, school));
  return [...new Set([...scheduled, ...recordedDates])]
    .map((originalDate): Occurrence => {
      const exception = byDate.get(originalDate);
      const moved = exception?.status === 'moved';
      return {
        eventId: event.id,
        originalDate,
        date: moved ? (exception.movedDate ?? originalDate) : originalDate,
        startTime: moved ? (exception.movedStart ?? event.startTime) : event.startTime,
        endTime: moved ? (exception.movedEnd ?? event.endTime) : event.endTime,
        title: event.title,
        kind: event.kind,
        location: event.location,
        description: event.description,
        status: exception?.status === 'cancelled' ? 'cancelled' : moved ? 'moved' : 'scheduled',
        carersCame: 0,
        othersCame: 0,
      };
    })
    .sort(byWhen);
}

export function byWhen(
  a: Pick<Occurrence, 'date' | 'startTime'>,
  b: Pick<Occurrence, 'date' | 'startTime'>,
): number {
  return a.date.localeCompare(b.date) || a.startTime.localeCompare(b.startTime);
}

/** "Every week on Monday and Thursday", "On the first Monday of each month": the rule in plain words. */
export function describeRepeat(
  rule: Pick<EventRule, 'repeats' | 'weekdays' | 'nth' | 'skipHolidays'>,
): string {
  const days = [...new Set(rule.weekdays)].sort().map((day) => weekdayNames[day]);
  const list = days.length > 1 ? `${days.slice(0, -1).join(', ')} and ${days.at(-1)}` : (days[0] ?? '');
  const holidays = rule.skipHolidays ? ', in term time' : '';
  switch (rule.repeats) {
    case 'none':
      return 'Once only';
    case 'weekly':
      return `Every ${list}${holidays}`;
    case 'fortnightly':
      return `Every other ${list}${holidays}`;
    case 'monthly':
      return `On the ${nthNames[rule.nth] ?? ''} ${list} of each month${holidays}`;
  }
}

/**
 * The UTC instant of a UK wall-clock time, for calendar files: phones and Outlook then show it at the right
 * local time either side of a clock change. Found by asking the platform's time zone data what the offset
 * was in London at that moment (tried at both of the day's possible offsets, as DST starts and ends).
 */
export function londonToUtc(date: string, time: string): Date {
  const [year, month, day] = [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
  const [hour, minute] = [Number(time.slice(0, 2)), Number(time.slice(3, 5))];
  const naive = Date.UTC(year, month - 1, day, hour, minute);
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  });
  const londonOf = (instant: number) => {
    const get = (type: string) =>
      Number(parts.formatToParts(instant).find((part) => part.type === type)?.value);
    return Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
  };
  for (const offsetHours of [0, 1]) {
    const candidate = naive - offsetHours * 3_600_000;
    if (londonOf(candidate) === naive) return new Date(candidate);
  }
  // A time the clocks skip (01:30 on the last Sunday of March): the hour after it.
  return new Date(naive);
}
