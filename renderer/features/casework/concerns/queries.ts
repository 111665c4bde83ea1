import { useQuery } from '@tanstack/react-query';
import type { Input } from '../../../../shared/api';
import { call } from '../../../api/client';
import { caseworkKey, useCaseworkMutation } from '../../families/caseworkQueries';

/** Every concern of the family with its addenda, newest first. The family page's banner reads it too. */
export function useConcerns(familyId: string) {
  return useQuery({
    queryKey: [...caseworkKey(familyId), 'concerns'],
    queryFn: () => call('concerns.list', { familyId }),
  });
}

export function useRecordConcern(familyId: string) {
  return useCaseworkMutation(familyId, (input: Input<'concerns.record'>) => call('concerns.record', input));
}

export function useAddAddendum(familyId: string) {
  return useCaseworkMutation(familyId, (input: Input<'concerns.addAddendum'>) =>
    call('concerns.addAddendum', input),
  );
}
