import { useState, type FormEvent } from 'react';
import type { ApiError } from '../../../shared/errors';
import { call } from '../../api/client';
import { Button } from '../../ui/Button';
import { PageHeading } from '../../ui/PageHeading';
import { SecretField, useSecretEntry } from './SecretField';
import './vault.css';

interface UnlockScreenProps {
  retryAfterSeconds: number;
  onUnlocked: () => void;
  onRestore: () => void;
  onRestoreCopy: () => void;
}

export function UnlockScreen({ retryAfterSeconds, onUnlocked, onRestore, onRestoreCopy }: UnlockScreenProps) {
  const entry = useSecretEntry(retryAfterSeconds);
  const [unlocking, setUnlocking] = useState(false);
  /** A problem with the vault itself (not the secret), and the way out the core offers for it. */
  const [problem, setProblem] = useState<ApiError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  async function unlock(event: FormEvent) {
    event.preventDefault();
    if (!entry.ready()) return;
    setUnlocking(true);
    try {
      await call('vault.unlock', { method: entry.method, secret: entry.secret });
      onUnlocked();
    } catch (failure) {
      setUnlocking(false);
      const problem = entry.failed(failure);
      if (problem?.offer) setProblem(problem);
      else if (problem) entry.say(problem.message);
    }
  }

  async function takeKeyCopy() {
    try {
      await call('vault.useKeyCopy', {});
      setProblem(null);
      setNotice('The copy of the key file is in place. Unlock as usual.');
      document.getElementById('unlock-secret')?.focus();
    } catch (failure) {
      setProblem(entry.failed(failure));
    }
  }

  return (
    <main className="gate">
      <div className="gate-card gate-card--narrow">
        <PageHeading>Unlock Linkbook</PageHeading>
        {problem ? (
          <div className="load-problem" role="alert">
            <p>{problem.message}</p>
            {problem.offer === 'use_key_copy' ? (
              <Button variant="primary" onClick={() => void takeKeyCopy()}>
                Use the copy
              </Button>
            ) : (
              <Button variant="primary" onClick={onRestore}>
                Restore from a backup
              </Button>
            )}
          </div>
        ) : notice ? (
          <p role="status">{notice}</p>
        ) : (
          <p>
            Linkbook is locked.{' '}
            {entry.method === 'passphrase' ? 'Enter your passphrase' : 'Enter your recovery key'} to see your
            records.
          </p>
        )}
        <form onSubmit={unlock} noValidate className="form">
          <SecretField entry={entry} />
          <div className="form-actions">
            <Button type="submit" variant="primary" disabled={unlocking || entry.waiting}>
              {unlocking ? 'Unlocking…' : 'Unlock'}
            </Button>
            <Button variant="link" onClick={entry.switchMethod}>
              {entry.switchLabel}
            </Button>
          </div>
        </form>
        {problem?.offer !== 'restore' && (
          <p className="gate-aside">
            <Button variant="link" onClick={onRestore}>
              Restore from a backup
            </Button>
            <Button variant="link" onClick={onRestoreCopy}>
              Restore from a copy elsewhere
            </Button>
          </p>
        )}
      </div>
    </main>
  );
}
