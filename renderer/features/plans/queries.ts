import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Input } from '../../../shared/api';
import { call } from '../../api/client';

/** Everything about plans sits under one key: a change to one plan can move the family list and Today. */
const plansKey = ['plans'] as const;

export function usePlans(familyId: string) {
  return useQuery({
    queryKey: [...plansKey, 'family', familyId],
    queryFn: () => call('plans.list', { familyId }),
  });
}

export function usePlan(planId: string) {
  return useQuery({ queryKey: [...plansKey, 'plan', planId], queryFn: () => call('plans.get', { planId }) });
}

function usePlanMutation<Variables, Result>(mutationFn: (variables: Variables) => Promise<Result>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: plansKey }),
        queryClient.invalidateQueries({ queryKey: ['dashboard'] }),
      ]),
  });
}

export const useCreatePlan = () =>
  usePlanMutation((input: Input<'plans.create'>) => call('plans.create', input));
export const useSaveDraft = () =>
  usePlanMutation((input: Input<'plans.saveDraft'>) => call('plans.saveDraft', input));
export const useFinalisePlan = () =>
  usePlanMutation((input: Input<'plans.finalise'>) => call('plans.finalise', input));
export const useDiscardDraft = () =>
  usePlanMutation((input: Input<'plans.discardDraft'>) => call('plans.discardDraft', input));
export const useReviewPlan = () =>
  usePlanMutation((input: Input<'plans.review'>) => call('plans.review', input));
export const useSetActionDone = () =>
  usePlanMutation((input: Input<'plans.setActionDone'>) => call('plans.setActionDone', input));
