import ICAL from 'ical.js';
import { beforeEach, describe, expect, it } from 'vitest';
import { eventInput, type EventInput } from '../../shared/calendar';
import { ApiFailure } from '../../shared/errors';
import { defaultSchoolYear } from '../../shared/termDates';
import { sampleFamily } from '../../tests/support/sample-family';
import { vaultPerTest } from '../../tests/support/temp-vault';
import type { Session } from '../vault/vault';
import {
  changeOccurrence,
  deleteEvent,
  engagement,
  exportIcs,
  familyEvents,
  findCarers,
  getAttendance,
  getSchoolYear,
  listEvents,
  occurrencesBetween,
  recordAttendance,
  saveEvent,
  saveSchoolYear,
} from './calendar';
import { dashboard } from './dashboard';
import type { ServiceDeps } from './deps';
import { createFamily, getFamily } from './families';
import { updateSettings } from './settings';

let session: Session;
let deps: ServiceDeps;
const vault = vaultPerTest();
beforeEach(async () => {
  session = vault.session;
  deps = { db: session.db, now: () => new Date('2026-11-24T09:00:00Z'), newId: () => crypto.randomUUID() };
  saveSchoolYear(deps, defaultSchoolYear('2026/27'));
});

const AUTUMN = { from: '2026-09-02', to: '2026-12-18' };

function coffeeMorning(change: Partial<EventInput> = {}): EventInput {
  return eventInput.parse({
    title: 'Coffee morning',
    kind: 'coffee_morning',
    location: 'Community room',
    startTime: '09:00',
    endTime: '10:30',
    description: 'Tea, toast and a chat.',
    repeats: 'weekly',
    weekdays: [1],
    nth: 0,
    fromDate: '2026-09-08',
    untilDate: '2026-12-18',
    skipHolidays: true,
    ...change,
  });
}

function failureOf(run: () => unknown) {
  try {
    run();
  } catch (error) {
    if (error instanceof ApiFailure) return error.error;
    throw error;
  }
  throw new Error('It did not fail.');
}

function carersOf(familyId: string) {
  return getFamily(deps, familyId).carers.map((carer) => carer.id!);
}

