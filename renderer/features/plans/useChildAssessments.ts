import { useQueries } from '@tanstack/react-query';
import type { Assessment } from '../../../shared/wellbeing';
import { call } from '../../api/client';

/** The webs of each of these children, newest first; keyed as the Wellbeing tab keys them, so both refresh. */
export function useChildAssessments(childIds: string[]) {
  return useQueries({
    queries: childIds.map((childId) => ({
      queryKey: ['wellbeing', 'child', childId],
      queryFn: () => call('wellbeing.list', { childId }),
    })),
    combine: (results) => ({
      isPending: results.some((result) => result.isPending),
      error: results.find((result) => result.error)?.error ?? null,
      refetch: () => Promise.all(results.map((result) => result.refetch())),
      assessments: results
        .flatMap((result) => result.data ?? [])
        .sort((a, b) => b.assessedOn.localeCompare(a.assessedOn) || b.createdAt.localeCompare(a.createdAt)),
    }),
  });
}

export type { Assessment };
