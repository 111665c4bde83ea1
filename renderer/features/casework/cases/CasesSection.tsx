import { useState } from 'react';
import { caseStatusLabels, type Case } from '../../../../shared/casework';
import { isoToDisplay } from '../../../../shared/dates';
import { Button } from '../../../ui/Button';
import { LoadProblem } from '../../../ui/LoadProblem';
import { CaseStatusDialog } from './CaseStatusDialog';
import { OpenCaseDialog } from './OpenCaseDialog';
import { useCases } from './queries';

/** The family's cases over the years, newest first; at most one is open at a time. */
export function CasesSection({ familyId }: { familyId: string }) {
  const cases = useCases(familyId);
  const [changing, setChanging] = useState<Case | null>(null);
  const [opening, setOpening] = useState(false);
  const hasOpenCase = cases.data?.some((each) => each.status !== 'closed') ?? true;

  return (
    <section aria-labelledby="overview-cases">
      <div className="section-header">
        <h2 id="overview-cases">Cases</h2>
        {!hasOpenCase && <Button onClick={() => setOpening(true)}>Open a case</Button>}
      </div>
      {cases.isPending ? (
        <p>Loading cases…</p>
      ) : cases.isError ? (
        <LoadProblem what="the cases" error={cases.error} onRetry={() => void cases.refetch()} />
      ) : cases.data.length === 0 ? (
        <p className="muted">
          No case is open. Accepting a referral opens one, or open a case here for work that did not start
          with a referral.
        </p>
      ) : (
        <ul className="record-list">
          {cases.data.map((familyCase) => (
            <li key={familyCase.id} className="card record">
              <div className="record-heading">
                <h3>Case opened {isoToDisplay(familyCase.openedOn)}</h3>
                <span className={familyCase.status === 'closed' ? 'status' : 'status status--live'}>
                  {caseStatusLabels[familyCase.status]}
                </span>
              </div>
              <dl className="details">
                <dt>Status</dt>
                <dd>{caseStatusLabels[familyCase.status]}</dd>
                <dt>Opened</dt>
                <dd>
                  {isoToDisplay(familyCase.openedOn)}
                  {familyCase.referralId ? ', from a referral' : ''}
                </dd>
                {familyCase.closedOn && (
                  <>
                    <dt>Closed</dt>
                    <dd>{isoToDisplay(familyCase.closedOn)}</dd>
                    <dt>Reason for closing</dt>
                    <dd>{familyCase.closeReason}</dd>
                  </>
                )}
                {familyCase.outcome && (
                  <>
                    <dt>Outcome</dt>
                    <dd className="prose">{familyCase.outcome}</dd>
                  </>
                )}
              </dl>
              {familyCase.status !== 'closed' && (
                <div className="record-actions">
                  <Button onClick={() => setChanging(familyCase)}>
                    Change status
                    <span className="visually-hidden">
                      {' '}
                      of the case opened {isoToDisplay(familyCase.openedOn)}
                    </span>
                  </Button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      {changing && <CaseStatusDialog familyCase={changing} onClose={() => setChanging(null)} />}
      {opening && <OpenCaseDialog familyId={familyId} onClose={() => setOpening(false)} />}
    </section>
  );
}
