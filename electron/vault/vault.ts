import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import {
  keyingOf,
  openEncrypted,
  quickCheck,
  toDrizzle,
  upgradeKeying,
  WrongKeyError,
  type Db,
  type Sqlite,
} from '../db/connection';
import { applyMigrations, pendingMigrations } from '../db/migrate';
import { backupKeyFile, backupName, backupVault, copyVerified, hasBackupFrom, listBackups } from './backup';
import { fsyncFile, PRIVATE_FOLDER, renameDurably, writeFileDurably } from './files';
import { parseJsonFile } from './json-file';
import {
  DEFAULT_SCRYPT,
  formatRecoveryKey,
  keyFromPassphrase,
  keyFromRecoveryKey,
  newDatabaseKey,
  newRecoveryKey,
  parseRecoveryKey,
  unwrapKey,
  wrapKey,
  type ScryptParams,
} from './keys';
import {
  keyFileSchema,
  parseKeyFile,
  readKeyFile,
  readVaultKeys,
  writeKeyFile,
  writeVaultKeys,
  type KeyFile,
} from './keyfile';
import type { VaultPaths } from './paths';

export interface VaultOptions {
  paths: VaultPaths;
  migrationsFolder: string;
  now: () => Date;
  scrypt?: ScryptParams;
}

/** An unlocked vault. Dropping it (lock) closes the handle and wipes the key from memory. */
export interface Session {
  sqlite: Sqlite;
  db: Db;
  key: Buffer;
}

export type SecretMethod = 'passphrase' | 'recoveryKey';

export class WrongSecretError extends Error {
  constructor() {
    super('That passphrase or recovery key does not open this vault.');
    this.name = 'WrongSecretError';
  }
}

/** The database cannot be read as it is: the worker restores a backup (which this never touches). */
export class DamagedVaultError extends Error {
  constructor() {
    super('The vault failed its integrity check.');
    this.name = 'DamagedVaultError';
  }
}

/** A backup that cannot serve: missing, made with another vault's key, or failing its own check. */
export class UnusableBackupError extends Error {}

/** Anything of a vault in the folder (a database, or either key file) means it is not a new folder. */
export function vaultExists(paths: VaultPaths): boolean {
  return [paths.keys, paths.keysCopy, paths.database].some((file) => existsSync(file));
}

async function passphraseSlot(passphrase: string, databaseKey: Buffer, params: ScryptParams) {
  const salt = randomBytes(16);
  const wrapping = await keyFromPassphrase(passphrase, salt, params);
  try {
    return { kdf: 'scrypt' as const, ...params, ...wrapKey(wrapping, databaseKey, salt, 'passphrase') };
  } finally {
    wrapping.fill(0);
  }
}

function recoverySlot(databaseKey: Buffer): { slot: NonNullable<KeyFile['recovery']>; text: string } {
  const secret = newRecoveryKey();
  const salt = randomBytes(16);
  const wrapping = keyFromRecoveryKey(secret, salt);
  try {
    return {
      slot: { kdf: 'hkdf-sha256', ...wrapKey(wrapping, databaseKey, salt, 'recovery') },
      text: formatRecoveryKey(secret),
    };
  } finally {
    wrapping.fill(0);
    secret.fill(0);
  }
}

/**
 * A new vault is built under a temporary name (migrated, its first settings written, closed and flushed),
 * its key files are written, and the database is moved into place last. A kill at any point leaves either
 * nothing of a vault or a whole one (start-up finishes the move, see recover.ts), never a database whose key
 * was lost with the process.
 */
