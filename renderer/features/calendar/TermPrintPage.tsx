import { addDays, parseISO } from 'date-fns';
import { Link, useSearchParams } from 'react-router';
import {
  closureOn,
  SCHOOL_YEAR,
  type DateRange,
  type Occurrence,
  type SchoolDates,
} from '../../../shared/calendar';
import { isoToDisplay } from '../../../shared/dates';
import { LoadProblem } from '../../ui/LoadProblem';
import { PageHeading } from '../../ui/PageHeading';
import { PrintToolbar } from '../../ui/PrintToolbar';
import { useSettings } from '../settings/queries';
import { SchoolLogo } from '../settings/SchoolLogo';
import { currentSchoolYear, currentTermIndex, iso, longDay, todayIso, weekLabel, weeksOf } from './dates';
import { useOccurrences, useSchoolYear } from './queries';
import '../../ui/printSheet.css';
import './print.css';

/**
 * /calendar/print: the term's events as a sheet to send home, in plain words. No personal data is on it,
 * so unlike the chronology it is not marked Confidential.
 */
export function TermPrintPage() {
  const [params] = useSearchParams();
  const schoolYear = SCHOOL_YEAR.test(params.get('year') ?? '') ? params.get('year')! : currentSchoolYear();
  const year = useSchoolYear(schoolYear);
  const settings = useSettings();
  const index = params.has('term') ? Number(params.get('term')) : currentTermIndex(year.data);
  const term = year.data?.terms[index];
  const occurrences = useOccurrences(term?.startsOn ?? '', term?.endsOn ?? '', term !== undefined);
  const problem = year.error ?? settings.error ?? occurrences.error;

  return (
    <div className="print-view term-print">
      <PrintToolbar>
        <Link to="/calendar?view=term">Back to the calendar</Link>
      </PrintToolbar>
      {problem ? (
        <div className="print-sheet">
          <PageHeading>Term calendar not shown</PageHeading>
          <LoadProblem
            what="the term calendar"
            error={problem}
            onRetry={() => void Promise.all([year.refetch(), settings.refetch(), occurrences.refetch()])}
          />
        </div>
      ) : year.data && !term ? (
        <div className="print-sheet">
          <PageHeading>No term to print</PageHeading>
          <p>
            Set the terms for {schoolYear} first: <Link to="/calendar/terms">Terms and holidays</Link>.
          </p>
        </div>
      ) : term && settings.data && occurrences.data ? (
        <TermSheet
          term={term}
          schoolName={settings.data.schoolName}
          school={{ terms: year.data?.terms ?? [], closures: year.data?.closures ?? [] }}
          occurrences={occurrences.data.filter((one) => one.status !== 'cancelled')}
        />
      ) : (
        <div className="print-sheet">
          <PageHeading>Term calendar</PageHeading>
          <p>Loading the term…</p>
        </div>
      )}
    </div>
  );
}

interface TermSheetProps {
  term: DateRange;
  schoolName: string;
  school: SchoolDates;
  occurrences: Occurrence[];
}

function TermSheet({ term, schoolName, school, occurrences }: TermSheetProps) {
  // Each event described once, at the end, rather than under every date.
  const described = [
    ...new Map(occurrences.filter((one) => one.description).map((one) => [one.eventId, one])).values(),
  ];
  return (
    <article className="print-sheet term-sheet" aria-labelledby="print-title">
      <header className="term-sheet-header">
        <p className="term-sheet-school">
          <SchoolLogo className="term-sheet-logo" />
          {schoolName || 'Our school'}
        </p>
        <PageHeading>
          <span id="print-title">What’s on for parents and carers: {term.name}</span>
        </PageHeading>
        <p>
          {longDay(term.startsOn)} {term.startsOn.slice(0, 4)} to {longDay(term.endsOn)}{' '}
          {term.endsOn.slice(0, 4)}. Everyone is welcome. You do not need to book unless it says so below. Ask
          at the school office if you have any questions.
        </p>
      </header>
      {occurrences.length === 0 ? (
        <p>There are no events this term yet.</p>
      ) : (
        weeksOf(term).map((monday) => {
          const sunday = iso(addDays(parseISO(monday), 6));
          const events = occurrences.filter((one) => one.date >= monday && one.date <= sunday);
          const closures = [
            ...new Set(
              Array.from(
                { length: 5 },
                (_, offset) => closureOn(iso(addDays(parseISO(monday), offset)), school)?.name,
              ).filter(Boolean),
            ),
          ];
          if (events.length === 0 && closures.length === 0) return null;
          return (
            <section key={monday} className="term-sheet-week" aria-labelledby={`print-week-${monday}`}>
              <h2 id={`print-week-${monday}`}>{weekLabel(monday)}</h2>
              {closures.length > 0 && (
                <p className="term-sheet-closed">{closures.join(', ')}: school closed</p>
              )}
              {events.length > 0 && (
                <ul>
                  {events.map((one) => (
                    <li key={`${one.eventId}-${one.originalDate}`}>
                      <span className="term-sheet-when">
                        {longDay(one.date)}, {one.startTime} to {one.endTime}
                      </span>{' '}
                      {/* The space keeps the time and the title apart as text (copied, read aloud, searched),
                          not only on paper where the layout separates them. */}
                      <span className="term-sheet-what">
                        <strong>{one.title}</strong>
                        {one.location && `, ${one.location}`}
                        {one.status === 'moved' && ' (new date)'}
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </section>
          );
        })
      )}
      {described.length > 0 && (
        <section className="term-sheet-about" aria-labelledby="print-about">
          <h2 id="print-about">About the events</h2>
          <dl>
            {described.map((one) => (
              <div key={one.eventId}>
                <dt>{one.title}</dt>
                <dd>{one.description}</dd>
              </div>
            ))}
          </dl>
        </section>
      )}
      <p className="term-sheet-footer">
        {schoolName ? `${schoolName}. ` : ''}Printed {isoToDisplay(todayIso())}. Dates can change: we will
        tell you if they do.
      </p>
    </article>
  );
}
