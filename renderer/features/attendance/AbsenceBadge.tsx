import type { AbsenceLevel } from '../../../shared/attendance';

const badgeText: Record<Exclude<AbsenceLevel, 'none'>, string> = {
  severe: 'Severely absent',
  persistent: 'Persistently absent',
};

/** A child (or family) missing 10% or more of this school year's sessions, as a small labelled badge. */
export function AbsenceBadge({ level, who }: { level: AbsenceLevel | null | undefined; who?: string }) {
  if (level !== 'severe' && level !== 'persistent') return null;
  return (
    <span className={`badge badge--absence-${level}`}>
      {who ? `${who}: ` : ''}
      {badgeText[level]}
    </span>
  );
}
