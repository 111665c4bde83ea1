import { format } from 'date-fns';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { caseStatuses, caseStatusLabels, type Dashboard } from '../../../../shared/casework';
import { isoToDisplay } from '../../../../shared/dates';
import { Button } from '../../../ui/Button';
import { LoadProblem } from '../../../ui/LoadProblem';
import { PageHeading } from '../../../ui/PageHeading';
import { useToast } from '../../../ui/Toast';
import { PlanDates } from '../../plans/PlanDates';
import { ServicesToCheck } from '../../directory/ServicesToCheck';
import { useAddContact } from '../contacts/useAddContact';
import { useCompleteNextStep, useDashboard } from './queries';
import './today.css';

/** The home screen: what needs doing now, most urgent first, each a step away from its family. */
export function TodayPage() {
  const dashboard = useDashboard();
  const addContact = useAddContact();
  // One "today" for the whole screen, fixed when it opens.
  const [today] = useState(() => new Date());

  return (
    <div className="page">
      <div className="page-header">
        <div>
          <PageHeading>Today</PageHeading>
          <p className="today-date">{format(today, 'EEEE d MMMM yyyy')}</p>
        </div>
        <div className="page-actions">
          <Button
            variant="primary"
            onClick={() => addContact.open()}
            title="Add a contact (Ctrl+Shift+N)"
            aria-keyshortcuts="Control+Shift+N"
          >
            Add a contact
          </Button>
          <Link to="/referrals/new" className="button button--secondary button-link">
            Record a referral
          </Link>
        </div>
      </div>
      {dashboard.isPending ? (
        <p>Loading what needs doing…</p>
      ) : dashboard.isError ? (
        <LoadProblem
          what="what needs doing today"
          error={dashboard.error}
          onRetry={() => void dashboard.refetch()}
        />
      ) : (
        <>
          <ConcernsNotPassed concerns={dashboard.data.concernsNotPassed} />
          <div className="today-grid">
            <div className="today-main">
              <FollowUps followUps={dashboard.data.followUps} today={format(today, 'yyyy-MM-dd')} />
              <PlanDates
                reviews={dashboard.data.planReviews}
                actions={dashboard.data.planActions}
                drafts={dashboard.data.planDrafts}
              />
            </div>
            <div className="today-side">
              <UpcomingEvents events={dashboard.data.upcomingEvents} />
              <CaseCounts counts={dashboard.data.caseCounts} />
              <QuietCases cases={dashboard.data.quietCases} />
              <ServicesToCheck services={dashboard.data.servicesToCheck} />
            </div>
          </div>
        </>
      )}
    </div>
  );
}

/** "YYYY-MM-DDTHH:mm" as lists show it: "Tue 24 Nov 2026, 14:30". */
function whenOf(at: string): string {
  return `${isoToDisplay(at.slice(0, 10))}, ${at.slice(11, 16)}`;
}

