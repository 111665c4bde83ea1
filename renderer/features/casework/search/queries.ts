import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { call } from '../../../api/client';

const RESULTS_SHOWN = 20;

/** Search results for settled text; the last results stay on screen while the next ones load. */
export function useSearch(text: string) {
  const query = { text, includeArchived: false, limit: RESULTS_SHOWN };
  return useQuery({
    queryKey: ['search', query],
    queryFn: () => call('search.query', query),
    enabled: text !== '',
    placeholderData: keepPreviousData,
  });
}
