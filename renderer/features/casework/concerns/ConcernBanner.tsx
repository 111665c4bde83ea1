import { Link } from 'react-router';
import { dateTimeDisplay } from '../../families/dates';
import { useConcerns } from './queries';

/**
 * Every concern not yet resolved, in red across the family page. It cannot be dismissed: it goes only when
 * the concern is marked resolved.
 */
export function ConcernBanner({ familyId }: { familyId: string }) {
  const concerns = useConcerns(familyId);
  const open = (concerns.data ?? []).filter((concern) => !concern.resolved);
  if (concerns.isError) {
    return (
      <div className="concern-banner" role="alert">
        <p>Linkbook could not check this family&apos;s safeguarding concerns. {concerns.error.message}</p>
      </div>
    );
  }
  if (open.length === 0) return null;
  return (
    <section className="concern-banner" aria-label="Open safeguarding concerns">
      <ul className="plain-list">
        {open.map((concern) => (
          <li key={concern.id}>
            <strong>Open safeguarding concern</strong> — recorded {dateTimeDisplay(concern.occurredAt)}.{' '}
            {concern.passedToDsl ? 'Passed to the DSL.' : 'Not yet passed to the DSL.'}{' '}
            <Link to={`/families/${familyId}/concerns/${concern.id}`}>
              View the concern
              <span className="visually-hidden"> of {dateTimeDisplay(concern.occurredAt)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
