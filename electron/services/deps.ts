import { auditLog } from '../db/schema';
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
      tx.insert(auditLog).values({ at, action, tableName, recordId }).run();
    };
    return work(tx, audit, at);
  });
}
