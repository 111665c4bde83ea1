import { QueryClient } from '@tanstack/react-query';

/**
 * One cache for every record the worker sees. It is emptied on every lock (see VaultGate), so nothing read
 * from the vault outlives the unlocked session.
 */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // Errors from a local vault are answers (locked, not found), not network blips: retrying only delays them.
      retry: false,
      // The vault has one writer, this window, so refetching on focus would only flicker the screen.
      refetchOnWindowFocus: false,
    },
  },
});
