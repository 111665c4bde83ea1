import { z } from 'zod';
import type { Occurrence } from './calendar';
import { impossibleDate, isRealIsoDate } from './dates';
import { familyFields, isoDate, optionalDate } from './families';
import { optionalText, requiredText } from './text';

const id = z.uuid('That record id is not valid.');

/** Local date and time as the worker gives it, 24-hour: YYYY-MM-DDTHH:mm. */
export const isoDateTime = (label: string) =>
  z
    .string({ error: `Enter the ${label}.` })
    .refine(
      (value) =>
        /^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d$/.test(value) && isRealIsoDate(value.slice(0, 10)),
      {
        // The date field holds what was typed until it is a real date, so "31/02/2025T10:00" arrives here.
        error: (issue) =>
          impossibleDate(String(issue.input).split('T')[0] ?? '') ??
          `Enter the ${label} as DD/MM/YYYY and a 24-hour time, like 14:30.`,
      },
    );

const longText = (label: string, max = 10_000) => optionalText(label, max);

export const referrerRoles = [
  'Class teacher',
  'Senior leadership (SLT)',
  'Social work',
  'Health',
  'Educational psychology',
  'Parent or self',
  'Other agency',
] as const;

export const referralFields = z
  .strictObject({
    receivedOn: isoDate('date received'),
    referrerName: requiredText("the referrer's name"),
    referrerRole: z.enum(referrerRoles, { error: 'Choose who referred.' }),
    concerns: requiredText('the concerns', 10_000),
    triedSoFar: longText('what has been tried'),
    hopedOutcome: longText('the outcome hoped for'),
    consentGiven: z.boolean(),
    consentOn: optionalDate('date consent was given'),
    consentBy: optionalText('the name of who gave consent'),
  })
  .superRefine((referral, context) => {
    if (!referral.consentGiven) return;
    if (!referral.consentOn)
      context.addIssue({ code: 'custom', path: ['consentOn'], message: 'Enter the date consent was given.' });
    if (!referral.consentBy.trim())
      context.addIssue({ code: 'custom', path: ['consentBy'], message: 'Enter who gave consent.' });
  });

export const createReferralInput = z.strictObject({
  family: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('existing'), familyId: id, childId: id }),
    z.strictObject({
      kind: z.literal('new'),
      family: familyFields,
      childIndex: z.number().int().min(0).max(14),
    }),
  ]),
  referral: referralFields,
});

export const referralDecisions = ['accepted', 'signposted', 'declined'] as const;
export const decideReferralInput = z
  .strictObject({
    id,
    decision: z.enum(referralDecisions, { error: 'Choose a decision.' }),
    decidedOn: isoDate('date of the decision'),
    reason: longText('the reason', 2_000),
    signpostedTo: optionalText('the service signposted to', 200),
  })
  .superRefine((input, context) => {
    if (input.decision !== 'accepted' && !input.reason.trim()) {
      context.addIssue({ code: 'custom', path: ['reason'], message: 'Give a reason for this decision.' });
    }
    if (input.decision === 'signposted' && !input.signpostedTo.trim()) {
      context.addIssue({
        code: 'custom',
        path: ['signpostedTo'],
        message: 'Say where the family was signposted.',
      });
    }
  });

export const caseStatuses = ['open', 'active', 'monitoring', 'closed'] as const;
export type CaseStatus = (typeof caseStatuses)[number];
export const caseStatusLabels: Record<CaseStatus, string> = {
  open: 'Open',
  active: 'Active',
  monitoring: 'Monitoring',
  closed: 'Closed',
};

/** Why a case closed: a short list, so the termly return can count the reasons ("other" says more in notes). */
export const caseCloseReasons = [
  'needs_met',
  'moved_school',
  'family_withdrew',
  'escalated',
  'other',
] as const;
export type CaseCloseReason = (typeof caseCloseReasons)[number];
export const caseCloseReasonLabels: Record<CaseCloseReason, string> = {
  needs_met: 'Needs met',
  moved_school: 'Moved school',
  family_withdrew: 'Family withdrew',
  escalated: 'Escalated to social work',
  other: 'Other',
};

export const setCaseStatusInput = z
  .strictObject({
    id,
    status: z.enum(caseStatuses, { error: 'Choose a status.' }),
    on: isoDate('date'),
    note: longText('the note', 2_000),
    closeReason: optionalText('the reason for closing', 500),
    outcome: longText('the outcome', 2_000),
  })
  .superRefine((input, context) => {
    if (input.status !== 'closed') return;
    if (!input.closeReason.trim())
      context.addIssue({ code: 'custom', path: ['closeReason'], message: 'Give the reason for closing.' });
    if (!input.outcome.trim())
      context.addIssue({
        code: 'custom',
        path: ['outcome'],
        message: 'Describe the outcome for the family.',
      });
  });

