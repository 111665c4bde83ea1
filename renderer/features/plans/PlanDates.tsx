import { Link } from 'react-router';
import type { Dashboard } from '../../../shared/casework';
import { isoToDisplay } from '../../../shared/dates';

function DueBadge({ overdue }: { overdue: boolean }) {
  return overdue ? <span className="badge badge--overdue">Overdue</span> : null;
}

/** The Today dashboard's view of agreed plans: reviews due and actions due this week, or overdue. */
export function PlanDates({
  reviews,
  actions,
}: {
  reviews: Dashboard['planReviews'];
  actions: Dashboard['planActions'];
}) {
  const planLink = (item: { familyId: string; planId: string }) =>
    `/families/${item.familyId}/plans/${item.planId}`;
  return (
    <section className="card today-section" aria-labelledby="today-plans">
      <h2 id="today-plans">Plan reviews and actions due</h2>
      {reviews.length === 0 && actions.length === 0 ? (
        <p className="today-empty">
          No plan reviews or actions due this week. Dates from agreed plans show here in the week they are
          due.
        </p>
      ) : (
        <ul className="today-list">
          {reviews.map((item) => (
            <li key={`review-${item.planId}`}>
              <Link to={planLink(item)} className="today-family">
                Plan review due: {item.familyName} ({item.childNames})
              </Link>
              <span className="today-detail">
                {isoToDisplay(item.due)} <DueBadge overdue={item.overdue} />
              </span>
            </li>
          ))}
          {actions.map((item) => (
            <li key={item.actionId}>
              <Link to={planLink(item)} className="today-family">
                {item.what}
              </Link>
              <span className="today-detail">
                {item.who}, for {item.familyName} ({item.childNames}), by {isoToDisplay(item.due)}{' '}
                <DueBadge overdue={item.overdue} />
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
