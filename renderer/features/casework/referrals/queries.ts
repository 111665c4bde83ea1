import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Input } from '../../../../shared/api';
import { call } from '../../../api/client';
import { caseworkKey, useCaseworkMutation } from '../../families/caseworkQueries';

export function useReferrals(familyId: string) {
  return useQuery({
    queryKey: [...caseworkKey(familyId), 'referrals'],
    queryFn: () => call('referrals.list', { familyId }),
  });
}

/** A new referral; for a new family, the caseload and search change as well. */
export function useCreateReferral() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Input<'referrals.create'>) => call('referrals.create', input),
    onSuccess: ({ familyId }) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['families'] }),
        queryClient.invalidateQueries({ queryKey: caseworkKey(familyId) }),
        queryClient.invalidateQueries({ queryKey: ['dashboard'] }),
        queryClient.invalidateQueries({ queryKey: ['search'] }),
      ]),
  });
}

export function useDecideReferral(familyId: string) {
  return useCaseworkMutation(familyId, (input: Input<'referrals.decide'>) => call('referrals.decide', input));
}

/** Type-to-find for "Which family?": the first few active families whose names match. */
export function useFamilyMatches(search: string) {
  return useQuery({
    queryKey: ['families', 'list', 'referral-picker', search],
    queryFn: () =>
      call('families.list', {
        search,
        status: 'active',
        sortBy: 'familyName',
        sortDirection: 'asc',
        page: 0,
        pageSize: 8,
      }),
    enabled: search.length > 0,
  });
}
