import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { existsSync } from 'node:fs';
import { createPrivateFile } from '../vault/files';
import * as schema from './schema';

export type Sqlite = Database.Database;
export type Db = BetterSQLite3Database<typeof schema> & { $client: Sqlite };
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

export class WrongKeyError extends Error {
  constructor() {
    super('The key does not open this database.');
    this.name = 'WrongKeyError';
  }
}

/** The database file is not there (opening it would have made a new, empty one). */
export class MissingDatabaseError extends Error {
  constructor() {
    super('The database file is missing.');
    this.name = 'MissingDatabaseError';
  }
}

/**
 * How the 32 random bytes key the file. 'raw' hands them to the cipher as they are (x'…'): they are already
 * a full-strength key, so no per-open key derivation runs. 'legacy' is how vaults and backups made before
 * that were keyed (the bytes as a passphrase, through SQLCipher's 256,000-round PBKDF2); such a file still
 * opens, and the live vault is re-keyed to 'raw' at unlock.
 */
export type Keying = 'raw' | 'legacy';

export interface OpenOptions {
  /** Make the file (readable by the worker alone); otherwise a missing file is an error, never a new vault. */
  create?: boolean;
  /** For reading a backup or a copy without changing a byte of it (no switch to WAL, no -wal file beside it). */
  readonly?: boolean;
}

const keyingPragma: Record<Keying, (hex: string) => string> = {
  raw: (hex) => `key = "x'${hex}'"`,
  legacy: (hex) => `hexkey = '${hex}'`,
};

function openKeyed(file: string, key: Buffer, keying: Keying, readonly: boolean): Sqlite {
  const sqlite = new Database(file, { fileMustExist: true, readonly });
  const hex = key.toString('hex');
  try {
    sqlite.pragma(`cipher = 'sqlcipher'`);
    sqlite.pragma('legacy = 4');
    sqlite.pragma(keyingPragma[keying](hex));
    // Signal's recipe: a smoke read, which fails at once on a wrong key (SQLITE_NOTADB).
    sqlite.prepare('SELECT count(*) FROM sqlite_master').get();
    return sqlite;
  } catch (error) {
    sqlite.close();
    if ((error as { code?: string }).code === 'SQLITE_NOTADB') throw new WrongKeyError();
    throw error;
  }
}

const keyings = new WeakMap<Sqlite, Keying>();

/** How an open connection's file is keyed. */
export function keyingOf(sqlite: Sqlite): Keying {
  return keyings.get(sqlite) ?? 'raw';
}

/** Opens an encrypted database (then WAL, full sync and foreign keys), trying the raw key first. */
export function openEncrypted(file: string, key: Buffer, options: OpenOptions = {}): Sqlite {
  if (key.length !== 32) throw new Error('A database key is 32 bytes.');
  if (options.create) createPrivateFile(file);
  else if (!existsSync(file)) throw new MissingDatabaseError();
  const readonly = options.readonly ?? false;
  let sqlite: Sqlite;
  try {
    sqlite = openKeyed(file, key, 'raw', readonly);
  } catch (error) {
    if (!(error instanceof WrongKeyError) || options.create) throw error;
    sqlite = openKeyed(file, key, 'legacy', readonly);
    keyings.set(sqlite, 'legacy');
  }
  if (!readonly) configure(sqlite);
  return sqlite;
}

/** Re-keys a 'legacy' file to the raw key, in place (SQLite refuses to re-key a file in WAL mode). */
export function upgradeKeying(sqlite: Sqlite, key: Buffer): void {
  if (keyingOf(sqlite) === 'raw') return;
  sqlite.pragma('journal_mode = DELETE');
  sqlite.pragma(`rekey = "x'${key.toString('hex')}'"`);
  sqlite.pragma('journal_mode = WAL');
  keyings.delete(sqlite);
}

/** Only for the benchmark's unencrypted comparison and for tests that need a plain file. */
export function openPlain(file: string): Sqlite {
  const sqlite = new Database(file);
  configure(sqlite);
  return sqlite;
}

function configure(sqlite: Sqlite): void {
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  // Temporary tables and sorts stay in memory, so no plaintext spills to a temp file.
  sqlite.pragma('temp_store = MEMORY');
}

export function quickCheck(sqlite: Sqlite): boolean {
  const rows = sqlite.pragma('quick_check') as { quick_check: string }[];
  return rows.length === 1 && rows[0]?.quick_check === 'ok';
}

export function toDrizzle(sqlite: Sqlite): Db {
  return drizzle(sqlite, { schema });
}
