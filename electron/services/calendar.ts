import { and, asc, eq, gte, inArray, isNull } from 'drizzle-orm';
import { format } from 'date-fns';
import { createEvents, type EventAttributes } from 'ics';
import {
  byWhen,
  eventKindKeys,
  eventKinds,
  expandEvent,
  londonToUtc,
  type AttendanceInput,
  type CalendarEvent,
  type CarerHit,
  type ChangeOccurrenceInput,
  type Engagement,
  type EngagementRow,
  type EventInput,
  type EventKind,
  type FamilyEvent,
  type IcsFile,
  type Occurrence,
  type OccurrenceAttendance,
  type OccurrenceException,
  type Repeats,
  type SchoolDates,
  type SchoolYear,
  type SchoolYearInput,
} from '../../shared/calendar';
import { fail } from '../../shared/errors';
import { foldForSearch } from '../../shared/text';
import {
  calendarEvents,
  carers,
  eventAttendance,
  eventOccurrences,
  families,
  schoolClosures,
  schoolTerms,
} from '../db/schema';
import type { Db, Tx } from '../db/connection';
import { write, type ServiceDeps } from './deps';

export function getSchoolYear(deps: ServiceDeps, schoolYear: string): SchoolYear {
  const terms = deps.db
    .select({ name: schoolTerms.name, startsOn: schoolTerms.startsOn, endsOn: schoolTerms.endsOn })
    .from(schoolTerms)
    .where(eq(schoolTerms.schoolYear, schoolYear))
    .orderBy(asc(schoolTerms.position))
    .all();
  const closures = deps.db
    .select({ name: schoolClosures.name, startsOn: schoolClosures.startsOn, endsOn: schoolClosures.endsOn })
    .from(schoolClosures)
    .where(eq(schoolClosures.schoolYear, schoolYear))
    .orderBy(asc(schoolClosures.position))
    .all();
  return { schoolYear, terms, closures, saved: terms.length > 0 };
}

/** The year's dates are saved as a whole: the screen edits them together, as a school publishes them. */
export function saveSchoolYear(deps: ServiceDeps, input: SchoolYearInput): null {
  const [startYear] = input.schoolYear.split('/').map(Number);
  const first = `${startYear}-08-01`;
  const last = `${startYear! + 1}-08-31`;
  const outside = (list: 'terms' | 'closures') =>
    input[list].findIndex((range) => range.startsOn < first || range.endsOn > last);
  for (const list of ['terms', 'closures'] as const) {
    const index = outside(list);
    if (index >= 0)
      fail('invalid_input', `Some dates are not in the ${input.schoolYear} school year.`, {
        fields: {
          [`${list}.${index}.startsOn`]: `Use dates between 01/08/${startYear} and 31/08/${startYear! + 1}.`,
        },
      });
  }
  const sorted = [...input.terms].sort((a, b) => a.startsOn.localeCompare(b.startsOn));
  sorted.forEach((term, index) => {
    const next = sorted[index + 1];
    if (next && next.startsOn <= term.endsOn)
      fail('invalid_input', 'Two terms overlap.', {
        fields: {
          [`terms.${input.terms.indexOf(next)}.startsOn`]: `This term starts before ${term.name} ends.`,
        },
      });
  });
  return write(deps, (tx, audit) => {
    tx.delete(schoolTerms).where(eq(schoolTerms.schoolYear, input.schoolYear)).run();
    tx.delete(schoolClosures).where(eq(schoolClosures.schoolYear, input.schoolYear)).run();
    sorted.forEach((term, position) =>
      tx
        .insert(schoolTerms)
        .values({ schoolYear: input.schoolYear, position, ...term })
        .run(),
    );
    [...input.closures]
      .sort((a, b) => a.startsOn.localeCompare(b.startsOn))
      .forEach((closure, position) =>
        tx
          .insert(schoolClosures)
          .values({ schoolYear: input.schoolYear, position, ...closure })
          .run(),
      );
    audit('update', 'school_terms', input.schoolYear);
    return null;
  });
}

function schoolDates(db: Db): SchoolDates {
  const pick = { name: schoolTerms.name, startsOn: schoolTerms.startsOn, endsOn: schoolTerms.endsOn };
  return {
    terms: db.select(pick).from(schoolTerms).all(),
    closures: db
      .select({ name: schoolClosures.name, startsOn: schoolClosures.startsOn, endsOn: schoolClosures.endsOn })
      .from(schoolClosures)
      .all(),
  };
}