export async function createVault(
  options: VaultOptions,
  passphrase: string,
  makeRecoveryKey: boolean,
  initialise: (db: Db) => void = () => {},
): Promise<{ session: Session; recoveryKey: string | null }> {
  const { paths } = options;
  if (vaultExists(paths)) throw new Error('A vault already exists in this folder.');
  mkdirSync(paths.dir, { recursive: true, mode: PRIVATE_FOLDER });
  removeCreation(paths);
  const databaseKey = newDatabaseKey();
  try {
    const recovery = makeRecoveryKey ? recoverySlot(databaseKey) : null;
    const keys: KeyFile = {
      format: 'linkbook-vault',
      version: 1,
      passphrase: await passphraseSlot(passphrase, databaseKey, options.scrypt ?? DEFAULT_SCRYPT),
      recovery: recovery?.slot ?? null,
    };
    const building = openEncrypted(paths.creating, databaseKey, { create: true });
    try {
      const db = toDrizzle(building);
      applyMigrations(db, options.migrationsFolder);
      initialise(db);
    } finally {
      building.close();
    }
    fsyncFile(paths.creating);
    writeVaultKeys(paths, keys);
    renameDurably(paths.creating, paths.database);
    const sqlite = openEncrypted(paths.database, databaseKey);
    return {
      session: { sqlite, db: toDrizzle(sqlite), key: databaseKey },
      recoveryKey: recovery?.text ?? null,
    };
  } catch (error) {
    databaseKey.fill(0);
    removeCreation(paths);
    throw error;
  }
}

/** A creation that never reached its key files is no vault: its files go. */
export function removeCreation(paths: VaultPaths): void {
  for (const suffix of ['', '-wal', '-shm', '-journal'])
    rmSync(`${paths.creating}${suffix}`, { force: true });
}

/** The database key, or null when the secret is wrong; every derived key is wiped before returning. */
async function unwrapDatabaseKey(
  keys: KeyFile,
  method: SecretMethod,
  secret: string,
): Promise<Buffer | null> {
  if (method === 'passphrase') {
    const slot = keys.passphrase;
    const wrapping = await keyFromPassphrase(secret, Buffer.from(slot.salt, 'base64'), slot);
    try {
      return unwrapKey(wrapping, slot, 'passphrase');
    } finally {
      wrapping.fill(0);
    }
  }
  const recoveryBytes = parseRecoveryKey(secret);
  if (!keys.recovery || !recoveryBytes) {
    recoveryBytes?.fill(0);
    return null;
  }
  const wrapping = keyFromRecoveryKey(recoveryBytes, Buffer.from(keys.recovery.salt, 'base64'));
  try {
    return unwrapKey(wrapping, keys.recovery, 'recovery');
  } finally {
    wrapping.fill(0);
    recoveryBytes.fill(0);
  }
}

/** Checks a secret against the vault's key file without opening anything; true when it opens the vault. */
export async function checkSecret(paths: VaultPaths, method: SecretMethod, secret: string): Promise<boolean> {
  const key = await unwrapDatabaseKey(readVaultKeys(paths), method, secret);
  key?.fill(0);
  return key !== null;
}

function openDatabase(file: string, key: Buffer): Sqlite {
  try {
    return openEncrypted(file, key);
  } catch (error) {
    if (error instanceof WrongKeyError) throw new Error('The vault key file does not match the database.');
    // A file too damaged to open at all is as damaged as one that fails its check.
    if ((error as { code?: string }).code === 'SQLITE_CORRUPT') throw new DamagedVaultError();
    throw error;
  }
}

/**
 * Unlock: unwrap the key (a wrong secret fails here, before the database is touched), open, check, then
 * back up before any migration (a re-key to the raw key counts as one) and once a day, and migrate.
 */
export async function openVault(
  options: VaultOptions,
  method: SecretMethod,
  secret: string,
): Promise<Session> {
  const { paths } = options;
  const keys = readVaultKeys(paths);
  const key = await unwrapDatabaseKey(keys, method, secret);
  if (!key) throw new WrongSecretError();
  let sqlite: Sqlite;
  try {
    sqlite = openDatabase(paths.database, key);
  } catch (error) {
    key.fill(0);
    throw error;
  }
  try {
    if (!quickCheck(sqlite)) throw new DamagedVaultError();
    const now = options.now();
    const pending = pendingMigrations(sqlite, options.migrationsFolder);
    const upgrading = pending > 0 || keyingOf(sqlite) === 'legacy';
    if (upgrading) backupVault(sqlite, key, keys, paths.backups, 'before-migration', now);
    else if (!hasBackupFrom(paths.backups, now)) backupVault(sqlite, key, keys, paths.backups, 'daily', now);
    upgradeKeying(sqlite, key);
    const db = toDrizzle(sqlite);
    if (pending > 0) applyMigrations(db, options.migrationsFolder);
    return { sqlite, db, key };
  } catch (error) {
    sqlite.close();
    key.fill(0);
    throw error;
  }
}

