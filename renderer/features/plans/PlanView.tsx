import { isoToDisplay } from '../../../shared/dates';
import { withoutQuotes } from '../../../shared/parentPlan';
import { useState } from 'react';
import { actors, targetProgress, type PlanAction, type PlanVersion } from '../../../shared/plans';
import { indicators } from '../../../shared/wellbeing';
import { Button } from '../../ui/Button';
import { SignpostDialog } from '../directory/SignpostDialog';
import { useSetActionDone } from './queries';

/**
 * A version as it was agreed (and, once reviewed, how each target went). Only the current agreed version's
 * actions can be ticked off; a reviewed version is history and reads the same forever.
 */
export function PlanView({ familyId, version }: { familyId: string; version: PlanVersion }) {
  const setDone = useSetActionDone();
  const [signposting, setSignposting] = useState<PlanAction | null>(null);
  const live = version.status === 'final';
  return (
    <div className="plan-view">
      {setDone.error && (
        <p className="notice" role="alert">
          That action could not be ticked off: {setDone.error.message}
        </p>
      )}
      {version.review && (
        <section className="card" aria-labelledby="review-heading">
          <h2 id="review-heading">Reviewed {isoToDisplay(version.review.reviewedOn)}</h2>
          {version.review.summary ? <p className="prose">{version.review.summary}</p> : null}
        </section>
      )}
      <h2>What we are working on</h2>
      {version.needs.map((need, index) => (
        <section key={need.id} className="card need" aria-labelledby={`need-view-${index}`}>
          <h3 id={`need-view-${index}`}>
            {index + 1}. {indicators[need.indicator]}
          </h3>
          <dl className="details">
            <dt>What the family wants</dt>
            <dd className="prose">{need.outcome ? `“${withoutQuotes(need.outcome)}”` : '—'}</dd>
          </dl>
          <h4>Targets</h4>
          <ul className="plan-targets">
            {need.targets.map((target) => (
              <li key={target.id}>
                {target.description}
                {target.progress && <span className="status"> {targetProgress[target.progress]}</span>}
                {target.progressNote && <span className="muted"> — {target.progressNote}</span>}
              </li>
            ))}
          </ul>
          <h4>Who will do what</h4>
          <table className="plan-actions-table">
            <thead>
              <tr>
                <th scope="col">Who</th>
                <th scope="col">What</th>
                <th scope="col">By when</th>
                <th scope="col">Done</th>
                {live && (
                  <th scope="col">
                    <span className="visually-hidden">Services</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {need.actions.map((action) => (
                <tr key={action.id}>
                  <td>{action.whoName || actors[action.who]}</td>
                  <td>{action.what}</td>
                  <td>{action.dueOn ? isoToDisplay(action.dueOn) : '—'}</td>
                  <td>
                    <input
                      type="checkbox"
                      checked={action.doneAt !== null}
                      disabled={!live || setDone.isPending}
                      aria-label={`Done: ${action.what}`}
                      onChange={(event) =>
                        setDone.mutate({ actionId: action.id, done: event.target.checked })
                      }
                    />
                  </td>
                  {live && (
                    <td>
                      {(action.who === 'service' || action.who === 'worker') && (
                        <Button
                          variant="link"
                          aria-label={`Signpost or refer: ${action.what}`}
                          onClick={() => setSignposting(action)}
                        >
                          Signpost or refer
                        </Button>
                      )}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
          {need.support && (
            <dl className="details">
              <dt>Support involved</dt>
              <dd className="prose">{need.support}</dd>
            </dl>
          )}
        </section>
      ))}
      <h2>When we will meet again</h2>
      <p>{version.reviewOn ? isoToDisplay(version.reviewOn) : 'Not set'}</p>
      {signposting && (
        <SignpostDialog
          familyId={familyId}
          note={`For the action plan: ${signposting.what}`}
          onClose={() => setSignposting(null)}
        />
      )}
    </div>
  );
}
