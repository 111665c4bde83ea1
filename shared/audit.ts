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
  plans: 'Action plan',
  plan_versions: 'Action plan version',
  plan_actions: 'Action plan action',
  school_terms: 'School terms and holidays',
  calendar_events: 'Calendar event',
  event_occurrences: 'Event date change',
  event_attendance: 'Event attendance',
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
