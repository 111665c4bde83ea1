import { useQuery } from '@tanstack/react-query';
import type { AbsenceLevel, CaseloadAttendance } from '../../../shared/attendance';
import { caseloadAttendanceQuery } from './queries';

export interface ChildAbsence {
  childId: string;
  childName: string;
  level: 'persistent' | 'severe';
}

const flagged = (level: AbsenceLevel | null): level is ChildAbsence['level'] =>
  level === 'persistent' || level === 'severe';

/** Grouped once per fetch (a stable select is memoised by TanStack Query), not once per row drawn. */
function byFamily(caseload: CaseloadAttendance): Map<string, ChildAbsence[]> {
  const families = new Map<string, ChildAbsence[]>();
  for (const child of caseload.children) {
    if (!flagged(child.level)) continue;
    const list = families.get(child.familyId) ?? [];
    list.push({ childId: child.childId, childName: child.childName, level: child.level });
    families.set(child.familyId, list);
  }
  return families;
}

/**
 * The children of one family who are persistently or severely absent this school year, from the caseload's
 * figures (one query for every badge on a screen). Nothing while they load or when none are held: a
 * badge is a prompt, never a blocker.
 */
export function useFamilyAbsence(familyId: string): ChildAbsence[] {
  const absent = useQuery({ ...caseloadAttendanceQuery, select: byFamily });
  return absent.data?.get(familyId) ?? [];
}
