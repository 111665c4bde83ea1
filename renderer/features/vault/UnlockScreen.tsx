import { useState, type FormEvent } from 'react';
import { call } from '../../api/client';
import { Button } from '../../ui/Button';
import { PageHeading } from '../../ui/PageHeading';
import { SecretField, useSecretEntry } from './SecretField';
import './vault.css';

interface UnlockScreenProps {
  retryAfterSeconds: number;
  onUnlocked: () => void;
  onRestore: () => void;
}

export function UnlockScreen({ retryAfterSeconds, onUnlocked, onRestore }: UnlockScreenProps) {
  const entry = useSecretEntry(retryAfterSeconds);
  const [unlocking, setUnlocking] = useState(false);
  const [damaged, setDamaged] = useState<string | null>(null);

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
      if (problem?.code === 'vault_damaged') setDamaged(problem.message);
      else if (problem) entry.say(problem.message);
    }
  }

  return (
    <main className="gate">
      <div className="gate-card gate-card--narrow">
        <PageHeading>Unlock Linkbook</PageHeading>
        {damaged ? (
          <div className="load-problem" role="alert">
            <p>{damaged}</p>
            <Button variant="primary" onClick={onRestore}>
              Restore from a backup
            </Button>
          </div>
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
        {!damaged && (
          <p className="gate-aside">
            <Button variant="link" onClick={onRestore}>
              Restore from a backup
            </Button>
          </p>
        )}
      </div>
    </main>
  );
}
