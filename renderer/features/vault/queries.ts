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

/** USB sticks and drives as the system mounts them now: asked afresh each time, as sticks come and go. */
export function useCopyPlaces() {
  return useQuery({
    queryKey: ['vault', 'copyPlaces'],
    queryFn: () => call('vault.copyPlaces', {}),
    staleTime: 0,
  });
}

/** How far a copy to a USB stick has got, read every quarter second while `copying`. */
export function useCopyProgress(copying: boolean) {
  return useQuery({
    queryKey: ['vault', 'copyProgress'],
    queryFn: () => call('vault.copyProgress', {}),
    enabled: copying,
    refetchInterval: copying ? 250 : false,
  });
}
