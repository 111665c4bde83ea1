import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../api/client';
import type { Input } from '../../../shared/api';

const settingsKey = ['settings'] as const;

export function useSettings() {
  return useQuery({ queryKey: settingsKey, queryFn: () => call('settings.get', {}) });
}

export function useUpdateSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (changes: Input<'settings.update'>) => call('settings.update', changes),
    onSuccess: (settings) => queryClient.setQueryData(settingsKey, settings),
  });
}
