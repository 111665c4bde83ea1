import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Input } from '../../../shared/api';
import type { Period } from '../../../shared/attendance';
import { call } from '../../api/client';

/** Everything attendance shows; an import refreshes all of it, and the caseload's and families' badges. */
export const attendanceKey = ['attendance'] as const;

/** The caseload's figures: the Attendance screen reads them whole, the badges pick from them (one fetch). */
export const caseloadAttendanceQuery = {
  queryKey: [...attendanceKey, 'caseload'],
  queryFn: () => call('attendance.caseload', {}),
};

export function useCaseloadAttendance() {
  return useQuery(caseloadAttendanceQuery);
}

export function useChildAttendance(childId: string, range: Period | null) {
  return useQuery({
    queryKey: [...attendanceKey, 'child', childId, range],
    queryFn: () => call('attendance.forChild', { childId, ...(range ? { range } : {}) }),
    placeholderData: keepPreviousData,
  });
}

/** How far the running import has got, read again every quarter second while `running`. */
export function useImportProgress(running: boolean) {
  return useQuery({
    queryKey: [...attendanceKey, 'progress'],
    queryFn: () => call('attendance.importProgress', {}),
    enabled: running,
    refetchInterval: running ? 250 : false,
    gcTime: 0,
  });
}

export function useCommitAttendance() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Input<'attendance.commitImport'>) => call('attendance.commitImport', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: attendanceKey }),
  });
}
