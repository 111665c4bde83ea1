import { useQuery } from '@tanstack/react-query';
import type { Input } from '../../../../shared/api';
import type { ChronologyKind } from '../../../../shared/casework';
import { call } from '../../../api/client';
import { caseworkKey, useCaseworkMutation } from '../../families/caseworkQueries';

export function useChronology(
  familyId: string,
  kinds: ChronologyKind[],
  childId: string | null,
  enabled = true,
) {
  return useQuery({
    queryKey: [...caseworkKey(familyId), 'chronology', { kinds, childId }],
    queryFn: () => call('chronology.get', { familyId, kinds, childId }),
    enabled,
  });
}

export function useContacts(familyId: string) {
  return useQuery({
    queryKey: [...caseworkKey(familyId), 'contacts'],
    queryFn: () => call('contacts.list', { familyId }),
  });
}

export function useUpdateContact(familyId: string) {
  return useCaseworkMutation(familyId, (input: Input<'contacts.update'>) => call('contacts.update', input));
}

export function useDeleteContact(familyId: string) {
  return useCaseworkMutation(familyId, (id: string) => call('contacts.delete', { id }));
}