type EventRow = typeof calendarEvents.$inferSelect;

function toEvent(row: EventRow): CalendarEvent {
  return {
    id: row.id,
    title: row.title,
    kind: row.kind as EventKind,
    location: row.location,
    startTime: row.startTime,
    endTime: row.endTime,
    description: row.description,
    repeats: row.repeats as Repeats,
    weekdays: row.weekdays ? row.weekdays.split(',').map(Number) : [],
    nth: row.nth,
    fromDate: row.fromDate,
    untilDate: row.untilDate,
    skipHolidays: row.skipHolidays,
  };
}

function fields(input: EventInput, at: string) {
  const once = input.repeats === 'none';
  return {
    title: input.title,
    kind: input.kind,
    location: input.location,
    startTime: input.startTime,
    endTime: input.endTime,
    description: input.description,
    repeats: input.repeats,
    weekdays: once ? '' : [...new Set(input.weekdays)].sort().join(','),
    nth: input.repeats === 'monthly' ? input.nth : 0,
    fromDate: input.fromDate,
    untilDate: once ? input.fromDate : input.untilDate,
    skipHolidays: input.skipHolidays,
    updatedAt: at,
  };
}

export function saveEvent(deps: ServiceDeps, input: EventInput): { id: string } {
  return write(deps, (tx, audit, at) => {
    if (input.id) {
      const found = tx
        .select({ id: calendarEvents.id })
        .from(calendarEvents)
        .where(and(eq(calendarEvents.id, input.id), isNull(calendarEvents.deletedAt)))
        .get();
      if (!found) fail('not_found', 'That event is not in the calendar any more.');
      tx.update(calendarEvents).set(fields(input, at)).where(eq(calendarEvents.id, input.id)).run();
      audit('update', 'calendar_events', input.id);
      return { id: input.id };
    }
    const id = deps.newId();
    tx.insert(calendarEvents)
      .values({ id, ...fields(input, at), createdAt: at })
      .run();
    audit('create', 'calendar_events', id);
    return { id };
  });
}

function liveEvent(db: Db | Tx, id: string): EventRow {
  const row = db
    .select()
    .from(calendarEvents)
    .where(and(eq(calendarEvents.id, id), isNull(calendarEvents.deletedAt)))
    .get();
  if (!row) fail('not_found', 'That event is not in the calendar any more.');
  return row;
}

export function getEvent(deps: ServiceDeps, id: string): CalendarEvent {
  return toEvent(liveEvent(deps.db, id));
}

export function listEvents(deps: ServiceDeps): CalendarEvent[] {
  return deps.db
    .select()
    .from(calendarEvents)
    .where(isNull(calendarEvents.deletedAt))
    .orderBy(asc(calendarEvents.fromDate), asc(calendarEvents.startTime))
    .all()
    .map(toEvent);
}

/**
 * An event whose attendance is recorded stays: the term's figures depend on it. The worker ends the series
 * early or cancels its dates instead.
 */
export function deleteEvent(deps: ServiceDeps, id: string): null {
  return write(deps, (tx, audit, at) => {
    liveEvent(tx, id);
    const attended = tx
      .select({ id: eventAttendance.eventId })
      .from(eventAttendance)
      .where(eq(eventAttendance.eventId, id))
      .get();
    const others = tx
      .select({ n: eventOccurrences.othersCount })
      .from(eventOccurrences)
      .where(and(eq(eventOccurrences.eventId, id), gte(eventOccurrences.othersCount, 1)))
      .get();
    if (attended || others)
      fail(
        'invalid_input',
        'Attendance has been recorded for this event, so it stays in the figures. Cancel the dates still to come instead.',
      );
    tx.update(calendarEvents).set({ deletedAt: at, updatedAt: at }).where(eq(calendarEvents.id, id)).run();
    audit('delete', 'calendar_events', id);
    return null;
  });
}

function exceptionsOf(db: Db, eventIds: string[]): Map<string, (typeof eventOccurrences.$inferSelect)[]> {
  const rows = eventIds.length
    ? db.select().from(eventOccurrences).where(inArray(eventOccurrences.eventId, eventIds)).all()
    : [];
  const map = new Map<string, (typeof eventOccurrences.$inferSelect)[]>();
  for (const row of rows) map.set(row.eventId, [...(map.get(row.eventId) ?? []), row]);
  return map;
}

