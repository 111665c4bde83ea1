import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../api/client';

const backupsKey = ['vault', 'backups'] as const;

/** Only names, dates and sizes: readable while locked, which is when a restore needs them. */
export function useBackups() {
  return useQuery({ queryKey: backupsKey, queryFn: () => call('vault.backups', {}) });
}

export function useBackupNow() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => call('vault.backupNow', {}),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: backupsKey }),
  });
}
