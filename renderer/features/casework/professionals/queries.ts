import { useQuery } from '@tanstack/react-query';
import type { Input } from '../../../../shared/api';
import { call } from '../../../api/client';
import { caseworkKey, useCaseworkMutation } from '../../families/caseworkQueries';

export function useProfessionals(familyId: string) {
  return useQuery({
    queryKey: [...caseworkKey(familyId), 'professionals'],
    queryFn: () => call('professionals.list', { familyId }),
  });
}

export function useSaveProfessional(familyId: string) {
  return useCaseworkMutation(familyId, (input: Input<'professionals.save'>) =>
    call('professionals.save', input),
  );
}

export function useRemoveProfessional(familyId: string) {
  return useCaseworkMutation(familyId, (id: string) => call('professionals.remove', { id }));
}