function allOccurrences(db: Db, events: CalendarEvent[]): Occurrence[] {
  const school = schoolDates(db);
  const exceptions = exceptionsOf(
    db,
    events.map((event) => event.id),
  );
  const counts = new Map<string, number>();
  const recordedDates = new Map<string, string[]>();
  if (events.length) {
    const rows = db.$client
      .prepare(
        `SELECT event_id AS eventId, original_date AS originalDate, count(*) AS n FROM event_attendance
          GROUP BY event_id, original_date`,
      )
      .all() as { eventId: string; originalDate: string; n: number }[];
    for (const row of rows) {
      counts.set(`${row.eventId}|${row.originalDate}`, row.n);
      recordedDates.set(row.eventId, [...(recordedDates.get(row.eventId) ?? []), row.originalDate]);
    }
  }
  return events.flatMap((event) => {
    const own = exceptions.get(event.id) ?? [];
    const others = new Map(own.map((row) => [row.originalDate, row.othersCount]));
    const recorded = [
      ...own.filter((row) => row.othersCount > 0).map((row) => row.originalDate),
      ...(recordedDates.get(event.id) ?? []),
    ];
    return expandEvent(event, school, own as OccurrenceException[], recorded).map((occurrence) => ({
      ...occurrence,
      carersCame: counts.get(`${event.id}|${occurrence.originalDate}`) ?? 0,
      othersCame: others.get(occurrence.originalDate) ?? 0,
    }));
  });
}

/** Every occurrence (cancelled ones marked) whose date, as moved, falls in the range. */
export function occurrencesBetween(deps: ServiceDeps, from: string, to: string): Occurrence[] {
  // A moved date can leave its series' span, so events near the range are expanded too.
  const events = deps.db
    .select()
    .from(calendarEvents)
    .where(isNull(calendarEvents.deletedAt))
    .all()
    .map(toEvent);
  return allOccurrences(deps.db, events)
    .filter((occurrence) => occurrence.date >= from && occurrence.date <= to)
    .sort(byWhen);
}

function ensureOccurs(db: Db, eventId: string, originalDate: string): Occurrence {
  const event = toEvent(liveEvent(db, eventId));
  const occurrence = allOccurrences(db, [event]).find((one) => one.originalDate === originalDate);
  if (!occurrence) fail('not_found', `${event.title} does not happen on that date.`);
  return occurrence;
}

function upsertOccurrence(
  tx: Tx,
  eventId: string,
  originalDate: string,
  set: Partial<typeof eventOccurrences.$inferInsert>,
  at: string,
) {
  tx.insert(eventOccurrences)
    .values({ eventId, originalDate, updatedAt: at, ...set })
    .onConflictDoUpdate({
      target: [eventOccurrences.eventId, eventOccurrences.originalDate],
      set: { ...set, updatedAt: at },
    })
    .run();
}

/** Move, cancel or restore one date without touching the rest of the series. */
export function changeOccurrence(deps: ServiceDeps, input: ChangeOccurrenceInput): null {
  ensureOccurs(deps.db, input.eventId, input.originalDate);
  return write(deps, (tx, audit, at) => {
    const set =
      input.change === 'move'
        ? {
            status: 'moved' as const,
            movedDate: input.date,
            movedStart: input.startTime,
            movedEnd: input.endTime,
          }
        : input.change === 'cancel'
          ? { status: 'cancelled' as const, movedDate: null, movedStart: null, movedEnd: null }
          : { status: null, movedDate: null, movedStart: null, movedEnd: null };
    upsertOccurrence(tx, input.eventId, input.originalDate, set, at);
    audit('update', 'event_occurrences', `${input.eventId}:${input.originalDate}`);
    return null;
  });
}

function carerHits(db: Db, carerIds: string[]): CarerHit[] {
  if (!carerIds.length) return [];
  return db
    .select({
      carerId: carers.id,
      carerName: carers.name,
      familyId: families.id,
      familyName: families.familyName,
    })
    .from(carers)
    .innerJoin(families, eq(families.id, carers.familyId))
    .where(inArray(carers.id, carerIds))
    .orderBy(asc(carers.name))
    .all();
}

