import { z } from 'zod';
import { requiredText } from './text';

export const MIN_PASSPHRASE_LENGTH = 12;
export const MIN_PASSPHRASE_WORDS = 4;

export function passphraseWordCount(passphrase: string): number {
  return passphrase.split(/[\s\-_.]+/).filter((word) => word.length >= 2).length;
}

export const passphrase = z
  .string({ error: 'Enter a passphrase.' })
  .max(1024, 'The passphrase must be 1,024 characters or fewer.')
  .refine(
    (value) => value.length >= MIN_PASSPHRASE_LENGTH || passphraseWordCount(value) >= MIN_PASSPHRASE_WORDS,
    `Use at least ${MIN_PASSPHRASE_LENGTH} characters, or ${MIN_PASSPHRASE_WORDS} words.`,
  );

const secret = z.string().min(1, 'Enter your passphrase.').max(1024, 'That is too long to be a passphrase.');

export const createVaultInput = z.strictObject({
  schoolName: requiredText("the school's name"),
  workerName: requiredText('your name'),
  passphrase,
  makeRecoveryKey: z.boolean(),
});

export const unlockInput = z.strictObject({
  method: z.enum(['passphrase', 'recoveryKey']),
  secret,
});

export const changePassphraseInput = z.strictObject({
  current: secret,
  next: passphrase,
});

export type VaultState = 'new' | 'locked' | 'unlocked';
export interface VaultStatus {
  state: VaultState;
  /** Seconds before another unlock attempt is accepted, after repeated wrong passphrases. */
  retryAfterSeconds: number;
}
export interface CreatedVault {
  /** Shown once, to print or write down; null when the worker chose not to have one. */
  recoveryKey: string | null;
}
