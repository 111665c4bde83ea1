import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { Referral } from '../../../../shared/casework';
import { isoToDisplay } from '../../../../shared/dates';
import { knownAs, type Family } from '../../../../shared/families';
import { Button } from '../../../ui/Button';
import { LoadProblem } from '../../../ui/LoadProblem';
import { DecideReferralDialog } from './DecideReferralDialog';
import { useReferrals } from './queries';

/** The family's requests for assistance, newest first, each with its decision or "Awaiting a decision". */
export function ReferralsSection({ family }: { family: Family }) {
  const navigate = useNavigate();
  const referrals = useReferrals(family.id);
  const [deciding, setDeciding] = useState<Referral | null>(null);
  const childName = (id: string | null) => {
    const child = family.children.find((each) => each.id === id);
    return child ? knownAs(child) : 'No child named';
  };

  return (
    <section aria-labelledby="overview-referrals">
      <div className="section-header">
        <h2 id="overview-referrals">Referrals</h2>
        <Button onClick={() => navigate(`/families/${family.id}/referrals/new`)}>Record a referral</Button>
      </div>
      {referrals.isPending ? (
        <p>Loading referrals…</p>
      ) : referrals.isError ? (
        <LoadProblem what="the referrals" error={referrals.error} onRetry={() => void referrals.refetch()} />
      ) : referrals.data.length === 0 ? (
        <p className="muted">No referrals recorded. Record one when a request for assistance comes in.</p>
      ) : (
        <ul className="record-list">
          {referrals.data.map((referral) => (
            <li key={referral.id} className="card record">
              <div className="record-heading">
                <h3>Referral received {isoToDisplay(referral.receivedOn)}</h3>
                {referral.decision === 'pending' ? (
                  <span className="status status--waiting">Awaiting a decision</span>
                ) : (
                  <span className="status">{decisionLabel[referral.decision]}</span>
                )}
              </div>
              <dl className="details">
                <dt>For</dt>
                <dd>{childName(referral.childId)}</dd>
                <dt>Referred by</dt>
                <dd>
                  {referral.referrerName} ({referral.referrerRole})
                </dd>
                <dt>Concerns</dt>
                <dd className="prose">{referral.concerns}</dd>
                {referral.triedSoFar && (
                  <>
                    <dt>Tried so far</dt>
                    <dd className="prose">{referral.triedSoFar}</dd>
                  </>
                )}
                {referral.hopedOutcome && (
                  <>
                    <dt>Outcome hoped for</dt>
                    <dd className="prose">{referral.hopedOutcome}</dd>
                  </>
                )}
                <dt>Consent</dt>
                <dd>
                  {referral.consentGiven
                    ? `Given by ${referral.consentBy} on ${isoToDisplay(referral.consentOn)}`
                    : 'Not given'}
                </dd>
                <dt>Decision</dt>
                <dd>
                  <Decision referral={referral} />
                </dd>
              </dl>
              {referral.decision === 'pending' && (
                <div className="record-actions">
                  <Button variant="primary" onClick={() => setDeciding(referral)}>
                    Decide
                    <span className="visually-hidden">
                      {' '}
                      on the referral received {isoToDisplay(referral.receivedOn)}
                    </span>
                  </Button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      {deciding && <DecideReferralDialog referral={deciding} onClose={() => setDeciding(null)} />}
    </section>
  );
}

const decisionLabel = { accepted: 'Accepted', signposted: 'Signposted', declined: 'Declined' } as const;

function Decision({ referral }: { referral: Referral }) {
  if (referral.decision === 'pending') return <>Awaiting a decision</>;
  const on = referral.decidedOn ? ` on ${isoToDisplay(referral.decidedOn)}` : '';
  const where = referral.decision === 'signposted' ? ` to ${referral.signpostedTo}` : '';
  return (
    <>
      {decisionLabel[referral.decision]}
      {where}
      {on}.{referral.decisionReason && <span className="prose"> {referral.decisionReason}</span>}
    </>
  );
}
