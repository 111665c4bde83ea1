import { Link } from 'react-router';
import type { Dashboard } from '../../../shared/casework';
import { isoToDisplay } from '../../../shared/dates';

function DueBadge({ overdue }: { overdue: boolean }) {
  return overdue ? <span className="badge badge--overdue">Overdue</span> : null;
}

/**
 * The Today dashboard's view of plans: reviews and actions overdue or due in the coming week, and drafts not
 * yet agreed with the family.
 */
export function PlanDates({
  reviews,
  actions,
  drafts,
}: {
  reviews: Dashboard['planReviews'];
  actions: Dashboard['planActions'];
  drafts: Dashboard['planDrafts'];
}) {
  const planLink = (item: { familyId: string; planId: string }) =>
    `/families/${item.familyId}/plans/${item.planId}`;
  return (
    <section className="card today-section" aria-labelledby="today-plans">
      <h2 id="today-plans">Plans: reviews, actions and drafts</h2>
      {reviews.length === 0 && actions.length === 0 && drafts.length === 0 ? (
        <p className="today-empty">
          No plan reviews or actions due in the next 7 days, and no drafts waiting. Dates from agreed plans
          show here a week before they are due.
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
          {drafts.map((item) => (
            <li key={`draft-${item.planId}`}>
              <Link to={planLink(item)} className="today-family">
                Draft plan to agree: {item.familyName} ({item.childNames})
              </Link>
              <span className="today-detail">Started {isoToDisplay(item.startedOn)}</span>
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
