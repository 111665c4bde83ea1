import { fail } from '../../shared/errors';
import { sql } from 'drizzle-orm';
import type { Db, Tx } from '../db/connection';

/** What every service needs: the open vault, a clock and an id maker, injected so tests control them. */
export interface ServiceDeps {
  db: Db;
  now: () => Date;
  newId: () => string;
}

export type AuditAction = 'create' | 'update' | 'delete' | 'archive' | 'restore';
export type Audit = (action: AuditAction, table: string, recordId: string) => void;

/**
 * Every write goes through here: one transaction that also records who-did-what in the audit log. If `work`
 * throws, better-sqlite3 rolls the whole transaction back, audit rows included.
 */
export function write<T>(deps: ServiceDeps, work: (tx: Tx, audit: Audit, at: string) => T): T {
  const at = deps.now().toISOString();
  return deps.db.transaction((tx) => {
    const audit: Audit = (action, tableName, recordId) => {
      // Named columns: the vault files the row under its family itself (a trigger), and a vault opened at an
      // older version (the migration tests) has no family column to fill.
      tx.run(
        sql`INSERT INTO audit_log (at, action, table_name, record_id) VALUES (${at}, ${action}, ${tableName}, ${recordId})`,
      );
    };
    return work(tx, audit, at);
  });
}

/**
 * For a service that awaited something (a spreadsheet read in a worker) before using the vault: the vault
 * may have been locked meanwhile, closing the connection in `deps`. That is said as "locked", as any call
 * made while locked is, rather than failing on the closed connection as "Something went wrong".
 */
export function stillUnlocked(deps: ServiceDeps): void {
  if (!deps.db.$client.open) fail('locked', 'Linkbook is locked. Unlock it to carry on.');
}
