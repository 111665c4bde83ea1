import { z } from 'zod';

/** The tables the audit trail names, in the worker's words. */
export const auditedRecords = {
  families: 'Family',
  carers: 'Carer',
  children: 'Child',
  settings: 'Setting',
  referrals: 'Referral',
  cases: 'Case',
  case_events: 'Case status change',
  contacts: 'Contact',
  concerns: 'Safeguarding concern',
  concern_addenda: 'Concern addendum',
  professionals: 'Professional',
  attachments: 'Document',
  assessments: 'Wellbeing assessment',
  services: 'Directory service',
  signposts: 'Signpost to a service',
} as const;

export const listAuditInput = z.strictObject({
  tableName: z.enum(Object.keys(auditedRecords) as [keyof typeof auditedRecords]).optional(),
  recordId: z.string().max(64).optional(),
  page: z.number().int().min(0).max(1_000_000).default(0),
  pageSize: z.number().int().min(1).max(200).default(50),
});

export interface AuditEntry {
  id: number;
  at: string;
  action: string;
  tableName: string;
  recordId: string;
}
export interface AuditPage {
  rows: AuditEntry[];
  total: number;
}