export function closeSession(session: Session): void {
  try {
    session.sqlite.pragma('optimize');
  } finally {
    session.sqlite.close();
    session.key.fill(0);
  }
}

/** A verified backup of the open vault, with its key file, into the vault's own backups folder. */
export function backupSession(
  options: VaultOptions,
  session: Session,
  reason: 'on-demand' | 'daily',
): string {
  return backupVault(
    session.sqlite,
    session.key,
    readVaultKeys(options.paths),
    options.paths.backups,
    reason,
    options.now(),
  );
}

/**
 * Re-wraps the database key under the new passphrase; the old one stops working as the file is replaced.
 * It works on its own copy of the key, and the new slot is unwrapped and compared before anything is
 * written, so nothing (a lock wiping the session's key included) can leave a slot that wraps a wrong key.
 */
export async function changePassphrase(
  options: VaultOptions,
  session: Session,
  current: string,
  next: string,
): Promise<void> {
  const { paths } = options;
  const keys = readVaultKeys(paths);
  const key = await unwrapDatabaseKey(keys, 'passphrase', current);
  if (!key) throw new WrongSecretError();
  try {
    if (!key.equals(session.key)) throw new WrongSecretError();
    const updated: KeyFile = {
      ...keys,
      passphrase: await passphraseSlot(next, key, options.scrypt ?? DEFAULT_SCRYPT),
    };
    const check = await unwrapDatabaseKey(updated, 'passphrase', next);
    const matches = check?.equals(key) ?? false;
    check?.fill(0);
    if (!matches) throw new Error('The new passphrase did not unlock the key it was meant to protect.');
    writeVaultKeys(paths, updated);
  } finally {
    key.fill(0);
  }
}

const restoreIntent = z.object({
  /** The backup name the replaced records are moved to. */
  replacedAs: z.string(),
  /** The key file that opens the restored records, when it is not the live one. */
  keys: keyFileSchema.nullable(),
});

/** A restore checked and copied, ready to take the vault's place. Nothing live has been touched yet. */
export interface PreparedRestore {
  /** The key file that opens the restored records, when it is not the vault's own (lost) one. */
  keys: KeyFile | null;
}

/** The backup's own key file, which travels with it. */
function ownKeys(backup: string): KeyFile {
  const own = readKeyFile(backupKeyFile(backup));
  if (!own) throw new UnusableBackupError('That backup has no key file with it, so it cannot be opened.');
  return own;
}

/** The key of a copy kept elsewhere, from the key file that travels with it; a wrong secret is refused. */
export async function copyKey(file: string, method: SecretMethod, secret: string): Promise<Buffer> {
  const key = await unwrapDatabaseKey(ownKeys(file), method, secret);
  if (!key) throw new WrongSecretError();
  return key;
}

/** A key file that may open a backup, and whether it must replace the vault's own when it does. */
interface KeysCandidate {
  keys: KeyFile;
  install: boolean;
}

/**
 * The key files that may open a backup, in order. For a backup in the vault's folder: the vault's own (the
 * same database key made it), then the backup's own (when the vault's key files are lost, or the backup holds
 * the records a restore of another vault replaced). A copy from elsewhere may be another vault altogether
 * (this is how a vault moves to a new laptop), so only its own key file is used, and it replaces the vault's.
 */
function keysCandidates(paths: VaultPaths, source: string, inFolder: boolean): KeysCandidate[] {
  const candidates: KeysCandidate[] = [];
  if (inFolder) {
    const live = parseKeyFile(paths.keys);
    const liveKeys = live === 'damaged' || live === null ? parseKeyFile(paths.keysCopy) : live;
    if (liveKeys !== null && liveKeys !== 'damaged') candidates.push({ keys: liveKeys, install: false });
  }
  const own = parseKeyFile(backupKeyFile(source));
  if (own !== null && own !== 'damaged') candidates.push({ keys: own, install: true });
  if (candidates.length === 0)
    throw new UnusableBackupError('That backup has no key file with it, so it cannot be opened.');
  return candidates;
}

