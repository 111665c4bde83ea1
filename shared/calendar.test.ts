import { describe, expect, it } from 'vitest';
import {
  describeRepeat,
  eventInput,
  expandEvent,
  isHoliday,
  londonToUtc,
  schoolYearOf,
  seriesDates,
  type CalendarEvent,
  type OccurrenceException,
} from './calendar';
import { defaultSchoolYear } from './termDates';

const school = defaultSchoolYear('2026/27')!;

function event(rule: Partial<CalendarEvent>): CalendarEvent {
  return {
    id: '00000000-0000-4000-8000-000000000001',
    title: 'Coffee morning',
    kind: 'coffee_morning',
    location: 'Community room',
    description: '',
    startTime: '09:00',
    endTime: '10:30',
    repeats: 'weekly',
    weekdays: [1],
    nth: 0,
    fromDate: '2026-09-08',
    untilDate: '2026-12-18',
    skipHolidays: true,
    ...rule,
  };
}

const exception = (originalDate: string, change: Partial<OccurrenceException>): OccurrenceException => ({
  originalDate,
  status: null,
  movedDate: null,
  movedStart: null,
  movedEnd: null,
  ...change,
});

describe('recurrence', () => {
  it('repeats weekly across the autumn term and skips the half-term week', () => {
    const dates = expandEvent(event({}), school).map((one) => one.date);
    expect(dates).toEqual([
      '2026-09-08',
      '2026-09-15',
      '2026-09-22',
      '2026-09-29',
      '2026-10-06',
      '2026-10-13',
      '2026-10-20',
      '2026-11-03',
      '2026-11-10',
      '2026-11-17',
      '2026-11-24',
      '2026-12-01',
      '2026-12-08',
      '2026-12-15',
    ]);
    expect(dates).not.toContain('2026-10-27');
    // Without skipping, the half-term Tuesday is there.
    expect(expandEvent(event({ skipHolidays: false }), school).map((one) => one.date)).toContain(
      '2026-10-27',
    );
  });

  it('repeats on several weekdays', () => {
    const dates = seriesDates(event({ weekdays: [3, 0], fromDate: '2026-09-07', untilDate: '2026-09-17' }));
    expect(dates).toEqual(['2026-09-07', '2026-09-10', '2026-09-14', '2026-09-17']);
  });

  it('repeats fortnightly, the half-term date left out rather than shifting the rest', () => {
    const dates = expandEvent(
      event({ repeats: 'fortnightly', weekdays: [3], fromDate: '2026-09-03', untilDate: '2026-12-18' }),
      school,
    ).map((one) => one.date);
    expect(dates).toEqual([
      '2026-09-03',
      '2026-09-17',
      '2026-10-01',
      '2026-10-15',
      '2026-11-12',
      '2026-11-26',
      '2026-12-10',
    ]);
  });

  it('repeats on the first Monday of each month, in term time only', () => {
    const dates = expandEvent(
      event({ repeats: 'monthly', weekdays: [0], nth: 1, fromDate: '2026-09-01', untilDate: '2027-07-21' }),
      school,
    ).map((one) => one.date);
    // 04/01 is before the spring term, 05/04 in the Easter holiday, 03/05 the bank holiday.
    expect(dates).toEqual([
      '2026-09-07',
      '2026-10-05',
      '2026-11-02',
      '2026-12-07',
      '2027-02-01',
      '2027-03-01',
      '2027-06-07',
      '2027-07-05',
    ]);
    expect(
      seriesDates(
        event({
          repeats: 'monthly',
          weekdays: [4],
          nth: -1,
          fromDate: '2026-09-01',
          untilDate: '2026-11-30',
        }),
      ),
    ).toEqual(['2026-09-25', '2026-10-30', '2026-11-27']);
  });

  it('moves and cancels single dates without touching the series', () => {
    const occurrences = expandEvent(event({}), school, [
      exception('2026-11-10', {
        status: 'moved',
        movedDate: '2026-11-12',
        movedStart: '13:30',
        movedEnd: '15:00',
      }),
      exception('2026-12-15', { status: 'cancelled' }),
      // Attendance-only records change nothing.
      exception('2026-09-08', {}),
    ]);
    expect(occurrences).toHaveLength(14);
    const moved = occurrences.find((one) => one.originalDate === '2026-11-10')!;
    expect(moved).toMatchObject({
      date: '2026-11-12',
      startTime: '13:30',
      endTime: '15:00',
      status: 'moved',
    });
    expect(occurrences.find((one) => one.originalDate === '2026-12-15')?.status).toBe('cancelled');
    expect(occurrences.find((one) => one.originalDate === '2026-11-17')).toMatchObject({
      date: '2026-11-17',
      startTime: '09:00',
      status: 'scheduled',
    });
    expect(occurrences.find((one) => one.originalDate === '2026-09-08')?.status).toBe('scheduled');
  });

  it('keeps dates and wall-clock times across the October clock change, and converts them to UTC correctly', () => {
    const occurrences = expandEvent(
      event({ weekdays: [0], fromDate: '2026-10-19', untilDate: '2026-11-09', skipHolidays: false }),
      school,
    );
    expect(occurrences.map((one) => [one.date, one.startTime])).toEqual([
      ['2026-10-19', '09:00'],
      ['2026-10-26', '09:00'],
      ['2026-11-02', '09:00'],
      ['2026-11-09', '09:00'],
    ]);
    // British Summer Time until 25/10/2026, then GMT.
    expect(londonToUtc('2026-10-19', '09:00').toISOString()).toBe('2026-10-19T08:00:00.000Z');
    expect(londonToUtc('2026-10-24', '23:30').toISOString()).toBe('2026-10-24T22:30:00.000Z');
    expect(londonToUtc('2026-10-26', '09:00').toISOString()).toBe('2026-10-26T09:00:00.000Z');
    expect(londonToUtc('2027-03-29', '09:00').toISOString()).toBe('2027-03-29T08:00:00.000Z');
  });

  it('puts a one-off event on its day even in a holiday, and says each rule in plain words', () => {
    const holidayClub = event({
      repeats: 'none',
      kind: 'holiday_club',
      fromDate: '2026-10-28',
      untilDate: '2026-10-28',
    });
    expect(expandEvent(holidayClub, school).map((one) => one.date)).toEqual(['2026-10-28']);
    expect(describeRepeat(event({ weekdays: [0, 3] }))).toBe('Every Monday and Thursday, in term time');
    expect(describeRepeat(event({ repeats: 'fortnightly', weekdays: [2], skipHolidays: false }))).toBe(
      'Every other Wednesday',
    );
    expect(describeRepeat(event({ repeats: 'monthly', weekdays: [0], nth: 1 }))).toBe(
      'On the first Monday of each month, in term time',
    );
  });

  it('knows holidays and school years', () => {
    expect(isHoliday('2026-10-28', school)).toBe(true);
    expect(isHoliday('2026-12-24', school)).toBe(true);
    expect(isHoliday('2026-11-24', school)).toBe(false);
    expect(schoolYearOf('2026-09-01')).toBe('2026/27');
    expect(schoolYearOf('2027-08-31')).toBe('2026/27');
  });

  it('validates an event in plain words', () => {
    const input = { ...event({}), id: undefined };
    expect(eventInput.safeParse(input).success).toBe(true);
    const problems = (change: object) =>
      eventInput.safeParse({ ...input, ...change }).error?.issues.map((issue) => issue.message);
    expect(problems({ endTime: '08:00' })).toEqual(['The end time must be after the start time.']);
    expect(problems({ weekdays: [] })).toEqual(['Choose at least one day of the week.']);
    expect(problems({ repeats: 'fortnightly', weekdays: [1, 2] })).toEqual(['Choose one day of the week.']);
    expect(problems({ untilDate: '2026-09-01' })).toEqual([
      'The last date must be on or after the first date.',
    ]);
    expect(problems({ startTime: '9am' })).toEqual(['Enter the start time as HH:MM, for example 09:15.']);
  });
});
