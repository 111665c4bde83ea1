import { useCallback, useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { call, onVaultLocked } from '../api/client';
import { CreateVaultScreen } from '../features/vault/CreateVaultScreen';
import { RecoveryKeySheet } from '../features/vault/RecoveryKeySheet';
import { RestoreCopyScreen } from '../features/vault/RestoreCopyScreen';
import { RestoreScreen } from '../features/vault/RestoreScreen';
import { UnlockScreen } from '../features/vault/UnlockScreen';
import { Button } from '../ui/Button';
import { LockContext } from './lock';
import { queryClient } from './queryClient';
import { UnlockedApp } from './UnlockedApp';

type Screen =
  | { name: 'starting' }
  | { name: 'unreachable'; message: string }
  | { name: 'create' }
  | { name: 'recoveryKey'; recoveryKey: string; schoolName: string }
  | { name: 'unlock'; retryAfterSeconds: number }
  | { name: 'restore' }
  | { name: 'restoreCopy'; isNewLaptop: boolean }
  | { name: 'open' };

/**
 * Decides what the window may show: setting up, unlocking, or the records. Every way of locking ends
 * here, so there is one place that makes sure nothing of a record stays on screen or in memory.
 */
export function VaultGate() {
  const [screen, setScreen] = useState<Screen>({ name: 'starting' });

  const checkVault = useCallback(() => {
    call('vault.status', {}).then(
      (status) =>
        setScreen(
          status.state === 'new'
            ? { name: 'create' }
            : status.state === 'locked'
              ? { name: 'unlock', retryAfterSeconds: status.retryAfterSeconds }
              : { name: 'open' },
        ),
      (error: Error) => setScreen({ name: 'unreachable', message: error.message }),
    );
  }, []);

  useEffect(checkVault, [checkVault]);

  const hideRecords = useCallback(() => {
    // flushSync: the screens showing records leave the page before the cache goes, not on a later frame.
    flushSync(() => setScreen({ name: 'unlock', retryAfterSeconds: 0 }));
    queryClient.clear();
  }, []);

  // The vault can also lock behind the page's back (the main process's idle timer, another window).
  useEffect(() => onVaultLocked(hideRecords), [hideRecords]);

  const lock = useCallback(() => {
    hideRecords();
    // The screen is already locked; if this call fails the server's own idle lock still closes the vault.
    call('vault.lock', {}).catch(() => undefined);
  }, [hideRecords]);

  switch (screen.name) {
    case 'starting':
      return (
        <main className="gate-message">
          <p>Opening Linkbook…</p>
        </main>
      );
    case 'unreachable':
      return (
        <main className="gate-message">
          <h1>Linkbook cannot reach its vault</h1>
          <p>{screen.message}</p>
          <Button onClick={checkVault}>Try again</Button>
        </main>
      );
    case 'create':
      return (
        <CreateVaultScreen
          onCreated={(recoveryKey, schoolName) =>
            setScreen(recoveryKey ? { name: 'recoveryKey', recoveryKey, schoolName } : { name: 'open' })
          }
          onRestoreCopy={() => setScreen({ name: 'restoreCopy', isNewLaptop: true })}
        />
      );
    case 'recoveryKey':
      return (
        <RecoveryKeySheet
          recoveryKey={screen.recoveryKey}
          schoolName={screen.schoolName}
          onDone={() => setScreen({ name: 'open' })}
        />
      );
    case 'unlock':
      return (
        <UnlockScreen
          retryAfterSeconds={screen.retryAfterSeconds}
          onUnlocked={() => setScreen({ name: 'open' })}
          onRestore={() => setScreen({ name: 'restore' })}
          onRestoreCopy={() => setScreen({ name: 'restoreCopy', isNewLaptop: false })}
        />
      );
    case 'restore':
      return (
        <RestoreScreen
          onRestored={() => setScreen({ name: 'open' })}
          onBack={() => setScreen({ name: 'unlock', retryAfterSeconds: 0 })}
        />
      );
    case 'restoreCopy':
      return (
        <RestoreCopyScreen
          isNewLaptop={screen.isNewLaptop}
          onRestored={() => setScreen({ name: 'open' })}
          onBack={checkVault}
        />
      );
    case 'open':
      return (
        <LockContext.Provider value={lock}>
          <UnlockedApp />
        </LockContext.Provider>
      );
  }
}
