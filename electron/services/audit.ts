import { and, count, desc, eq, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { AuditPage, listAuditInput } from '../../shared/audit';
import { auditLog } from '../db/schema';
import type { ServiceDeps } from './deps';

/** The record of changes, newest first: what was done to which record and when, never the content. */
export function listAudit(deps: ServiceDeps, input: z.output<typeof listAuditInput>): AuditPage {
  const conditions: SQL[] = [];
  if (input.tableName) conditions.push(eq(auditLog.tableName, input.tableName));
  if (input.recordId) conditions.push(eq(auditLog.recordId, input.recordId));
  const where = conditions.length ? and(...conditions) : undefined;
  const rows = deps.db
    .select()
    .from(auditLog)
    .where(where)
    .orderBy(desc(auditLog.id))
    .limit(input.pageSize)
    .offset(input.page * input.pageSize)
    .all();
  const total = deps.db.select({ n: count() }).from(auditLog).where(where).get()?.n ?? 0;
  return { rows, total };
}
