import { useQuery } from '@tanstack/react-query';
import type { Input } from '../../../../shared/api';
import { call } from '../../../api/client';
import { caseworkKey, useCaseworkMutation } from '../../families/caseworkQueries';

export function useCases(familyId: string) {
  return useQuery({
    queryKey: [...caseworkKey(familyId), 'cases'],
    queryFn: () => call('cases.list', { familyId }),
  });
}

export function useOpenCase(familyId: string) {
  return useCaseworkMutation(familyId, (input: Input<'cases.open'>) => call('cases.open', input));
}

export function useSetCaseStatus(familyId: string) {
  return useCaseworkMutation(familyId, (input: Input<'cases.setStatus'>) => call('cases.setStatus', input));
}