describe('the calendar service', () => {
  it('saves the school year as a whole and refuses dates from another year or overlapping terms', () => {
    const year = getSchoolYear(deps, '2026/27');
    expect(year.saved).toBe(true);
    expect(year.terms.map((term) => term.name)).toEqual(['Autumn term', 'Spring term', 'Summer term']);
    expect(year.closures).toHaveLength(4);
    expect(getSchoolYear(deps, '2027/28')).toMatchObject({ saved: false, terms: [], closures: [] });

    const wrongYear = failureOf(() =>
      saveSchoolYear(deps, {
        schoolYear: '2027/28',
        terms: [{ name: 'Autumn', startsOn: '2026-09-02', endsOn: '2026-12-18' }],
        closures: [],
      }),
    );
    expect(wrongYear.fields).toEqual({ 'terms.0.startsOn': 'Use dates between 01/08/2027 and 31/08/2028.' });
    const overlap = failureOf(() =>
      saveSchoolYear(deps, {
        schoolYear: '2026/27',
        terms: [
          { name: 'Autumn', startsOn: '2026-09-02', endsOn: '2026-12-18' },
          { name: 'Spring', startsOn: '2026-12-01', endsOn: '2027-03-26' },
        ],
        closures: [],
      }),
    );
    expect(overlap.fields).toEqual({ 'terms.1.startsOn': 'This term starts before Autumn ends.' });
  });

  it('creates, edits and deletes events; a one-off keeps only its day', () => {
    const { id } = saveEvent(deps, coffeeMorning());
    saveEvent(deps, coffeeMorning({ id, title: 'Parents’ coffee morning', weekdays: [1, 3] }));
    const [saved] = listEvents(deps);
    expect(saved).toMatchObject({ id, title: 'Parents’ coffee morning', weekdays: [1, 3] });
    const once = saveEvent(
      deps,
      coffeeMorning({ title: 'First aid course', kind: 'course', repeats: 'none', fromDate: '2026-11-26' }),
    );
    expect(listEvents(deps).find((event) => event.id === once.id)).toMatchObject({
      untilDate: '2026-11-26',
      weekdays: [],
    });
    deleteEvent(deps, once.id);
    expect(listEvents(deps).map((event) => event.id)).toEqual([id]);
    expect(failureOf(() => saveEvent(deps, coffeeMorning({ id: once.id }))).code).toBe('not_found');
  });

  it('expands a term with the half-term skipped, a date moved and one cancelled, and restores it', () => {
    const { id } = saveEvent(deps, coffeeMorning());
    changeOccurrence(deps, {
      change: 'move',
      eventId: id,
      originalDate: '2026-11-10',
      date: '2026-11-12',
      startTime: '13:30',
      endTime: '15:00',
    });
    changeOccurrence(deps, { change: 'cancel', eventId: id, originalDate: '2026-12-15' });
    const term = occurrencesBetween(deps, AUTUMN.from, AUTUMN.to);
    expect(term).toHaveLength(14);
    expect(term.map((one) => one.date)).not.toContain('2026-10-27');
    expect(term.find((one) => one.originalDate === '2026-11-10')).toMatchObject({
      date: '2026-11-12',
      startTime: '13:30',
      status: 'moved',
    });
    expect(term.find((one) => one.originalDate === '2026-12-15')?.status).toBe('cancelled');
    changeOccurrence(deps, { change: 'restore', eventId: id, originalDate: '2026-12-15' });
    expect(occurrencesBetween(deps, '2026-12-15', '2026-12-15')[0]?.status).toBe('scheduled');
    // A date the series never gives is refused.
    expect(
      failureOf(() => changeOccurrence(deps, { change: 'cancel', eventId: id, originalDate: '2026-10-27' }))
        .code,
    ).toBe('not_found');
  });

  it('records who came, finds carers by name, and shows the family the events its carers attended', () => {
    const family = createFamily(deps, sampleFamily());
    const [agnieszka, sean] = carersOf(family.id);
    expect(findCarers(deps, 'dabrowska').map((hit) => hit.carerName)).toEqual(['Agnieszka Dąbrowska']);
    expect(findCarers(deps, 'DĄBROWSKI').map((hit) => hit.carerName)).toEqual([
      'Agnieszka Dąbrowska',
      "Seán O'Neill",
    ]);
    const { id } = saveEvent(deps, coffeeMorning());
    recordAttendance(deps, {
      eventId: id,
      originalDate: '2026-11-17',
      carerIds: [agnieszka!, sean!],
      othersCount: 3,
    });
    recordAttendance(deps, {
      eventId: id,
      originalDate: '2026-11-17',
      carerIds: [agnieszka!],
      othersCount: 3,
    });
    expect(getAttendance(deps, id, '2026-11-17')).toEqual({
      carers: [
        {
          carerId: agnieszka,
          carerName: 'Agnieszka Dąbrowska',
          familyId: family.id,
          familyName: 'Dąbrowski family',
        },
      ],
      othersCount: 3,
    });
    expect(familyEvents(deps, family.id)).toEqual([
      {
        eventId: id,
        originalDate: '2026-11-17',
        date: '2026-11-17',
        title: 'Coffee morning',
        kind: 'coffee_morning',
        carerNames: ['Agnieszka Dąbrowska'],
      },
    ]);
    const occurrence = occurrencesBetween(deps, '2026-11-17', '2026-11-17')[0];
    expect(occurrence).toMatchObject({ carersCame: 1, othersCame: 3 });
    // Attendance keeps the event in the figures: it cannot be deleted.
    expect(failureOf(() => deleteEvent(deps, id)).code).toBe('invalid_input');
    changeOccurrence(deps, { change: 'cancel', eventId: id, originalDate: '2026-11-24' });
    expect(
      failureOf(() =>
        recordAttendance(deps, { eventId: id, originalDate: '2026-11-24', carerIds: [], othersCount: 1 }),
      ).message,
    ).toBe('This date was cancelled. Restore it before recording who came.');
    expect(
      failureOf(() =>
        recordAttendance(deps, {
          eventId: id,
          originalDate: '2026-11-17',
          carerIds: ['00000000-0000-4000-8000-000000000009'],
          othersCount: 0,
        }),
      ).fields,
    ).toEqual({ carerIds: 'Someone on this list is no longer in the vault.' });
  });

  it('keeps the dates where attendance was recorded when the series or the holidays change', () => {
    const family = createFamily(deps, sampleFamily());
    const [agnieszka] = carersOf(family.id);
    const { id } = saveEvent(deps, coffeeMorning());
    recordAttendance(deps, {
      eventId: id,
      originalDate: '2026-11-17',
      carerIds: [agnieszka!],
      othersCount: 0,
    });
    recordAttendance(deps, { eventId: id, originalDate: '2026-11-10', carerIds: [], othersCount: 2 });
    const before = engagement(deps, AUTUMN.from, AUTUMN.to);

    // The coffee morning moves to Thursdays: the Tuesdays that happened stay, the rest follow the rule.
    saveEvent(deps, coffeeMorning({ id, weekdays: [3] }));
    const november = occurrencesBetween(deps, '2026-11-09', '2026-11-22');
    expect(november.map((one) => [one.date, one.carersCame, one.othersCame])).toEqual([
      ['2026-11-10', 0, 2],
      ['2026-11-12', 0, 0],
      ['2026-11-17', 1, 0],
      ['2026-11-19', 0, 0],
    ]);
    // A closure entered later over a date that happened does not take it off the calendar either.
    const year = defaultSchoolYear('2026/27');
    saveSchoolYear(deps, {
      ...year,
      closures: [...year.closures, { name: 'INSET days', startsOn: '2026-11-16', endsOn: '2026-11-20' }],
    });
    expect(occurrencesBetween(deps, '2026-11-16', '2026-11-20').map((one) => one.date)).toEqual([
      '2026-11-17',
    ]);
    expect(engagement(deps, AUTUMN.from, AUTUMN.to)).toMatchObject({
      parentsReached: before.parentsReached,
      others: before.others,
    });
    // Its attendance can still be corrected.
    recordAttendance(deps, { eventId: id, originalDate: '2026-11-17', carerIds: [], othersCount: 1 });
    expect(occurrencesBetween(deps, '2026-11-17', '2026-11-17')[0]).toMatchObject({
      carersCame: 0,
      othersCame: 1,
    });
  });

  it('counts parents reached, first-time and repeat attendees, per kind of event', () => {
    const one = createFamily(deps, sampleFamily());
    const two = createFamily(
      deps,
      sampleFamily({
        familyName: 'Ó Briain family',
        carers: [{ ...sampleFamily().carers[0]!, name: 'Siobhán Ó Briain' }],
      }),
    );
    const [agnieszka, sean] = carersOf(one.id);
    const [siobhan] = carersOf(two.id);
    const coffee = saveEvent(deps, coffeeMorning({ fromDate: '2026-06-02', untilDate: '2026-12-18' })).id;
    const craft = saveEvent(
      deps,
      coffeeMorning({ title: 'Craft club', kind: 'craft_club', weekdays: [3], fromDate: '2026-09-03' }),
    ).id;
    // Agnieszka first came last summer term: a repeat this term, but not a first-timer.
    recordAttendance(deps, {
      eventId: coffee,
      originalDate: '2026-06-09',
      carerIds: [agnieszka!],
      othersCount: 0,
    });
    recordAttendance(deps, {
      eventId: coffee,
      originalDate: '2026-09-08',
      carerIds: [agnieszka!, siobhan!],
      othersCount: 2,
    });
    recordAttendance(deps, {
      eventId: coffee,
      originalDate: '2026-09-15',
      carerIds: [agnieszka!],
      othersCount: 1,
    });
    recordAttendance(deps, {
      eventId: craft,
      originalDate: '2026-09-10',
      carerIds: [sean!, siobhan!],
      othersCount: 4,
    });
    // A moved date counts on the day it happened: this one moved out of the autumn term entirely.
    recordAttendance(deps, { eventId: craft, originalDate: '2026-12-17', carerIds: [sean!], othersCount: 0 });
    changeOccurrence(deps, {
      change: 'move',
      eventId: craft,
      originalDate: '2026-12-17',
      date: '2026-12-21',
      startTime: '10:00',
      endTime: '11:00',
    });

    const autumn = engagement(deps, AUTUMN.from, AUTUMN.to);
    expect(autumn).toMatchObject({ parentsReached: 3, firstTime: 2, repeat: 2, attendances: 5, others: 7 });
    expect(autumn.byKind).toEqual([
      {
        kind: 'coffee_morning',
        occurrencesHeld: 11,
        attendances: 3,
        parentsReached: 2,
        firstTime: 1,
        repeat: 1,
        others: 3,
      },
      {
        kind: 'craft_club',
        occurrencesHeld: 11,
        attendances: 2,
        parentsReached: 2,
        firstTime: 2,
        repeat: 0,
        others: 4,
      },
    ]);
    expect(engagement(deps, '2026-04-12', '2026-07-21')).toMatchObject({
      parentsReached: 1,
      firstTime: 1,
      repeat: 0,
    });
  });

  it('exports one event per held occurrence as iCalendar, in UTC from UK time, that a calendar reads back', () => {
    const { id } = saveEvent(deps, coffeeMorning());
    changeOccurrence(deps, {
      change: 'move',
      eventId: id,
      originalDate: '2026-11-10',
      date: '2026-11-12',
      startTime: '13:30',
      endTime: '15:00',
    });
    changeOccurrence(deps, { change: 'cancel', eventId: id, originalDate: '2026-12-15' });
    updateSettings(deps, { schoolName: 'Craigton Primary School' });
    const file = exportIcs(deps, AUTUMN.from, AUTUMN.to, 'Autumn term events for parents');
    expect(file.fileName).toBe('Autumn term events for parents.ics');
    const calendar = new ICAL.Component(ICAL.parse(file.content));
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Autumn term events for parents');
    const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
    expect(events).toHaveLength(13);
    const starts = events.map((event) => event.startDate.toJSDate().toISOString());
    // 09:00 BST before the clocks go back, 09:00 GMT after.
    expect(starts[0]).toBe('2026-09-08T08:00:00.000Z');
    expect(starts).toContain('2026-11-03T09:00:00.000Z');
    expect(starts).toContain('2026-11-12T13:30:00.000Z');
    expect(starts).not.toContain('2026-11-10T09:00:00.000Z');
    expect(starts).not.toContain('2026-12-15T09:00:00.000Z');
    expect(new Set(events.map((event) => event.uid)).size).toBe(13);
    expect(events[0]!.summary).toBe('Coffee morning');
    expect(events[0]!.location).toBe('Community room');
    expect(failureOf(() => exportIcs(deps, '2027-08-01', '2027-08-31', 'Summer')).code).toBe('not_found');
  });

  it('puts the events of the coming week on the dashboard', () => {
    saveEvent(deps, coffeeMorning());
    saveEvent(
      deps,
      coffeeMorning({
        title: 'Homework club',
        kind: 'homework_club',
        weekdays: [3],
        startTime: '15:15',
        endTime: '16:15',
      }),
    );
    expect(dashboard(deps).upcomingEvents.map((one) => [one.date, one.title])).toEqual([
      ['2026-11-24', 'Coffee morning'],
      ['2026-11-26', 'Homework club'],
      // Seven days ahead: next Tuesday's is there, so it can be planned for.
      ['2026-12-01', 'Coffee morning'],
    ]);
  });
});
