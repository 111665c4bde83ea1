import { useRef, useState, type FormEvent } from 'react';
import { ApiCallError, call } from '../../api/client';
import { Button } from '../../ui/Button';
import { PageHeading } from '../../ui/PageHeading';
import { TextField } from '../../ui/TextField';
import { useCountdown } from './useCountdown';
import './vault.css';

type Method = 'passphrase' | 'recoveryKey';

const words = {
  passphrase: { label: 'Passphrase', empty: 'Enter your passphrase.', switchTo: 'Use my passphrase instead' },
  recoveryKey: {
    label: 'Recovery key',
    empty: 'Enter your recovery key.',
    switchTo: 'Use my recovery key instead',
  },
} as const;

interface UnlockScreenProps {
  retryAfterSeconds: number;
  onUnlocked: () => void;
}

export function UnlockScreen({ retryAfterSeconds, onUnlocked }: UnlockScreenProps) {
  const [method, setMethod] = useState<Method>('passphrase');
  const [secret, setSecret] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [unlocking, setUnlocking] = useState(false);
  const wait = useCountdown(retryAfterSeconds);
  const field = useRef<HTMLInputElement>(null);

  const tryAgain = (message: string | undefined) => {
    setError(message);
    setSecret('');
    field.current?.focus();
  };

  async function unlock(event: FormEvent) {
    event.preventDefault();
    if (!secret) return tryAgain(words[method].empty);
    setUnlocking(true);
    setError(undefined);
    try {
      await call('vault.unlock', { method, secret });
      onUnlocked();
    } catch (failure) {
      setUnlocking(false);
      const apiError = failure instanceof ApiCallError ? failure.error : null;
      if (apiError?.retryAfterSeconds) wait.start(apiError.retryAfterSeconds);
      // A wait has its own message below the field; a wrong secret is said next to the field.
      tryAgain(
        apiError?.code === 'too_many_attempts' ? undefined : (apiError?.fields?.secret ?? apiError?.message),
      );
    }
  }

  const switchMethod = () => {
    setMethod(method === 'passphrase' ? 'recoveryKey' : 'passphrase');
    tryAgain(undefined);
  };

  const waiting = wait.remaining > 0;
  return (
    <main className="gate">
      <div className="gate-card gate-card--narrow">
        <PageHeading>Unlock Linkbook</PageHeading>
        <p>
          Linkbook is locked. {method === 'passphrase' ? 'Enter your passphrase' : 'Enter your recovery key'}{' '}
          to see your records.
        </p>
        <form onSubmit={unlock} noValidate className="form">
          <TextField
            ref={field}
            name="secret"
            id="unlock-secret"
            label={words[method].label}
            type={method === 'passphrase' ? 'password' : 'text'}
            className={method === 'recoveryKey' ? 'field--recovery-key' : undefined}
            autoComplete={method === 'passphrase' ? 'current-password' : 'off'}
            spellCheck={false}
            hint={
              method === 'recoveryKey'
                ? 'The key on your printed sheet, with or without the dashes.'
                : undefined
            }
            value={secret}
            onChange={(event) => {
              setSecret(event.target.value);
              setError(undefined);
            }}
            error={error}
          />
          {/* Seen: a ticking count. Heard: one sentence, not a new announcement every second. */}
          {waiting && (
            <p className="unlock-wait" aria-hidden="true">
              Too many wrong tries. Try again in {wait.remaining}{' '}
              {wait.remaining === 1 ? 'second' : 'seconds'}.
            </p>
          )}
          <p className="visually-hidden" role="status">
            {waiting ? `Too many wrong tries. Try again in ${wait.total} seconds.` : ''}
          </p>
          <div className="form-actions">
            <Button type="submit" variant="primary" disabled={unlocking || waiting}>
              {unlocking ? 'Unlocking…' : 'Unlock'}
            </Button>
            <Button variant="link" onClick={switchMethod}>
              {words[method === 'passphrase' ? 'recoveryKey' : 'passphrase'].switchTo}
            </Button>
          </div>
        </form>
      </div>
    </main>
  );
}
