import { useMutation, useQueryClient } from '@tanstack/react-query';

/**
 * Everything recorded about one family's casework (referrals, cases, concerns, professionals, contacts,
 * the chronology, documents) sits under this key, so one change refreshes every view of that family.
 */
export const caseworkKey = (familyId: string) => ['casework', familyId] as const;

/** Views of many families at once that casework changes: the Today dashboard and search. */
const acrossFamilies = [['dashboard'], ['search']] as const;

/**
 * A write to one family's casework. mutateAsync resolves once the family's views have been read again,
 * so the screen the worker returns to already shows what was saved.
 */
export function useCaseworkMutation<Variables, Result>(
  familyId: string,
  mutationFn: (variables: Variables) => Promise<Result>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: caseworkKey(familyId) }),
        ...acrossFamilies.map((queryKey) => queryClient.invalidateQueries({ queryKey })),
      ]),
  });
}
