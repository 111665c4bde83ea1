import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Input } from '../../../shared/api';
import type { FamilyInput } from '../../../shared/families';
import { call } from '../../api/client';

export type CaseloadQuery = Required<Input<'families.list'>>;

const familiesKey = ['families'] as const;

export function useCaseload(query: CaseloadQuery) {
  return useQuery({
    queryKey: [...familiesKey, 'list', query],
    queryFn: () => call('families.list', query),
    // The previous page stays on screen while the next one loads, so the table does not jump.
    placeholderData: keepPreviousData,
  });
}

export function useFamily(id: string) {
  return useQuery({ queryKey: [...familiesKey, 'one', id], queryFn: () => call('families.get', { id }) });
}

/** Saves a new family (no id) or the whole of an existing one. */
export function useSaveFamily(id: string | undefined) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (family: FamilyInput) =>
      id ? call('families.update', { ...family, id }) : call('families.create', family),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: familiesKey }),
  });
}

export function useSetArchived() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, archived }: { id: string; archived: boolean }) =>
      call(archived ? 'families.archive' : 'families.restore', { id }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: familiesKey }),
  });
}