export function getAttendance(
  deps: ServiceDeps,
  eventId: string,
  originalDate: string,
): OccurrenceAttendance {
  ensureOccurs(deps.db, eventId, originalDate);
  const ids = deps.db
    .select({ carerId: eventAttendance.carerId })
    .from(eventAttendance)
    .where(and(eq(eventAttendance.eventId, eventId), eq(eventAttendance.originalDate, originalDate)))
    .all()
    .map((row) => row.carerId);
  const others = deps.db
    .select({ n: eventOccurrences.othersCount })
    .from(eventOccurrences)
    .where(and(eq(eventOccurrences.eventId, eventId), eq(eventOccurrences.originalDate, originalDate)))
    .get();
  return { carers: carerHits(deps.db, ids), othersCount: others?.n ?? 0 };
}

/** Who came replaces what was recorded before for that date: the worker ticks the whole list each time. */
export function recordAttendance(deps: ServiceDeps, input: AttendanceInput): null {
  const occurrence = ensureOccurs(deps.db, input.eventId, input.originalDate);
  if (occurrence.status === 'cancelled')
    fail('invalid_input', 'This date was cancelled. Restore it before recording who came.');
  const carerIds = [...new Set(input.carerIds)];
  const known = carerHits(deps.db, carerIds);
  if (known.length !== carerIds.length)
    fail('invalid_input', 'Someone on this list is no longer in the vault. Reload and try again.', {
      fields: { carerIds: 'Someone on this list is no longer in the vault.' },
    });
  return write(deps, (tx, audit, at) => {
    tx.delete(eventAttendance)
      .where(
        and(eq(eventAttendance.eventId, input.eventId), eq(eventAttendance.originalDate, input.originalDate)),
      )
      .run();
    for (const carerId of carerIds)
      tx.insert(eventAttendance)
        .values({ eventId: input.eventId, originalDate: input.originalDate, carerId, createdAt: at })
        .run();
    upsertOccurrence(tx, input.eventId, input.originalDate, { othersCount: input.othersCount }, at);
    audit('update', 'event_attendance', `${input.eventId}:${input.originalDate}`);
    return null;
  });
}

/** Carers on the active caseload whose name (or family's name) matches, accents and case aside. */
export function findCarers(deps: ServiceDeps, query: string): CarerHit[] {
  const folded = foldForSearch(query.trim());
  if (!folded) return [];
  const rows = deps.db
    .select({
      carerId: carers.id,
      carerName: carers.name,
      familyId: families.id,
      familyName: families.familyName,
    })
    .from(carers)
    .innerJoin(families, eq(families.id, carers.familyId))
    .where(eq(families.status, 'active'))
    .all();
  return rows
    .filter(
      (row) =>
        foldForSearch(row.carerName).includes(folded) || foldForSearch(row.familyName).includes(folded),
    )
    .sort((a, b) => foldForSearch(a.carerName).localeCompare(foldForSearch(b.carerName)))
    .slice(0, 20);
}

export interface AttendedRow {
  carerId: string;
  eventId: string;
  originalDate: string;
  date: string;
}

/** Every attendance with the date it actually happened (a moved occurrence counts on its new date). */
export function attendedRows(db: Db): AttendedRow[] {
  return db.$client
    .prepare(
      `SELECT a.carer_id AS carerId, a.event_id AS eventId, a.original_date AS originalDate,
              coalesce(CASE WHEN o.status = 'moved' THEN o.moved_date END, a.original_date) AS date
         FROM event_attendance a
         JOIN calendar_events e ON e.id = a.event_id AND e.deleted_at IS NULL
         LEFT JOIN event_occurrences o ON o.event_id = a.event_id AND o.original_date = a.original_date
        WHERE coalesce(o.status, '') != 'cancelled'`,
    )
    .all() as AttendedRow[];
}

/**
 * The termly return's figures: parents reached, those who came for the first time ever, and those who came
 * more than once in the range; each overall and by kind of event, with the others not on the caseload.
 */
