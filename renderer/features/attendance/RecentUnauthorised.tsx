import type { ChildAttendance } from '../../../shared/attendance';
import { PENALTY_NOTICE_WEEKS } from '../../../shared/attendance';
import { isoToUk } from '../../../shared/dates';
import { sessions } from './figures';

/**
 * Unauthorised sessions in the last 10 school weeks against the threshold at which a penalty notice is
 * considered: a bar with the threshold marked, and the same said in words.
 */
export function RecentUnauthorised({
  recent,
}: {
  recent: NonNullable<ChildAttendance['unauthorisedRecent']>;
}) {
  const scale = Math.max(recent.threshold * 1.5, recent.sessions);
  const share = (count: number) => `${(count / scale) * 100}%`;
  return (
    <div className="recent-unauthorised">
      <p>
        <strong>{sessions(recent.sessions)}</strong> of unauthorised absence in the last{' '}
        {PENALTY_NOTICE_WEEKS} school weeks ({isoToUk(recent.from)} to {isoToUk(recent.to)}).{' '}
        {recent.reached
          ? `That reaches the ${recent.threshold} sessions at which a penalty notice is considered.`
          : `A penalty notice is considered at ${recent.threshold}.`}
      </p>
      <div className="threshold-bar" aria-hidden="true">
        <div
          className={recent.reached ? 'threshold-fill threshold-fill--reached' : 'threshold-fill'}
          style={{ width: share(recent.sessions) }}
        />
        <div className="threshold-mark" style={{ left: share(recent.threshold) }}>
          <span>Penalty notice at {recent.threshold}</span>
        </div>
      </div>
    </div>
  );
}
