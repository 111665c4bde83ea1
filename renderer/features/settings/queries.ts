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

const logoKey = ['settings', 'logo'] as const;

/** The school's logo as a data URL for an <img>, or null when none is set. */
export function useSchoolLogo() {
  return useQuery({
    queryKey: logoKey,
    queryFn: async () => {
      const logo = await call('settings.getLogo', {});
      return logo ? `data:${logo.mimeType};base64,${logo.dataBase64}` : null;
    },
  });
}

export function useSetLogo() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (logo: Input<'settings.setLogo'>) => call('settings.setLogo', logo),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: logoKey }),
  });
}

export function useRemoveLogo() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => call('settings.removeLogo', {}),
    onSuccess: () => queryClient.setQueryData(logoKey, null),
  });
}
