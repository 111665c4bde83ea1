import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { openEncrypted, quickCheck, toDrizzle, WrongKeyError, type Db, type Sqlite } from '../db/connection';
import { applyMigrations, pendingMigrations } from '../db/migrate';
import { backupName, backupVault, copyVerified, hasBackupFrom, listBackups } from './backup';
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
import { readKeyFile, writeKeyFile, type KeyFile } from './keyfile';
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

export function vaultExists(paths: VaultPaths): boolean {
  return existsSync(paths.keys);
}

async function passphraseSlot(passphrase: string, databaseKey: Buffer, params: ScryptParams) {
  const salt = randomBytes(16);
  const wrapping = await keyFromPassphrase(passphrase, salt, params);
  return { kdf: 'scrypt' as const, ...params, ...wrapKey(wrapping, databaseKey, salt, 'passphrase') };
}

export async function createVault(
  options: VaultOptions,
  passphrase: string,
  makeRecoveryKey: boolean,
): Promise<{ session: Session; recoveryKey: string | null }> {
  const { paths } = options;
  if (vaultExists(paths) || existsSync(paths.database))
    throw new Error('A vault already exists in this folder.');
  mkdirSync(paths.dir, { recursive: true, mode: 0o700 });
  const databaseKey = newDatabaseKey();
  let recoveryKey: string | null = null;
  let recovery: KeyFile['recovery'] = null;
  if (makeRecoveryKey) {
    const secret = newRecoveryKey();
    const salt = randomBytes(16);
    recovery = {
      kdf: 'hkdf-sha256',
      ...wrapKey(keyFromRecoveryKey(secret, salt), databaseKey, salt, 'recovery'),
    };
    recoveryKey = formatRecoveryKey(secret);
  }
  const keys: KeyFile = {
    format: 'linkbook-vault',
    version: 1,
    passphrase: await passphraseSlot(passphrase, databaseKey, options.scrypt ?? DEFAULT_SCRYPT),
    recovery,
  };
  const sqlite = openEncrypted(paths.database, databaseKey);
  try {
    const db = toDrizzle(sqlite);
    applyMigrations(db, options.migrationsFolder);
    // The key file is written last: a vault without it is an unfinished creation, which is removed on failure.
    writeKeyFile(paths.keys, keys);
    return { session: { sqlite, db, key: databaseKey }, recoveryKey };
  } catch (error) {
    sqlite.close();
    for (const file of [paths.database, `${paths.database}-wal`, `${paths.database}-shm`, paths.keys]) {
      rmSync(file, { force: true });
    }
    throw error;
  }
}

async function unwrapDatabaseKey(keys: KeyFile, method: 'passphrase' | 'recoveryKey', secret: string) {
  if (method === 'passphrase') {
    const slot = keys.passphrase;
    const wrapping = await keyFromPassphrase(secret, Buffer.from(slot.salt, 'base64'), slot);
    return unwrapKey(wrapping, slot, 'passphrase');
  }
  const recoveryBytes = parseRecoveryKey(secret);
  if (!keys.recovery || !recoveryBytes) return null;
  const wrapping = keyFromRecoveryKey(recoveryBytes, Buffer.from(keys.recovery.salt, 'base64'));
  return unwrapKey(wrapping, keys.recovery, 'recovery');
}

/**
 * Unlock: unwrap the key (a wrong secret fails here, before the database is touched), open, check, then
 * back up before any migration and once a day, and migrate.
 */
export async function openVault(
  options: VaultOptions,
  method: 'passphrase' | 'recoveryKey',
  secret: string,
): Promise<Session> {
  const keys = readKeyFile(options.paths.keys);
  if (!keys) throw new Error('There is no vault in this folder.');
  const key = await unwrapDatabaseKey(keys, method, secret);
  if (!key) throw new WrongSecretError();
  let sqlite: Sqlite;
  try {
    sqlite = openEncrypted(options.paths.database, key);
  } catch (error) {
    if (error instanceof WrongKeyError) throw new Error('The vault key file does not match the database.');
    // A file too damaged to open at all is as damaged as one that fails its check.
    if ((error as { code?: string }).code === 'SQLITE_CORRUPT') throw new DamagedVaultError();
    throw error;
  }
  try {
    if (!quickCheck(sqlite)) throw new DamagedVaultError();
    const now = options.now();
    const pending = pendingMigrations(sqlite, options.migrationsFolder);
    if (pending > 0) backupVault(sqlite, key, options.paths.backups, 'before-migration', now);
    else if (!hasBackupFrom(options.paths.backups, now))
      backupVault(sqlite, key, options.paths.backups, 'daily', now);
    const db = toDrizzle(sqlite);
    if (pending > 0) applyMigrations(db, options.migrationsFolder);
    return { sqlite, db, key };
  } catch (error) {
    sqlite.close();
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

/** Re-wraps the database key under the new passphrase; the old one stops working as the file is replaced. */
export async function changePassphrase(
  options: VaultOptions,
  session: Session,
  current: string,
  next: string,
): Promise<void> {
  const keys = readKeyFile(options.paths.keys);
  if (!keys) throw new Error('There is no vault in this folder.');
  const key = await unwrapDatabaseKey(keys, 'passphrase', current);
  if (!key || !key.equals(session.key)) throw new WrongSecretError();
  writeKeyFile(options.paths.keys, {
    ...keys,
    passphrase: await passphraseSlot(next, session.key, options.scrypt ?? DEFAULT_SCRYPT),
  });
}

/**
 * Puts a backup in the vault's place: the worker's secret unwraps the key (a wrong one changes nothing), the
 * backup must open with that key and pass its check, and its verified copy replaces the database only after
 * the records it replaces have been moved into the backups as they were (a damaged file included), so a
 * restore of the wrong date can itself be undone. The vault is then opened as at any unlock.
 */
export async function restoreBackup(
  options: VaultOptions,
  file: string,
  method: 'passphrase' | 'recoveryKey',
  secret: string,
): Promise<Session> {
  const { paths } = options;
  const keys = readKeyFile(paths.keys);
  if (!keys) throw new Error('There is no vault in this folder.');
  const key = await unwrapDatabaseKey(keys, method, secret);
  if (!key) throw new WrongSecretError();
  if (!listBackups(paths.backups).includes(file))
    throw new UnusableBackupError('That backup is no longer in the backups folder.');
  let backup: Sqlite;
  try {
    backup = openEncrypted(join(paths.backups, file), key);
  } catch {
    throw new UnusableBackupError('That backup cannot be opened with this vault’s key.');
  }
  const restoring = `${paths.database}.restoring`;
  try {
    if (!quickCheck(backup)) throw new UnusableBackupError('That backup is damaged. Choose an earlier one.');
    copyVerified(backup, key, restoring);
  } finally {
    backup.close();
  }
  const replaced = join(paths.backups, backupName(options.now(), 'before-restore'));
  for (const suffix of ['-wal', '-shm', ''])
    if (existsSync(`${paths.database}${suffix}`))
      renameSync(`${paths.database}${suffix}`, `${replaced}${suffix}`);
  renameSync(restoring, paths.database);
  return openVault(options, method, secret);
}
