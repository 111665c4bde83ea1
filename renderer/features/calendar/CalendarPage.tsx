import * as Tabs from '@radix-ui/react-tabs';
import {
  addDays,
  addMonths,
  endOfMonth,
  endOfWeek,
  format,
  parseISO,
  startOfMonth,
  startOfWeek,
} from 'date-fns';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import {
  closureOn,
  eventKinds,
  schoolYearOf,
  type DateRange,
  type Occurrence,
  type SchoolDates,
} from '../../../shared/calendar';
import { isoToDisplay } from '../../../shared/dates';
import { usePrintShortcut } from '../../app/shortcuts';
import { Button } from '../../ui/Button';
import { LoadProblem } from '../../ui/LoadProblem';
import { PageHeading } from '../../ui/PageHeading';
import { useSettings } from '../settings/queries';
import { currentTermIndex, iso, todayIso, weekLabel, weeksOf } from './dates';
import { EventDialog } from './EventDialog';
import { exportTermIcs } from './exportIcs';
import { OccurrenceDialog } from './OccurrenceDialog';
import { useCalendarEvent, useOccurrences, useSchoolYear } from './queries';
import { useToast } from '../../ui/Toast';
import './calendar.css';

type View = 'month' | 'term';

/**
 * /calendar: the parental-involvement events, as a month grid or the term week by week. The view, month
 * and day are in the URL so Back returns to them.
 */
export function CalendarPage() {
  const [params, setParams] = useSearchParams();
  const view: View = params.get('view') === 'term' ? 'term' : 'month';
  const day = /^\d{4}-\d{2}-\d{2}$/.test(params.get('day') ?? '') ? params.get('day')! : todayIso();
  const schoolYear = schoolYearOf(day);
  const year = useSchoolYear(schoolYear);
  const settings = useSettings();
  const toast = useToast();
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  const [open, setOpen] = useState<Occurrence | null>(null);
  const editedEvent = useCalendarEvent(editing);

  const termIndex = currentTermIndex(year.data, day);
  const term: DateRange | undefined = year.data?.terms[termIndex];
  const termPrintPath = `/calendar/print?year=${encodeURIComponent(schoolYear)}&term=${termIndex}`;
  usePrintShortcut(term ? termPrintPath : null);
  const school: SchoolDates = { terms: year.data?.terms ?? [], closures: year.data?.closures ?? [] };
  const setParam = (changes: Record<string, string>) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      for (const [key, value] of Object.entries(changes)) next.set(key, value);
      return next;
    });

  return (
    <div className="page calendar-page">
      <div className="page-header">
        <PageHeading>Calendar</PageHeading>
        <div className="page-actions">
          <Button variant="primary" onClick={() => setAdding(true)}>
            Add an event
          </Button>
          <Link to="/calendar/terms" className="button button--secondary button-link">
            Terms and holidays
          </Link>
          <Link to="/calendar/engagement" className="button button--secondary button-link">
            Engagement
          </Link>
        </div>
      </div>
      {year.isError ? (
        <LoadProblem what="the school year" error={year.error} onRetry={() => void year.refetch()} />
      ) : year.data && !year.data.saved ? (
        <p className="notice">
          The {schoolYear} terms and holidays are not set yet, so repeating events cannot skip the holidays.{' '}
          <Link to={`/calendar/terms?year=${encodeURIComponent(schoolYear)}`}>
            Set the terms and holidays
          </Link>
          .
        </p>
      ) : null}
      {term && (
        <div className="term-actions">
          <p>
            <strong>{term.name}</strong>: {isoToDisplay(term.startsOn)} to {isoToDisplay(term.endsOn)}
          </p>
          <Link
            to={termPrintPath}
            className="button button--secondary button-link"
            title="Print term calendar (Ctrl+P)"
            aria-keyshortcuts="Control+P"
          >
            Print term calendar
          </Link>
          <Button
            onClick={() =>
              void exportTermIcs(term, settings.data?.schoolName ?? '').then(
                (name) => toast({ text: `${name} saved to your downloads.` }),
                (error: Error) => toast({ text: `The calendar file was not made. ${error.message}` }),
              )
            }
          >
            Export to phone or Outlook (.ics)
          </Button>
        </div>
      )}
      <Tabs.Root value={view} onValueChange={(value) => setParam({ view: value })}>
        <Tabs.List className="tabs" aria-label="Calendar view">
          <Tabs.Trigger value="month" className="tab">
            Month
          </Tabs.Trigger>
          <Tabs.Trigger value="term" className="tab">
            Term
          </Tabs.Trigger>
        </Tabs.List>
        <Tabs.Content value="month" className="tab-panel">
          <MonthView day={day} school={school} onDay={(next) => setParam({ day: next })} onOpen={setOpen} />
        </Tabs.Content>
        <Tabs.Content value="term" className="tab-panel">
          {term ? (
            <TermView term={term} school={school} onOpen={setOpen} />
          ) : (
            <p className="empty">
              No terms are set for {schoolYear}. <Link to="/calendar/terms">Set the terms and holidays</Link>{' '}
              to see the term week by week.
            </p>
          )}
        </Tabs.Content>
      </Tabs.Root>
      {adding && (
        <EventDialog
          firstDate={day < todayIso() ? todayIso() : day}
          lastDate={term?.endsOn ?? iso(addMonths(parseISO(day), 3))}
          school={school}
          onClose={() => setAdding(false)}
        />
      )}
      {editing && editedEvent.data && (
        <EventDialog
          event={editedEvent.data}
          firstDate={editedEvent.data.fromDate}
          lastDate={editedEvent.data.untilDate}
          school={school}
          onClose={() => setEditing(null)}
        />
      )}
      {open && (
        <OccurrenceDialog
          occurrence={open}
          onClose={() => setOpen(null)}
          onEditSeries={(eventId) => {
            setOpen(null);
            setEditing(eventId);
          }}
        />
      )}
    </div>
  );
}

