import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../api/client';
import { invalidateAfterContact } from '../contacts/queries';

/** What Today shows. Anything that changes a follow-up, a case, a contact or a concern invalidates it. */
export const dashboardKey = ['dashboard'] as const;

export function useDashboard() {
  return useQuery({ queryKey: dashboardKey, queryFn: () => call('dashboard.get', {}) });
}

export function useCompleteNextStep() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ contactId }: { contactId: string; familyId: string }) =>
      call('contacts.completeNextStep', { id: contactId }),
    onSuccess: (_nothing, { familyId }) => invalidateAfterContact(queryClient, familyId),
  });
}
