import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { openPlain, quickCheck, toDrizzle, type Db, type Sqlite } from '../electron/db/connection';
import { applyMigrations, pendingMigrations } from '../electron/db/migrate';
import type { ServiceDeps } from '../electron/services/deps';
import { DEFAULT_SCRYPT } from '../electron/vault/keys';
import { vaultPaths } from '../electron/vault/paths';
import { closeSession, createVault, type VaultOptions } from '../electron/vault/vault';
import type { Dataset } from './dataset';
import { insertDataset } from './insert';

export const PASSPHRASE = 'bench vault: a long passphrase nobody types';

/** The real key-derivation cost, not the cheap one the tests use: unlocking is what the bench is for. */
export function vaultOptions(dir: string, migrationsFolder: string, now: Date): VaultOptions {
  return { paths: vaultPaths(dir), migrationsFolder, now: () => now, scrypt: DEFAULT_SCRYPT };
}

/** Rows added beside the dataset, the same in both files (the attendance marks). */
export type Extra = (db: Db) => void;

export async function buildEncryptedVault(options: VaultOptions, data: Dataset, extra: Extra): Promise<void> {
  const { session } = await createVault(options, PASSPHRASE, false);
  try {
    insertDataset(session.db, data);
    extra(session.db);
  } finally {
    closeSession(session);
  }
}

/** The unencrypted copy: the same schema, the same rows, the same connection settings, no key. */
export function plainFile(dir: string): string {
  return join(dir, 'plain', 'linkbook.db');
}

export function buildPlainCopy(file: string, migrationsFolder: string, data: Dataset, extra: Extra): void {
  mkdirSync(dirname(file), { recursive: true });
  const sqlite = openPlain(file);
  try {
    const db = toDrizzle(sqlite);
    applyMigrations(db, migrationsFolder);
    insertDataset(db, data);
    extra(db);
  } finally {
    closePlain(sqlite);
  }
}

/**
 * The baseline for unlocking: everything openVault does to a database that needs no key (open, quick check,
 * migration check), so the difference is the key derivation and the cipher.
 */
export function openPlainCopy(file: string, migrationsFolder: string): { sqlite: Sqlite; db: Db } {
  const sqlite = openPlain(file);
  if (!quickCheck(sqlite)) throw new Error('The unencrypted copy failed its integrity check.');
  if (pendingMigrations(sqlite, migrationsFolder) > 0)
    throw new Error('The unencrypted copy is not migrated.');
  return { sqlite, db: toDrizzle(sqlite) };
}

/** As closeSession does for the vault, so both files get the same query-planner statistics. */
export function closePlain(sqlite: Sqlite): void {
  sqlite.pragma('optimize');
  sqlite.close();
}

/** Services need a clock and an id maker; the bench only reads, so the id maker is never called. */
export function readDeps(db: Db, now: Date): ServiceDeps {
  return {
    db,
    now: () => now,
    newId: () => {
      throw new Error('The bench only reads.');
    },
  };
}