function OccurrenceButton({
  occurrence,
  onOpen,
}: {
  occurrence: Occurrence;
  onOpen: (one: Occurrence) => void;
}) {
  const cancelled = occurrence.status === 'cancelled';
  return (
    <button
      type="button"
      className={`occurrence${cancelled ? ' occurrence--cancelled' : ''}`}
      onClick={() => onOpen(occurrence)}
    >
      <span className="occurrence-time">
        {occurrence.startTime}–{occurrence.endTime}
      </span>{' '}
      <span className="occurrence-title">{occurrence.title}</span>
      <span className="occurrence-meta">
        {eventKinds[occurrence.kind]}
        {occurrence.location && `, ${occurrence.location}`}
        {occurrence.status === 'moved' && `. Moved from ${isoToDisplay(occurrence.originalDate)}`}
        {cancelled && '. Cancelled'}
        {occurrence.carersCame + occurrence.othersCame > 0 &&
          `. ${occurrence.carersCame + occurrence.othersCame} came`}
      </span>
    </button>
  );
}

interface MonthViewProps {
  day: string;
  school: SchoolDates;
  onDay: (day: string) => void;
  onOpen: (one: Occurrence) => void;
}

/**
 * The month as a grid (the ARIA grid pattern): one day has the focus at a time; arrow keys move a day or a
 * week, Home and End go to the week's ends, Page Up and Page Down change the month, Enter shows the day's
 * events below, where Tab reaches them.
 */
