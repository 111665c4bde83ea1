import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Input } from '../../../shared/api';
import { call } from '../../api/client';

export function useAuditTrail(query: Input<'audit.list'>) {
  return useQuery({
    queryKey: ['audit', query],
    queryFn: () => call('audit.list', query),
    placeholderData: keepPreviousData,
  });
}
