import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
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

/**
 * Signal's recipe: the key before anything else, a smoke read that fails at once on a wrong key
 * (SQLITE_NOTADB), then WAL, full sync and foreign keys.
 */
export function openEncrypted(file: string, key: Buffer): Sqlite {
  if (key.length !== 32) throw new Error('A database key is 32 bytes.');
  const sqlite = new Database(file);
  try {
    sqlite.pragma(`cipher = 'sqlcipher'`);
    sqlite.pragma('legacy = 4');
    sqlite.pragma(`hexkey = '${key.toString('hex')}'`);
    sqlite.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch (error) {
    sqlite.close();
    if ((error as { code?: string }).code === 'SQLITE_NOTADB') throw new WrongKeyError();
    throw error;
  }
  configure(sqlite);
  return sqlite;
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
