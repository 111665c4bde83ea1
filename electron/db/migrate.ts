import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import type { Db, Sqlite } from './connection';

/** Migrations drizzle-kit generated that this vault has not had yet (drizzle's own rule: by folder time). */
export function pendingMigrations(sqlite: Sqlite, migrationsFolder: string): number {
  const all = readMigrationFiles({ migrationsFolder });
  const table = sqlite
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'`)
    .get();
  if (!table) return all.length;
  const last = sqlite.prepare('SELECT max(created_at) AS at FROM __drizzle_migrations').get() as {
    at: number | null;
  };
  return all.filter((migration) => migration.folderMillis > (last.at ?? 0)).length;
}

/** drizzle's migrator runs every pending migration inside one transaction: all apply, or none. */
export function applyMigrations(db: Db, migrationsFolder: string): void {
  migrate(db, { migrationsFolder });
}