function MonthView({ day, school, onDay, onOpen }: MonthViewProps) {
  const month = startOfMonth(parseISO(day));
  const first = startOfWeek(month, { weekStartsOn: 1 });
  const last = endOfWeek(endOfMonth(month), { weekStartsOn: 1 });
  const occurrences = useOccurrences(iso(first), iso(last));
  const grid = useRef<HTMLTableElement>(null);
  const dayHeading = useRef<HTMLHeadingElement>(null);
  const weeks: string[][] = [];
  for (let monday = first; monday <= last; monday = addDays(monday, 7))
    weeks.push(Array.from({ length: 7 }, (_, offset) => iso(addDays(monday, offset))));
  const onDate = (date: string) => (occurrences.data ?? []).filter((one) => one.date === date);

  // Keys pressed faster than the URL updates each start from the day the last one reached.
  const latest = useRef(day);
  const focusPending = useRef(false);
  useEffect(() => {
    if (!focusPending.current) {
      // Moved from elsewhere (a click, Back): the keys carry on from here.
      latest.current = day;
    } else if (day === latest.current) {
      focusPending.current = false;
      grid.current?.querySelector<HTMLElement>(`[data-date="${day}"]`)?.focus();
    }
  }, [day]);
  const move = (next: Date) => {
    latest.current = iso(next);
    focusPending.current = true;
    onDay(iso(next));
  };
  const onKeyDown = (key: KeyboardEvent) => {
    const current = parseISO(latest.current);
    const moves: Record<string, () => Date> = {
      ArrowLeft: () => addDays(current, -1),
      ArrowRight: () => addDays(current, 1),
      ArrowUp: () => addDays(current, -7),
      ArrowDown: () => addDays(current, 7),
      Home: () => startOfWeek(current, { weekStartsOn: 1 }),
      End: () => endOfWeek(current, { weekStartsOn: 1 }),
      PageUp: () => addMonths(current, -1),
      PageDown: () => addMonths(current, 1),
    };
    const to = moves[key.key];
    if (to) {
      key.preventDefault();
      move(to());
    } else if (key.key === 'Enter' || key.key === ' ') {
      key.preventDefault();
      dayHeading.current?.focus();
    }
  };
  const monthName = format(month, 'MMMM yyyy');
  const today = todayIso();

  return (
    <div className="month-view">
      <div className="month-nav">
        <Button
          onClick={() => move(addMonths(parseISO(day), -1))}
          aria-keyshortcuts="PageUp"
          title="Previous month (Page Up)"
        >
          Previous month
        </Button>
        <h2 id="month-name" aria-live="polite">
          {monthName}
        </h2>
        <Button
          onClick={() => move(addMonths(parseISO(day), 1))}
          aria-keyshortcuts="PageDown"
          title="Next month (Page Down)"
        >
          Next month
        </Button>
      </div>
      <p className="muted month-help" id="month-help">
        Arrow keys move between days, Page Up and Page Down change the month, Enter shows the day’s events.
      </p>
      {occurrences.isError && (
        <LoadProblem what="the events" error={occurrences.error} onRetry={() => void occurrences.refetch()} />
      )}
      <table
        role="grid"
        className="month-grid"
        aria-labelledby="month-name"
        aria-describedby="month-help"
        ref={grid}
      >
        <thead>
          <tr>
            {['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].map((name, index) => (
              <th
                key={name}
                scope="col"
                abbr={['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'][index]}
              >
                {name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {/* Keyed by position, not date: changing month then updates the cells in place rather than
              moving them, which would take the focus away mid-keypress. */}
          {weeks.map((week, row) => (
            <tr key={row}>
              {week.map((date, column) => {
                const events = onDate(date).filter((one) => one.status !== 'cancelled');
                const closure = closureOn(date, school);
                const outside = date.slice(0, 7) !== day.slice(0, 7);
                const label = [
                  isoToDisplay(date),
                  closure?.name,
                  events.length === 0
                    ? 'no events'
                    : events.length === 1
                      ? '1 event'
                      : `${events.length} events`,
                ]
                  .filter(Boolean)
                  .join(', ');
                return (
                  <td
                    key={column}
                    data-date={date}
                    role="gridcell"
                    tabIndex={date === day ? 0 : -1}
                    aria-selected={date === day}
                    aria-label={label}
                    aria-current={date === today ? 'date' : undefined}
                    className={[
                      'month-day',
                      outside && 'month-day--outside',
                      closure && 'month-day--closed',
                      date === today && 'month-day--today',
                    ]
                      .filter(Boolean)
                      .join(' ')}
                    onClick={() => onDay(date)}
                    onKeyDown={onKeyDown}
                  >
                    <span className="month-day-number" aria-hidden="true">
                      {Number(date.slice(8, 10))}
                    </span>
                    {closure && (
                      <span className="month-day-closure" aria-hidden="true">
                        {closure.name}
                      </span>
                    )}
                    <ul className="month-day-events" aria-hidden="true">
                      {events.slice(0, 3).map((one) => (
                        <li key={`${one.eventId}-${one.originalDate}`}>
                          {one.startTime} {one.title}
                        </li>
                      ))}
                      {events.length > 3 && <li>and {events.length - 3} more</li>}
                    </ul>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <section className="day-events" aria-labelledby="day-heading">
        <h2 id="day-heading" ref={dayHeading} tabIndex={-1}>
          {isoToDisplay(day)}
          {closureOn(day, school) && `: ${closureOn(day, school)!.name}`}
        </h2>
        {onDate(day).length === 0 ? (
          <p className="muted">No events on this day. Use Add an event to put one here.</p>
        ) : (
          <ul className="occurrence-list">
            {onDate(day).map((one) => (
              <li key={`${one.eventId}-${one.originalDate}`}>
                <OccurrenceButton occurrence={one} onOpen={onOpen} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

/** The term week by week, holidays named where they fall. */
function TermView({
  term,
  school,
  onOpen,
}: {
  term: DateRange;
  school: SchoolDates;
  onOpen: (one: Occurrence) => void;
}) {
  const occurrences = useOccurrences(term.startsOn, term.endsOn);
  if (occurrences.isError)
    return (
      <LoadProblem
        what="the term’s events"
        error={occurrences.error}
        onRetry={() => void occurrences.refetch()}
      />
    );
  if (!occurrences.data) return <p>Loading the term…</p>;
  if (occurrences.data.length === 0)
    return <p className="empty">No events in {term.name} yet. Use Add an event to add the first one.</p>;
  return (
    <div className="term-view">
      <h2>{term.name}</h2>
      {weeksOf(term).map((monday) => {
        const sunday = iso(addDays(parseISO(monday), 6));
        const events = occurrences.data.filter((one) => one.date >= monday && one.date <= sunday);
        const closures = [
          ...new Set(
            Array.from(
              { length: 7 },
              (_, offset) => closureOn(iso(addDays(parseISO(monday), offset)), school)?.name,
            ).filter(Boolean),
          ),
        ];
        return (
          <section key={monday} className="term-week" aria-labelledby={`week-${monday}`}>
            <h3 id={`week-${monday}`}>{weekLabel(monday)}</h3>
            {closures.length > 0 && <p className="term-closure">{closures.join(', ')}: school closed</p>}
            {events.length === 0 ? (
              <p className="muted">No events this week.</p>
            ) : (
              <ul className="occurrence-list">
                {events.map((one) => (
                  <li key={`${one.eventId}-${one.originalDate}`}>
                    <span className="occurrence-day">{isoToDisplay(one.date)}</span>
                    <OccurrenceButton occurrence={one} onOpen={onOpen} />
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}
