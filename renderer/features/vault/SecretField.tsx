import { useState } from 'react';
import type { ApiError } from '../../../shared/errors';
import { ApiCallError } from '../../api/client';
import { TextField } from '../../ui/TextField';
import { useCountdown } from './useCountdown';

type Method = 'passphrase' | 'recoveryKey';

const SECRET_FIELD = 'unlock-secret';

const words = {
  passphrase: { label: 'Passphrase', empty: 'Enter your passphrase.', switchTo: 'Use my passphrase instead' },
  recoveryKey: {
    label: 'Recovery key',
    empty: 'Enter your recovery key.',
    switchTo: 'Use my recovery key instead',
  },
} as const;

/**
 * The passphrase (or recovery key) that unlocking and restoring both ask for: the switch between the two,
 * a wrong one said beside the field, and the wait after repeated wrong tries counted down.
 */
export function useSecretEntry(retryAfterSeconds: number) {
  const [method, setMethod] = useState<Method>('passphrase');
  const [secret, setSecret] = useState('');
  const [error, setError] = useState<string | undefined>();
  const wait = useCountdown(retryAfterSeconds);

  const tryAgain = (message: string | undefined) => {
    setError(message);
    setSecret('');
    document.getElementById(SECRET_FIELD)?.focus();
  };

  return {
    method,
    secret,
    error,
    wait,
    waiting: wait.remaining > 0,
    setSecret: (value: string) => {
      setSecret(value);
      setError(undefined);
    },
    switchLabel: words[method === 'passphrase' ? 'recoveryKey' : 'passphrase'].switchTo,
    switchMethod: () => {
      setMethod(method === 'passphrase' ? 'recoveryKey' : 'passphrase');
      tryAgain(undefined);
    },
    /** False, with the reason beside the field, when there is nothing to send. */
    ready: (): boolean => {
      if (secret) setError(undefined);
      else tryAgain(words[method].empty);
      return secret !== '';
    },
    /** Says a problem beside the field, and clears it for another try. */
    say: (message: string) => tryAgain(message),
    /** Deals with a wrong secret or a wait; any other failure is given back for the screen to show. */
    failed: (failure: unknown): ApiError | null => {
      const apiError: ApiError =
        failure instanceof ApiCallError
          ? failure.error
          : { code: 'internal', message: failure instanceof Error ? failure.message : String(failure) };
      if (apiError.retryAfterSeconds) wait.start(apiError.retryAfterSeconds);
      // A wait has its own message below the field; a wrong secret is said next to the field.
      if (apiError.code === 'too_many_attempts') tryAgain(undefined);
      else if (apiError.code === 'wrong_secret') tryAgain(apiError.fields?.secret ?? apiError.message);
      else return apiError;
      return null;
    },
  };
}

export type SecretEntry = ReturnType<typeof useSecretEntry>;

export function SecretField({ entry }: { entry: SecretEntry }) {
  const { method } = entry;
  return (
    <>
      <TextField
        name="secret"
        id={SECRET_FIELD}
        label={words[method].label}
        type={method === 'passphrase' ? 'password' : 'text'}
        className={method === 'recoveryKey' ? 'field--recovery-key' : undefined}
        autoComplete={method === 'passphrase' ? 'current-password' : 'off'}
        spellCheck={false}
        hint={
          method === 'recoveryKey' ? 'The key on your printed sheet, with or without the dashes.' : undefined
        }
        value={entry.secret}
        onChange={(event) => entry.setSecret(event.target.value)}
        error={entry.error}
      />
      {/* Seen: a ticking count. Heard: one sentence, not a new announcement every second. */}
      {entry.waiting && (
        <p className="unlock-wait" aria-hidden="true">
          Too many wrong tries. Try again in {entry.wait.remaining}{' '}
          {entry.wait.remaining === 1 ? 'second' : 'seconds'}.
        </p>
      )}
      <p className="visually-hidden" role="status">
        {entry.waiting ? `Too many wrong tries. Try again in ${entry.wait.total} seconds.` : ''}
      </p>
    </>
  );
}
