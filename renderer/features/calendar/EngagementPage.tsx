import { useState } from 'react';
import { Link } from 'react-router';
import { eventKinds } from '../../../shared/calendar';
import { isoToDisplay } from '../../../shared/dates';
import { LoadProblem } from '../../ui/LoadProblem';
import { PageHeading } from '../../ui/PageHeading';
import { SelectField } from '../../ui/SelectField';
import { currentSchoolYear, currentTermIndex } from './dates';
import { useEngagement, useSchoolYear } from './queries';
import './calendar.css';

/** /calendar/engagement: the termly return's parental-involvement figures. */
export function EngagementPage() {
  const year = useSchoolYear(currentSchoolYear());
  const [chosen, setChosen] = useState<number | null>(null);
  const index = chosen ?? currentTermIndex(year.data);
  const term = year.data?.terms[index];
  const figures = useEngagement(term?.startsOn ?? '', term?.endsOn ?? '', term !== undefined);

  return (
    <div className="page">
      <p>
        <Link to="/calendar">Back to the calendar</Link>
      </p>
      <PageHeading>Parents engaged</PageHeading>
      {year.isError ? (
        <LoadProblem what="the school year" error={year.error} onRetry={() => void year.refetch()} />
      ) : !year.data ? (
        <p>Loading…</p>
      ) : !term ? (
        <p className="empty">
          Figures are counted by term. <Link to="/calendar/terms">Set the terms and holidays</Link> first.
        </p>
      ) : (
        <>
          <SelectField
            name="term"
            label="Term"
            options={year.data.terms.map((one) => one.name)}
            value={term.name}
            onChange={(change) =>
              setChosen(year.data.terms.findIndex((one) => one.name === change.target.value))
            }
          />
          <p className="muted">
            {isoToDisplay(term.startsOn)} to {isoToDisplay(term.endsOn)}. First-time means their first event
            ever was this term; repeat means they came to two or more dates this term.
          </p>
          {figures.isError ? (
            <LoadProblem what="the figures" error={figures.error} onRetry={() => void figures.refetch()} />
          ) : !figures.data ? (
            <p>Counting…</p>
          ) : (
            <>
              <dl className="engagement-totals">
                <div>
                  <dt>Parents and carers reached</dt>
                  <dd>{figures.data.parentsReached}</dd>
                </div>
                <div>
                  <dt>First-time attendees</dt>
                  <dd>{figures.data.firstTime}</dd>
                </div>
                <div>
                  <dt>Repeat attendees</dt>
                  <dd>{figures.data.repeat}</dd>
                </div>
                <div>
                  <dt>Others not on the caseload</dt>
                  <dd>{figures.data.others}</dd>
                </div>
              </dl>
              {figures.data.byKind.length === 0 ? (
                <p className="empty">No events held this term yet.</p>
              ) : (
                <table className="table engagement-table">
                  <caption>By kind of event</caption>
                  <thead>
                    <tr>
                      <th scope="col">Kind of event</th>
                      <th scope="col">Dates held so far</th>
                      <th scope="col">Parents reached</th>
                      <th scope="col">First-time</th>
                      <th scope="col">Repeat</th>
                      <th scope="col">Others</th>
                    </tr>
                  </thead>
                  <tbody>
                    {figures.data.byKind.map((row) => (
                      <tr key={row.kind}>
                        <th scope="row">{eventKinds[row.kind]}</th>
                        <td>{row.occurrencesHeld}</td>
                        <td>{row.parentsReached}</td>
                        <td>{row.firstTime}</td>
                        <td>{row.repeat}</td>
                        <td>{row.others}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </>
          )}
        </>
      )}
    </div>
  );
}