export const openCaseInput = z.strictObject({
  familyId: id,
  on: isoDate('date the case opened'),
  note: longText('the note', 2_000),
});

export const contactTypes = [
  'Home visit',
  'Phone call',
  '1:1 session with child',
  'Meeting with parent',
  'Group session',
  'Team Around the Family/Child meeting',
  'Hearing or conference',
  'Email or letter',
  'Visit with no answer',
] as const;

const contactShape = {
  familyId: id,
  occurredAt: isoDateTime('date and time'),
  durationMinutes: z
    .number({ error: 'Enter the length in minutes.' })
    .int('Enter a whole number of minutes.')
    .min(0, 'The length cannot be negative.')
    .max(1_440, 'A contact lasts at most 24 hours (1,440 minutes).'),
  type: z.enum(contactTypes, { error: 'Choose the type of contact.' }),
  childIds: z.array(id).max(15),
  present: optionalText('who was present', 500),
  summary: requiredText('the summary', 10_000),
  nextStep: optionalText('the next step', 1_000),
  nextStepDue: optionalDate('due date'),
};
const nextStepNeedsDate = (input: { nextStep: string; nextStepDue: string }, context: z.RefinementCtx) => {
  if (input.nextStep.trim() && !input.nextStepDue) {
    context.addIssue({ code: 'custom', path: ['nextStepDue'], message: 'Give the next step a due date.' });
  }
};
export const contactFields = z.strictObject(contactShape).superRefine(nextStepNeedsDate);
export const updateContactInput = z.strictObject({ ...contactShape, id }).superRefine(nextStepNeedsDate);

export const dslRoutes = ['In person', 'Phone call', 'Email', 'Safeguarding system'] as const;

const passedToDslShape = {
  passedAt: isoDateTime('date and time it was passed on'),
  passedHow: z.enum(dslRoutes, { error: 'Choose how it was passed on.' }),
  dslName: requiredText("the DSL's name"),
};

export const concernInput = z.strictObject({
  familyId: id,
  childId: id.nullable(),
  occurredAt: isoDateTime('date and time'),
  whatHappened: requiredText('what was seen or said', 10_000),
  actionTaken: requiredText('the action taken', 5_000),
  passedToDsl: z.strictObject(passedToDslShape).nullable(),
});

export const addendumInput = z.discriminatedUnion('kind', [
  z.strictObject({ concernId: id, kind: z.literal('note'), text: requiredText('the addendum', 5_000) }),
  z.strictObject({
    concernId: id,
    kind: z.literal('passed_to_dsl'),
    text: longText('the note', 5_000),
    ...passedToDslShape,
  }),
  z.strictObject({
    concernId: id,
    kind: z.literal('dsl_decision'),
    text: requiredText("the DSL's decision", 5_000),
  }),
  z.strictObject({
    concernId: id,
    kind: z.literal('resolved'),
    text: requiredText('the reason it is resolved', 5_000),
  }),
]);
export type AddendumKind = z.infer<typeof addendumInput>['kind'];

export const professionalInput = z.strictObject({
  id: id.optional(),
  familyId: id,
  name: requiredText("the professional's name"),
  agency: optionalText('the agency'),
  role: optionalText('the role'),
  phone: optionalText('the phone number', 20),
  email: optionalText('the email address', 254).refine(
    (value) => value === '' || z.email().safeParse(value).success,
    'Enter an email address like name@example.com.',
  ),
  consentToShare: z.boolean(),
});

export const chronologyKinds = [
  'contact',
  'referral',
  'decision',
  'case',
  'concern',
  'addendum',
  'signpost',
  'plan',
] as const;
export type ChronologyKind = (typeof chronologyKinds)[number];
export const chronologyInput = z.strictObject({
  familyId: id,
  kinds: z.array(z.enum(chronologyKinds)).max(chronologyKinds.length).default([]),
  childId: id.nullable().default(null),
});

export const searchInput = z.strictObject({
  text: z.string().trim().min(1, 'Type something to find.').max(100, 'Search for 100 characters or fewer.'),
  includeArchived: z.boolean().default(false),
  limit: z.number().int().min(1).max(100).default(30),
});

