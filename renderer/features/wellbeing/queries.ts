import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Input } from '../../../shared/api';
import { call } from '../../api/client';

const wellbeingKey = ['wellbeing'] as const;

export function useAssessments(childId: string) {
  return useQuery({
    queryKey: [...wellbeingKey, 'child', childId],
    queryFn: () => call('wellbeing.list', { childId }),
  });
}

export function useWellbeingChanges() {
  return useQuery({ queryKey: [...wellbeingKey, 'changes'], queryFn: () => call('wellbeing.changes', {}) });
}

/** A new web changes the child's list and the caseload's movement, so both are read afresh. */
export function useRecordAssessment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Input<'wellbeing.record'>) => call('wellbeing.record', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: wellbeingKey }),
  });
}
