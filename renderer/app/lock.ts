import { createContext, useContext } from 'react';

/** Lets any screen lock the vault; provided by VaultGate, which owns what "locked" means. */
export const LockContext = createContext<(() => void) | null>(null);

export function useLock(): () => void {
  const lock = useContext(LockContext);
  if (!lock) throw new Error('useLock is used outside the unlocked app.');
  return lock;
}