/** Where a restore comes from: a backup in the vault's folder, or a copy elsewhere (a USB stick, say). */
export type RestoreSource = { backup: string } | { copy: string };

function sourceFile(paths: VaultPaths, from: RestoreSource): string {
  if ('backup' in from) {
    if (!listBackups(paths.backups).includes(from.backup))
      throw new UnusableBackupError('That backup is no longer in the backups folder.');
    return join(paths.backups, from.backup);
  }
  if (!existsSync(from.copy))
    throw new UnusableBackupError(
      'That copy is no longer there. If it is on a USB stick, check it is plugged in.',
    );
  return from.copy;
}

/**
 * The first half of a restore, safe to run while the vault is open: the worker's secret unwraps a key (a
 * wrong one changes nothing), the backup must open with that key and pass its check, and its verified copy
 * waits beside the database.
 */
export async function prepareRestore(
  options: VaultOptions,
  from: RestoreSource,
  method: SecretMethod,
  secret: string,
): Promise<PreparedRestore> {
  const { paths } = options;
  const source = sourceFile(paths, from);
  let unwrapped = false;
  for (const candidate of keysCandidates(paths, source, 'backup' in from)) {
    const key = await unwrapDatabaseKey(candidate.keys, method, secret);
    if (!key) continue;
    unwrapped = true;
    try {
      let backup: Sqlite;
      try {
        backup = openEncrypted(source, key, { readonly: true });
      } catch {
        continue;
      }
      try {
        if (!quickCheck(backup))
          throw new UnusableBackupError('That backup is damaged. Choose an earlier one.');
        mkdirSync(paths.dir, { recursive: true, mode: PRIVATE_FOLDER });
        copyVerified(backup, key, paths.restoring);
      } finally {
        backup.close();
      }
      return { keys: candidate.install ? candidate.keys : null };
    } finally {
      key.fill(0);
    }
  }
  if (!unwrapped) throw new WrongSecretError();
  throw new UnusableBackupError('That backup cannot be opened with this vault’s key.');
}

/**
 * The second half, with the vault closed: the records being replaced move into the backups as they were (a
 * damaged file included, with the key file that opens them), so a restore of the wrong date can itself be
 * undone; then the copy takes their place. An intent file written first lets start-up finish the moves if a
 * kill comes between them (see finishRestore).
 */
export function completeRestore(options: VaultOptions, prepared: PreparedRestore): void {
  const { paths } = options;
  const replacedAs = backupName(options.now(), 'before-restore');
  mkdirSync(paths.backups, { recursive: true, mode: PRIVATE_FOLDER });
  const live = parseKeyFile(paths.keys);
  if (live !== null && live !== 'damaged') writeKeyFile(backupKeyFile(join(paths.backups, replacedAs)), live);
  writeFileDurably(paths.restoreIntent, JSON.stringify({ replacedAs, keys: prepared.keys }));
  finishRestore(paths);
}

/** Moves the replaced records aside and the restored copy into place; each step can be run again. */
export function finishRestore(paths: VaultPaths): void {
  const intent = parseJsonFile(paths.restoreIntent, restoreIntent);
  // Without an intent, nothing live was touched yet: a copy waiting there is simply dropped.
  if (intent !== null && intent !== 'damaged' && existsSync(paths.restoring)) {
    const replaced = join(paths.backups, intent.replacedAs);
    // The database first, its WAL after: whatever a kill leaves, the WAL never meets the restored copy.
    for (const suffix of ['', '-wal', '-shm'])
      if (existsSync(`${paths.database}${suffix}`))
        renameDurably(`${paths.database}${suffix}`, `${replaced}${suffix}`);
    if (intent.keys) writeVaultKeys(paths, intent.keys);
    renameDurably(paths.restoring, paths.database);
  }
  rmSync(paths.restoreIntent, { force: true });
  rmSync(paths.restoring, { force: true });
}
