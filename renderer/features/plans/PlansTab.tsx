import { useState } from 'react';
import { Link } from 'react-router';
import { isoToDisplay } from '../../../shared/dates';
import type { Family } from '../../../shared/families';
import { planStatuses } from '../../../shared/plans';
import { Button } from '../../ui/Button';
import { LoadProblem } from '../../ui/LoadProblem';
import { dayOf } from '../families/dates';
import { usePlans } from './queries';
import { StartPlanDialog } from './StartPlanDialog';

/** The family's Individual Action Plans, newest first, each shown by its current version. */
export function PlansTab({ family }: { family: Family }) {
  const plans = usePlans(family.id);
  const [starting, setStarting] = useState(false);
  const canStart = family.children.length > 0 && family.status === 'active';

  return (
    <section aria-labelledby="plans-heading">
      <div className="section-header">
        <h2 id="plans-heading">Action plans</h2>
        {canStart && (
          <Button variant="primary" onClick={() => setStarting(true)}>
            Start a plan
          </Button>
        )}
      </div>
      {plans.isPending ? (
        <p>Loading plans…</p>
      ) : plans.isError ? (
        <LoadProblem what="the plans" error={plans.error} onRetry={() => void plans.refetch()} />
      ) : plans.data.length === 0 ? (
        <p className="muted">
          No action plans yet. Start a plan from a child’s wellbeing web, agree it with the family, and print
          it for them.
        </p>
      ) : (
        <ul className="record-list">
          {plans.data.map((plan) => {
            const current = plan.currentVersion;
            return (
              <li key={plan.id} className="card record">
                <div className="record-heading">
                  <h3>
                    <Link to={`/families/${family.id}/plans/${plan.id}`}>
                      Plan for {plan.childNames.join(' and ')}
                    </Link>
                  </h3>
                  <span className={current.status === 'final' ? 'status status--live' : 'status'}>
                    {planStatuses[current.status]}
                  </span>
                </div>
                <dl className="details">
                  <dt>Version</dt>
                  <dd>{current.number}</dd>
                  <dt>Started</dt>
                  <dd>{dayOf(plan.createdAt)}</dd>
                  <dt>Next review</dt>
                  <dd>{current.reviewOn ? isoToDisplay(current.reviewOn) : 'Not set yet'}</dd>
                </dl>
              </li>
            );
          })}
        </ul>
      )}
      {starting && <StartPlanDialog family={family} onClose={() => setStarting(false)} />}
    </section>
  );
}
