import { AbsenceBadge } from './AbsenceBadge';
import { useFamilyAbsence } from './useAbsenceLevels';

/** Each child of the family who is persistently or severely absent this school year, by name. */
export function FamilyAbsenceBadges({ familyId }: { familyId: string }) {
  const absent = useFamilyAbsence(familyId);
  if (absent.length === 0) return null;
  return (
    <ul className="badges" aria-label="Attendance">
      {absent.map((child) => (
        <li key={child.childId}>
          <AbsenceBadge level={child.level} who={child.childName} />
        </li>
      ))}
    </ul>
  );
}
