import { sql } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Db, Tx } from '../electron/db/connection';
import {
  auditLog,
  carers,
  caseEvents,
  cases,
  children,
  concernAddenda,
  concerns,
  contactChildren,
  contacts,
  families,
  referrals,
} from '../electron/db/schema';
import type { Dataset } from './dataset';

// 256 MB of page cache while building, so the indexes and the full-text index the triggers fill stay in
// memory rather than being written out and read back; the connection is closed before anything is timed.
const BUILD_CACHE_KIB = 256 * 1024;

/**
 * One statement prepared per table and run row by row: building a multi-row insert in Drizzle costs more
 * than SQLite takes to run it (about four times as long for the audit log). Every row of a table has the
 * same fields, so the first row's are the statement's.
 */
function insertAll<Table extends SQLiteTable>(tx: Tx, table: Table, rows: Table['$inferInsert'][]): void {
  const first = rows[0];
  if (!first) return;
  const placeholders = Object.fromEntries(Object.keys(first).map((field) => [field, sql.placeholder(field)]));
  const statement = tx
    .insert(table)
    .values(placeholders as Table['$inferInsert'])
    .prepare();
  for (const row of rows) statement.run(row);
}

/** Everything in one transaction: one commit, so building the vault takes seconds rather than minutes. */
export function insertDataset(db: Db, data: Dataset): void {
  db.$client.pragma(`cache_size = -${BUILD_CACHE_KIB}`);
  db.transaction((tx) => {
    insertAll(tx, families, data.families);
    insertAll(tx, carers, data.carers);
    insertAll(tx, children, data.children);
    insertAll(tx, referrals, data.referrals);
    insertAll(tx, cases, data.cases);
    insertAll(tx, caseEvents, data.caseEvents);
    // The search triggers index each contact, concern and addendum as it goes in, as they do in the app.
    insertAll(tx, contacts, data.contacts);
    insertAll(tx, contactChildren, data.contactChildren);
    insertAll(tx, concerns, data.concerns);
    insertAll(tx, concernAddenda, data.concernAddenda);
    insertAll(tx, auditLog, data.audit);
  });
}