export const byFamily = z.strictObject({ familyId: id });
export const byId = z.strictObject({ id });

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
export const attachmentTypes = {
  'application/pdf': 'PDF',
  'image/jpeg': 'JPEG photo',
  'image/png': 'PNG image',
} as const;
export const addAttachmentInput = z.strictObject({
  familyId: id,
  contactId: id.nullable(),
  fileName: requiredText('the file name', 200),
  mediaType: z.enum(Object.keys(attachmentTypes) as [keyof typeof attachmentTypes], {
    error: 'Attach a PDF, a JPEG photo or a PNG image.',
  }),
  // Base64 of at most 10 MiB is at most 13,981,016 characters.
  dataBase64: z
    .string()
    .max(Math.ceil(MAX_ATTACHMENT_BYTES / 3) * 4, 'Files can be at most 10 MB.')
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'The file could not be read.'),
});

// ---- What comes back ----

export interface Referral extends z.infer<typeof referralFields> {
  id: string;
  familyId: string;
  childId: string | null;
  decision: 'pending' | (typeof referralDecisions)[number];
  decidedOn: string | null;
  decisionReason: string;
  signpostedTo: string;
  caseId: string | null;
}
export interface Case {
  id: string;
  familyId: string;
  referralId: string | null;
  status: CaseStatus;
  openedOn: string;
  closedOn: string | null;
  closeReason: string;
  outcome: string;
}
export interface Contact extends z.infer<typeof contactFields> {
  id: string;
  nextStepDoneAt: string | null;
  attachmentCount: number;
}
export interface Addendum {
  id: string;
  kind: AddendumKind;
  text: string;
  passedAt: string | null;
  passedHow: string;
  dslName: string;
  createdAt: string;
}
export interface Concern {
  id: string;
  familyId: string;
  childId: string | null;
  occurredAt: string;
  whatHappened: string;
  actionTaken: string;
  createdAt: string;
  addenda: Addendum[];
  passedToDsl: boolean;
  resolved: boolean;
}
export interface Professional extends z.infer<typeof professionalInput> {
  id: string;
}
export interface ChronologyEntry {
  id: string;
  kind: ChronologyKind;
  /** YYYY-MM-DDTHH:mm (a date alone sorts as the start of that day). */
  at: string;
  title: string;
  detail: string;
  childNames: string[];
  /** Who recorded or sourced it: the referrer, those present, the DSL. */
  source: string;
}
export interface SearchHit {
  kind: 'family' | 'child' | 'carer' | 'professional' | 'contact' | 'concern' | 'addendum' | 'service';
  recordId: string;
  /** A service belongs to no family: its familyId is '', familyName its organisation, familyArchived retired. */
  familyId: string;
  familyName: string;
  familyArchived: boolean;
  title: string;
  snippet: string;
}
export interface PlanDue {
  planId: string;
  familyId: string;
  familyName: string;
  childNames: string;
  due: string;
  overdue: boolean;
}
/** How far ahead Today looks, so a Monday task is there on the Saturday before. */
export const TODAY_HORIZON_DAYS = 7;

export interface Dashboard {
  /** Next steps overdue, due today, or due in the next TODAY_HORIZON_DAYS days, not yet done. */
  followUps: {
    contactId: string;
    familyId: string;
    familyName: string;
    nextStep: string;
    due: string;
    overdue: boolean;
  }[];
  quietCases: { caseId: string; familyId: string; familyName: string; lastContactOn: string | null }[];
  concernsNotPassed: { concernId: string; familyId: string; familyName: string; occurredAt: string }[];
  /** Agreed plans whose review is overdue or falls in the next TODAY_HORIZON_DAYS days. */
  planReviews: PlanDue[];
  /** Actions on agreed plans overdue or due in the next TODAY_HORIZON_DAYS days, not yet done. */
  planActions: (PlanDue & { actionId: string; what: string; who: string })[];
  /** Plans written but not yet agreed with the family, oldest first. */
  planDrafts: {
    planId: string;
    familyId: string;
    familyName: string;
    childNames: string;
    startedOn: string;
  }[];
  caseCounts: Record<CaseStatus, number>;
  /** Parental-involvement events from today to TODAY_HORIZON_DAYS days ahead, cancelled ones left out. */
  upcomingEvents: Occurrence[];
  /** Directory entries not checked for 12 months (or never), oldest first. */
  servicesToCheck: { serviceId: string; name: string; organisation: string; lastCheckedOn: string | null }[];
}
export interface AttachmentInfo {
  id: string;
  familyId: string;
  contactId: string | null;
  fileName: string;
  mediaType: keyof typeof attachmentTypes;
  size: number;
  createdAt: string;
}
