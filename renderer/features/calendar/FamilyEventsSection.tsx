import { Link } from 'react-router';
import { eventKinds } from '../../../shared/calendar';
import { isoToDisplay } from '../../../shared/dates';
import { LoadProblem } from '../../ui/LoadProblem';
import { useFamilyEvents } from './queries';

/** On the family's Overview: the parental-involvement events its carers came to. */
export function FamilyEventsSection({ familyId }: { familyId: string }) {
  const events = useFamilyEvents(familyId);
  return (
    <section aria-labelledby="overview-events">
      <h2 id="overview-events">Events attended</h2>
      {events.isError ? (
        <LoadProblem what="the events attended" error={events.error} onRetry={() => void events.refetch()} />
      ) : !events.data ? (
        <p>Loading…</p>
      ) : events.data.length === 0 ? (
        <p className="muted">
          No events yet. Record who came from the date in the <Link to="/calendar">Calendar</Link>.
        </p>
      ) : (
        <ul className="family-events">
          {events.data.map((event) => (
            <li key={`${event.eventId}-${event.originalDate}`}>
              <strong>{isoToDisplay(event.date)}</strong> {event.title}{' '}
              <span className="muted">
                ({eventKinds[event.kind]}): {event.carerNames.join(' and ')}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
