import type {
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
import type { AuditAction } from '../electron/services/deps';

type Rows<Table extends { $inferInsert: unknown }> = Table['$inferInsert'][];

/** Every row the bench writes, in the order they go in (each table only refers to those before it). */
export interface Dataset {
  families: Rows<typeof families>;
  carers: Rows<typeof carers>;
  children: Rows<typeof children>;
  referrals: Rows<typeof referrals>;
  cases: Rows<typeof cases>;
  caseEvents: Rows<typeof caseEvents>;
  contacts: Rows<typeof contacts>;
  contactChildren: Rows<typeof contactChildren>;
  concerns: Rows<typeof concerns>;
  concernAddenda: Rows<typeof concernAddenda>;
  audit: Rows<typeof auditLog>;
  /** The family whose chronology has exactly CHRONOLOGY_ENTRIES entries. */
  chronologyFamilyId: string;
}

/** The audit row a service writes alongside each change (see write() in electron/services/deps.ts). */
export function audit(data: Dataset, at: string, action: AuditAction, tableName: string, recordId: string) {
  data.audit.push({ at, action, tableName, recordId });
}