export function engagement(deps: ServiceDeps, from: string, to: string): Engagement {
  const all = attendedRows(deps.db);
  const firstEver = new Map<string, string>();
  for (const row of all) {
    const known = firstEver.get(row.carerId);
    if (!known || row.date < known) firstEver.set(row.carerId, row.date);
  }
  const inRange = all.filter((row) => row.date >= from && row.date <= to);
  const events = new Map(listEventsIncludingDeleted(deps.db).map((event) => [event.id, event]));
  // Held: up to today. Dates still to come are not yet chances a parent missed.
  const today = format(deps.now(), 'yyyy-MM-dd');
  const held = occurrencesBetween(deps, from, to).filter(
    (one) => one.status !== 'cancelled' && one.date <= today,
  );

  const summarise = (rows: AttendedRow[], occurrences: Occurrence[]) => {
    const perCarer = new Map<string, number>();
    for (const row of rows) perCarer.set(row.carerId, (perCarer.get(row.carerId) ?? 0) + 1);
    const carersReached = [...perCarer.keys()];
    return {
      parentsReached: carersReached.length,
      firstTime: carersReached.filter((carer) => {
        const first = firstEver.get(carer)!;
        return first >= from && first <= to;
      }).length,
      repeat: [...perCarer.values()].filter((count) => count >= 2).length,
      attendances: rows.length,
      others: occurrences.reduce((sum, one) => sum + one.othersCame, 0),
    };
  };
  const byKind: EngagementRow[] = eventKindKeys
    .map((kind) => {
      const occurrences = held.filter((one) => one.kind === kind);
      const rows = inRange.filter((row) => events.get(row.eventId)?.kind === kind);
      return { kind, occurrencesHeld: occurrences.length, ...summarise(rows, occurrences) };
    })
    .filter((row) => row.occurrencesHeld > 0 || row.attendances > 0);
  return { from, to, ...summarise(inRange, held), byKind };
}

function listEventsIncludingDeleted(db: Db): CalendarEvent[] {
  return db.select().from(calendarEvents).all().map(toEvent);
}

/** The events a family's carers came to, newest first. */
export function familyEvents(deps: ServiceDeps, familyId: string): FamilyEvent[] {
  const familyCarers = deps.db
    .select({ id: carers.id, name: carers.name })
    .from(carers)
    .where(eq(carers.familyId, familyId))
    .all();
  const names = new Map(familyCarers.map((carer) => [carer.id, carer.name]));
  const rows = attendedRows(deps.db).filter((row) => names.has(row.carerId));
  const events = new Map(listEventsIncludingDeleted(deps.db).map((event) => [event.id, event]));
  const grouped = new Map<string, FamilyEvent>();
  for (const row of rows) {
    const event = events.get(row.eventId);
    if (!event) continue;
    const key = `${row.eventId}|${row.originalDate}`;
    const item = grouped.get(key) ?? {
      eventId: row.eventId,
      originalDate: row.originalDate,
      date: row.date,
      title: event.title,
      kind: event.kind,
      carerNames: [],
    };
    item.carerNames.push(names.get(row.carerId)!);
    item.carerNames.sort();
    grouped.set(key, item);
  }
  return [...grouped.values()].sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title));
}

const asArray = (instant: Date): [number, number, number, number, number] => [
  instant.getUTCFullYear(),
  instant.getUTCMonth() + 1,
  instant.getUTCDate(),
  instant.getUTCHours(),
  instant.getUTCMinutes(),
];

/**
 * One VEVENT per occurrence rather than a recurrence rule with exceptions: phones and Outlook disagree on
 * EXDATE and RECURRENCE-ID, but all import single events the same. Times go out in UTC, converted from UK
 * wall-clock time, so they land at the right local time after a clock change. UIDs are stable (event and
 * original date), so importing a newer copy updates an occurrence instead of adding a twin.
 */
export function exportIcs(deps: ServiceDeps, from: string, to: string, title: string): IcsFile {
  const occurrences = occurrencesBetween(deps, from, to).filter((one) => one.status !== 'cancelled');
  if (!occurrences.length) fail('not_found', 'There are no events in those dates to export.');
  const events: EventAttributes[] = occurrences.map((one) => ({
    uid: `${one.eventId}-${one.originalDate}@linkbook`,
    title: one.title,
    description: [eventKinds[one.kind], one.description].filter(Boolean).join('\n\n'),
    location: one.location || undefined,
    start: asArray(londonToUtc(one.date, one.startTime)),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: asArray(londonToUtc(one.date, one.endTime)),
    endInputType: 'utc',
    endOutputType: 'utc',
    categories: [eventKinds[one.kind]],
    productId: 'linkbook/calendar',
  }));
  const { error, value } = createEvents(events, { calName: title, productId: 'linkbook/calendar' });
  if (error || !value) fail('internal', 'The calendar file could not be made.');
  const safe = title.replace(/[^\p{L}\p{N} ()-]+/gu, '').trim() || 'Events';
  return { fileName: `${safe}.ics`, content: value };
}