function ConcernsNotPassed({ concerns }: { concerns: Dashboard['concernsNotPassed'] }) {
  if (concerns.length === 0) {
    return (
      <section className="today-concerns today-concerns--none" aria-labelledby="today-concerns">
        <h2 id="today-concerns">Concerns not yet passed to the DSL</h2>
        <p>None. Every safeguarding concern recorded has been passed to the DSL.</p>
      </section>
    );
  }
  return (
    <section className="today-concerns" aria-labelledby="today-concerns">
      <h2 id="today-concerns">Concerns not yet passed to the DSL</h2>
      <p>
        Pass {concerns.length === 1 ? 'this concern' : `these ${concerns.length} concerns`} to the DSL today,
        then record when and how on the family’s page.
      </p>
      <ul className="today-list">
        {concerns.map((concern) => (
          <li key={concern.concernId}>
            <Link to={`/families/${concern.familyId}/overview`} className="today-family">
              {concern.familyName}
            </Link>
            <span className="today-detail">Concern recorded {whenOf(concern.occurredAt)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function FollowUps({ followUps, today }: { followUps: Dashboard['followUps']; today: string }) {
  const toast = useToast();
  const complete = useCompleteNextStep();
  const heading = useRef<HTMLHeadingElement>(null);
  const table = useRef<HTMLTableElement>(null);
  // Where the focus goes once a follow-up marked done has left the list: the next one's Done button.
  const focusAfterDone = useRef<number | null>(null);
  const sorted = [...followUps].sort(
    (a, b) => Number(b.overdue) - Number(a.overdue) || a.due.localeCompare(b.due),
  );

  useEffect(() => {
    const index = focusAfterDone.current;
    if (index === null) return;
    focusAfterDone.current = null;
    const buttons = [...(table.current?.querySelectorAll<HTMLButtonElement>('.done-button') ?? [])];
    (buttons[index] ?? buttons[index - 1] ?? heading.current)?.focus();
  }, [followUps]);

  const markDone = (item: Dashboard['followUps'][number], index: number) => {
    if (complete.isPending) return;
    focusAfterDone.current = index;
    complete.mutateAsync({ contactId: item.contactId, familyId: item.familyId }).then(
      () => toast({ text: 'Marked done' }),
      (error: Error) => {
        focusAfterDone.current = null;
        toast({ text: `This was not marked done. ${error.message}` });
      },
    );
  };

  return (
    <section className="card today-section" aria-labelledby="today-follow-ups">
      <h2 id="today-follow-ups" ref={heading} tabIndex={-1}>
        Follow-ups: overdue, today and the next 7 days
      </h2>
      {sorted.length === 0 ? (
        <p className="today-empty">
          Nothing overdue or due in the next 7 days. Next steps you give a contact show here a week before
          they are due.
        </p>
      ) : (
        <table ref={table} className="table follow-ups" aria-labelledby="today-follow-ups">
          <thead>
            <tr>
              <th scope="col" className="col-due">
                Due
              </th>
              <th scope="col">Family</th>
              <th scope="col">Next step</th>
              <th scope="col" className="col-done">
                <span className="visually-hidden">Mark as done</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((item, index) => {
              const marking = complete.isPending && complete.variables?.contactId === item.contactId;
              return (
                <tr key={item.contactId} className={item.overdue ? 'follow-up--overdue' : undefined}>
                  <td className="col-due">
                    <span className="due-date">{isoToDisplay(item.due)}</span>
                    {item.overdue ? (
                      <span className="badge badge--overdue">Overdue</span>
                    ) : item.due === today ? (
                      <span className="badge">Today</span>
                    ) : null}
                  </td>
                  <td>
                    <Link to={`/families/${item.familyId}/chronology`} className="today-family">
                      {item.familyName}
                    </Link>
                  </td>
                  <td className="col-step">{item.nextStep}</td>
                  <td className="col-done">
                    <Button
                      className="done-button"
                      // The visible word, then which follow-up it is, for a screen reader's list of buttons.
                      aria-label={`Done: ${item.nextStep} (${item.familyName})`}
                      aria-disabled={marking || undefined}
                      onClick={() => markDone(item, index)}
                    >
                      {marking ? 'Marking…' : 'Done'}
                    </Button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}

function CaseCounts({ counts }: { counts: Dashboard['caseCounts'] }) {
  return (
    <section className="card today-section" aria-labelledby="today-cases">
      <h2 id="today-cases">Cases by status</h2>
      <dl className="case-counts">
        {caseStatuses.map((status) => (
          <div key={status} className="case-count">
            <dt>{caseStatusLabels[status]}</dt>
            <dd>{counts[status]}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function QuietCases({ cases }: { cases: Dashboard['quietCases'] }) {
  return (
    <section className="card today-section" aria-labelledby="today-quiet">
      <h2 id="today-quiet">Open cases with no contact in 4 weeks</h2>
      {cases.length === 0 ? (
        <p className="today-empty">None. Every open case has had a contact in the last 4 weeks.</p>
      ) : (
        <ul className="today-list">
          {cases.map((item) => (
            <li key={item.caseId}>
              <Link to={`/families/${item.familyId}/overview`} className="today-family">
                {item.familyName}
              </Link>
              <span className="today-detail">
                {item.lastContactOn ? `Last contact ${isoToDisplay(item.lastContactOn)}` : 'No contacts yet'}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function UpcomingEvents({ events }: { events: Dashboard['upcomingEvents'] }) {
  return (
    <section className="card today-section" aria-labelledby="today-events">
      <h2 id="today-events">Events in the next 7 days</h2>
      {events.length === 0 ? (
        <p className="today-empty">
          No parents’ events in the next 7 days. <Link to="/calendar">Open the calendar</Link> to add one.
        </p>
      ) : (
        <ul className="today-list">
          {events.map((event) => (
            <li key={`${event.eventId}-${event.originalDate}`}>
              <Link to={`/calendar?day=${event.date}`} className="today-family">
                {event.title}
              </Link>
              <span className="today-detail">
                {isoToDisplay(event.date)}, {event.startTime}
                {event.location && `, ${event.location}`}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
