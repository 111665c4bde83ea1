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

export const backupReasons = {
  daily: 'Daily backup',
  'before-migration': 'Before an update',
  'on-demand': 'Backed up by you',
  'before-restore': 'Records replaced by a restore',
} as const;
export type BackupReason = keyof typeof backupReasons;

/** A backup's file name says when it was taken and why: linkbook-2026-11-24T09-14-03-120-daily.db. */
export const BACKUP_FILE =
  /^linkbook-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})-(daily|before-migration|on-demand|before-restore)\.db$/;

export const restoreInput = z.strictObject({
  file: z.string().regex(BACKUP_FILE, 'Choose a backup from the list.'),
  method: z.enum(['passphrase', 'recoveryKey']),
  secret,
});
export type RestoreInput = z.infer<typeof restoreInput>;

export interface Backup {
  file: string;
  /** When it was taken, as an ISO instant. */
  takenAt: string;
  reason: BackupReason;
  bytes: number;
}

// ---- Copies kept elsewhere: a folder or a USB stick ----

/** The folder a copy goes into, inside the place the worker chose, so a USB stick's own files stay apart. */
export const COPY_FOLDER = 'Linkbook backups';

const folder = z
  .string({ error: 'Choose a folder or USB stick.' })
  .trim()
  .min(1, 'Choose a folder or USB stick.')
  .max(4096, 'That folder’s name is too long.');

export const copyToInput = z.strictObject({ folder });
export const findCopiesInput = z.strictObject({ folder });

/** A copy found elsewhere, named by its full path; only a file named as Linkbook names backups is read. */
export const copyInput = z.strictObject({
  file: z
    .string({ error: 'Choose a copy from the list.' })
    .max(4096, 'Choose a copy from the list.')
    .refine((path) => BACKUP_FILE.test(path.split(/[\\/]/).pop() ?? ''), 'Choose a copy from the list.'),
  method: z.enum(['passphrase', 'recoveryKey']),
  secret,
});
export type CopyInput = z.infer<typeof copyInput>;

/** A likely place for a copy: a USB stick or another drive, or the worker's documents. */
export interface CopyPlace {
  path: string;
  label: string;
}

export interface CopyProgress {
  stage: 'idle' | 'preparing' | 'copying' | 'checking';
  /** Bytes written to the chosen place so far, and in all. */
  done: number;
  total: number;
}

/** A copy in a place elsewhere, with its full path. */
export interface FoundCopy extends Backup {
  path: string;
}

/** What a copy holds, shown once the worker's secret has opened it, before anything is replaced. */
export interface CopySummary {
  schoolName: string;
  takenAt: string;
  families: number;
  children: number;
  contacts: number;
}
