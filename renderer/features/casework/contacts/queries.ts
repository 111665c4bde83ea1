import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { contactFields } from '../../../../shared/casework';
import { call } from '../../../api/client';

export type ContactInput = z.output<typeof contactFields>;

/**
 * After a contact is saved or its next step is done: Today, the family (its record and the caseload's
 * "last updated"), the family's chronology and contact list, and search results may all have changed.
 */
export function invalidateAfterContact(queryClient: QueryClient, familyId: string): Promise<unknown> {
  return Promise.all([
    // The key is spelt out, not imported from Today, so the two files do not import each other.
    queryClient.invalidateQueries({ queryKey: ['dashboard'] }),
    queryClient.invalidateQueries({ queryKey: ['families'] }),
    // The family page's casework views share ['casework', familyId] (features/families/caseworkQueries.ts).
    queryClient.invalidateQueries({ queryKey: ['casework', familyId] }),
    queryClient.invalidateQueries({ queryKey: ['chronology', familyId] }),
    queryClient.invalidateQueries({ queryKey: ['contacts', familyId] }),
    queryClient.invalidateQueries({ queryKey: ['search'] }),
  ]);
}

/** Adds a contact, or (with `contactId`) saves an existing one in full. */
export function useSaveContact(contactId: string | undefined) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (contact: ContactInput) =>
      contactId ? call('contacts.update', { ...contact, id: contactId }) : call('contacts.create', contact),
    onSuccess: (_saved, contact) => invalidateAfterContact(queryClient, contact.familyId),
  });
}

/**
 * The chosen family, for its name and children; nothing is asked for until a family is chosen. The key
 * is the family page's own (features/families/queries.ts), so the two share one cached copy.
 */
export function useChosenFamily(familyId: string) {
  return useQuery({
    queryKey: ['families', 'one', familyId],
    queryFn: () => call('families.get', { id: familyId }),
    enabled: familyId !== '',
  });
}

/** Families whose names (or their carers' or children's) match what was typed into the Family picker. */
export function useFamilyMatches(search: string, enabled: boolean) {
  const query = {
    search,
    status: 'active',
    sortBy: 'familyName',
    sortDirection: 'asc',
    page: 0,
    pageSize: 8,
  } as const;
  return useQuery({
    // The caseload's key shape (features/families/queries.ts): saving a family refreshes these too.
    queryKey: ['families', 'list', query],
    queryFn: () => call('families.list', query),
    enabled,
  });
}
