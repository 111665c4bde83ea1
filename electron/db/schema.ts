import { sql } from 'drizzle-orm';
import {
  type AnySQLiteColumn,
  blob,
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  uniqueIndex,
} from 'drizzle-orm/sqlite-core';

/** Key/value settings that belong to the school's vault (names are sensitive, so they live here). */
export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

/** Who did what, when, to which record; never the content itself. */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: text('at').notNull(),
    action: text('action').notNull(),
    tableName: text('table_name').notNull(),
    recordId: text('record_id').notNull(),
    /**
     * The family the record belongs to, so the trail can be read family by family. No foreign key: the trail
     * outlives a family erased under the retention rules, and names are looked up only when it is shown.
     */
    familyId: text('family_id'),
  },
  (t) => [
    index('audit_log_record').on(t.tableName, t.recordId),
    index('audit_log_family').on(t.familyId, t.at),
    index('audit_log_at').on(t.at),
  ],
);

const timestamps = {
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
};

export const families = sqliteTable(
  'families',
  {
    id: text('id').primaryKey(),
    familyName: text('family_name').notNull(),
    address: text('address').notNull().default(''),
    postcode: text('postcode').notNull().default(''),
    status: text('status', { enum: ['active', 'archived'] })
      .notNull()
      .default('active'),
    archivedAt: text('archived_at'),
    /** Family, children's and carers' names folded for accent- and case-free lookup. */
    searchText: text('search_text').notNull().default(''),
    ...timestamps,
  },
  (t) => [
    index('families_status_sort').on(t.status, t.searchText),
    // Covers the attendance caseload's list of every active family's children, read without the table.
    index('families_caseload').on(t.status, t.searchText, t.id, t.familyName),
    index('families_status_updated').on(t.status, t.updatedAt),
  ],
);

export const carers = sqliteTable(
  'carers',
  {
    id: text('id').primaryKey(),
    familyId: text('family_id')
      .notNull()
      .references(() => families.id),
    position: integer('position').notNull(),
    name: text('name').notNull(),
    relationship: text('relationship').notNull(),
    phone: text('phone').notNull().default(''),
    email: text('email').notNull().default(''),
    preferredLanguage: text('preferred_language').notNull().default(''),
    interpreterNeeded: integer('interpreter_needed', { mode: 'boolean' }).notNull().default(false),
    parentalResponsibility: integer('parental_responsibility', { mode: 'boolean' }).notNull().default(false),
    ...timestamps,
  },
  (t) => [index('carers_family').on(t.familyId, t.position)],
);

const flag = (name: string) => integer(name, { mode: 'boolean' }).notNull().default(false);

export const children = sqliteTable(
  'children',
  {
    id: text('id').primaryKey(),
    familyId: text('family_id')
      .notNull()
      .references(() => families.id),
    position: integer('position').notNull(),
    name: text('name').notNull(),
    preferredName: text('preferred_name').notNull().default(''),
    dateOfBirth: text('date_of_birth').notNull(),
    yearGroup: text('year_group').notNull().default(''),
    className: text('class_name').notNull().default(''),
    pupilId: text('pupil_id').notNull().default(''),
    freeSchoolMeals: flag('free_school_meals'),
    additionalSupportNeeds: flag('additional_support_needs'),
    englishAdditionalLanguage: flag('english_additional_language'),
    careExperienced: flag('care_experienced'),
    youngCarer: flag('young_carer'),
    childProtection: flag('child_protection'),
    attendanceConcern: flag('attendance_concern'),
    ...timestamps,
  },
  (t) => [
    index('children_family').on(t.familyId, t.position),
    index('children_pupil_id').on(t.pupilId),
    // With families_caseload, the attendance caseload lists 23,000 children from the indexes alone.
    index('children_caseload').on(t.familyId, t.position, t.id, t.name, t.preferredName),
  ],
);

/** Other professionals involved with the family, and whether the family agreed to share with them. */
export const professionals = sqliteTable(
  'professionals',
  {
    id: text('id').primaryKey(),
    familyId: text('family_id')
      .notNull()
      .references(() => families.id),
    name: text('name').notNull(),
    agency: text('agency').notNull().default(''),
    role: text('role').notNull().default(''),
    phone: text('phone').notNull().default(''),
    email: text('email').notNull().default(''),
    consentToShare: integer('consent_to_share', { mode: 'boolean' }).notNull().default(false),
    ...timestamps,
  },
  (t) => [index('professionals_family').on(t.familyId)],
);

/** A Request for Assistance: who asked, why, with what consent, and what the worker decided. */
export const referrals = sqliteTable(
  'referrals',
  {
    id: text('id').primaryKey(),
    familyId: text('family_id')
      .notNull()
      .references(() => families.id),
    childId: text('child_id').references(() => children.id),
    receivedOn: text('received_on').notNull(),
    referrerName: text('referrer_name').notNull(),
    referrerRole: text('referrer_role').notNull(),
    concerns: text('concerns').notNull(),
    triedSoFar: text('tried_so_far').notNull().default(''),
    hopedOutcome: text('hoped_outcome').notNull().default(''),
    consentGiven: integer('consent_given', { mode: 'boolean' }).notNull(),
    consentOn: text('consent_on'),
    consentBy: text('consent_by').notNull().default(''),
    decision: text('decision', { enum: ['pending', 'accepted', 'signposted', 'declined'] })
      .notNull()
      .default('pending'),
    decidedOn: text('decided_on'),
    decisionReason: text('decision_reason').notNull().default(''),
    signpostedTo: text('signposted_to').notNull().default(''),
    /** The case this request is part of: the one it opened, or an open case it was added to. */
    caseId: text('case_id').references((): AnySQLiteColumn => cases.id),
    ...timestamps,
  },
  (t) => [index('referrals_family').on(t.familyId, t.receivedOn), index('referrals_decision').on(t.decision)],
);

export const cases = sqliteTable(
  'cases',
  {
    id: text('id').primaryKey(),
    familyId: text('family_id')
      .notNull()
      .references(() => families.id),
    referralId: text('referral_id').references(() => referrals.id),
    status: text('status', { enum: ['open', 'active', 'monitoring', 'closed'] }).notNull(),
    openedOn: text('opened_on').notNull(),
    closedOn: text('closed_on'),
    /** Why the case closed, one of `caseCloseReasons` (shared/casework.ts), so returns can count them. */
    closeReason: text('close_reason').notNull().default(''),
    /** The worker's own words on closing, beside the reason from the list. */
    closeNotes: text('close_notes').notNull().default(''),
    outcome: text('outcome').notNull().default(''),
    ...timestamps,
  },
  (t) => [index('cases_family').on(t.familyId), index('cases_status').on(t.status)],
);

/** Every change of a case's status, so the chronology can tell the case's story. */
export const caseEvents = sqliteTable(
  'case_events',
  {
    id: text('id').primaryKey(),
    caseId: text('case_id')
      .notNull()
      .references(() => cases.id),
    familyId: text('family_id')
      .notNull()
      .references(() => families.id),
    on: text('on').notNull(),
    fromStatus: text('from_status'),
    toStatus: text('to_status').notNull(),
    note: text('note').notNull().default(''),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('case_events_family').on(t.familyId, t.on)],
);

export const contacts = sqliteTable(
  'contacts',
  {
    id: text('id').primaryKey(),
    familyId: text('family_id')
      .notNull()
      .references(() => families.id),
    /** Local date and time, as the worker typed it: YYYY-MM-DDTHH:mm. */
    occurredAt: text('occurred_at').notNull(),
    durationMinutes: integer('duration_minutes').notNull(),
    type: text('type').notNull(),
    present: text('present').notNull().default(''),
    summary: text('summary').notNull(),
    nextStep: text('next_step').notNull().default(''),
    nextStepDue: text('next_step_due'),
    nextStepDoneAt: text('next_step_done_at'),
    deletedAt: text('deleted_at'),
    ...timestamps,
  },
  (t) => [
    index('contacts_family').on(t.familyId, t.occurredAt),
    // Only the next steps still to do: the dashboard reads these, not every step ever set.
    index('contacts_next_step_open')
      .on(t.nextStepDue)
      .where(sql`${t.nextStepDoneAt} IS NULL AND ${t.deletedAt} IS NULL`),
    // The termly return and the weekly tracker read a period's contacts across every family: this covers
    // them, so the large rows (summaries) are never read. 1.8 s to 0.3 s on the 10,000-family bench.
    index('contacts_occurred')
      .on(t.occurredAt, t.familyId, t.type, t.durationMinutes)
      .where(sql`${t.deletedAt} IS NULL`),
  ],
);

export const contactChildren = sqliteTable(
  'contact_children',
  {
    contactId: text('contact_id')
      .notNull()
      .references(() => contacts.id),
    childId: text('child_id')
      .notNull()
      .references(() => children.id),
  },
  (t) => [index('contact_children_contact').on(t.contactId), index('contact_children_child').on(t.childId)],
);

/** A safeguarding concern. Never changed once written (triggers refuse it); only added to by addenda. */
export const concerns = sqliteTable(
  'concerns',
  {
    id: text('id').primaryKey(),
    familyId: text('family_id')
      .notNull()
      .references(() => families.id),
    childId: text('child_id').references(() => children.id),
    occurredAt: text('occurred_at').notNull(),
    whatHappened: text('what_happened').notNull(),
    actionTaken: text('action_taken').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('concerns_family').on(t.familyId, t.occurredAt)],
);

export const concernAddenda = sqliteTable(
  'concern_addenda',
  {
    id: text('id').primaryKey(),
    concernId: text('concern_id')
      .notNull()
      .references(() => concerns.id),
    kind: text('kind', { enum: ['note', 'passed_to_dsl', 'dsl_decision', 'resolved'] }).notNull(),
    text: text('text').notNull(),
    /** For passed_to_dsl: when it was passed on (local date and time), how, and to whom. */
    passedAt: text('passed_at'),
    passedHow: text('passed_how').notNull().default(''),
    dslName: text('dsl_name').notNull().default(''),
    /** For dsl_decision: when the DSL decided (local date and time), which may be before it was written down. */
    decidedAt: text('decided_at'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('concern_addenda_concern').on(t.concernId, t.createdAt)],
);

/** Letters, photos of signed forms, emails saved as PDF: kept inside the encrypted vault, never on disk. */
export const attachments = sqliteTable(
  'attachments',
  {
    id: text('id').primaryKey(),
    familyId: text('family_id')
      .notNull()
      .references(() => families.id),
    contactId: text('contact_id').references(() => contacts.id),
    fileName: text('file_name').notNull(),
    mediaType: text('media_type').notNull(),
    size: integer('size').notNull(),
    data: blob('data', { mode: 'buffer' }).notNull(),
    deletedAt: text('deleted_at'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('attachments_family').on(t.familyId), index('attachments_contact').on(t.contactId)],
);

/** A Wellbeing Web: one child scored on the SHANARRI indicators, on one day, by one person (or agreed). */
export const assessments = sqliteTable(
  'assessments',
  {
    id: text('id').primaryKey(),
    familyId: text('family_id')
      .notNull()
      .references(() => families.id),
    childId: text('child_id')
      .notNull()
      .references(() => children.id),
    assessedOn: text('assessed_on').notNull(),
    scale: integer('scale').notNull(),
    scoredBy: text('scored_by').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('assessments_child').on(t.childId, t.assessedOn)],
);

export const assessmentScores = sqliteTable(
  'assessment_scores',
  {
    assessmentId: text('assessment_id')
      .notNull()
      .references(() => assessments.id),
    indicator: text('indicator').notNull(),
    score: integer('score'),
    skippedReason: text('skipped_reason').notNull().default(''),
    note: text('note').notNull().default(''),
  },
  (t) => [primaryKey({ columns: [t.assessmentId, t.indicator] })],
);

/** An Individual Action Plan: for one child, or for the family with the children it covers. */
export const plans = sqliteTable(
  'plans',
  {
    id: text('id').primaryKey(),
    familyId: text('family_id')
      .notNull()
      .references(() => families.id),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('plans_family').on(t.familyId)],
);

export const planChildren = sqliteTable(
  'plan_children',
  {
    planId: text('plan_id')
      .notNull()
      .references(() => plans.id),
    childId: text('child_id')
      .notNull()
      .references(() => children.id),
  },
  (t) => [primaryKey({ columns: [t.planId, t.childId] })],
);

/** Each review closes one version and starts the next; reviewed versions are never changed again. */
export const planVersions = sqliteTable(
  'plan_versions',
  {
    id: text('id').primaryKey(),
    planId: text('plan_id')
      .notNull()
      .references(() => plans.id),
    number: integer('number').notNull(),
    status: text('status').notNull(),
    basedOnAssessmentId: text('based_on_assessment_id').references(() => assessments.id),
    reviewOn: text('review_on'),
    finalisedAt: text('finalised_at'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    uniqueIndex('plan_versions_number').on(t.planId, t.number),
    index('plan_versions_review').on(t.status, t.reviewOn),
  ],
);

export const planNeeds = sqliteTable(
  'plan_needs',
  {
    id: text('id').primaryKey(),
    versionId: text('version_id')
      .notNull()
      .references(() => planVersions.id),
    position: integer('position').notNull(),
    indicator: text('indicator').notNull(),
    outcome: text('outcome').notNull(),
    support: text('support').notNull(),
  },
  (t) => [index('plan_needs_version').on(t.versionId, t.position)],
);

export const planTargets = sqliteTable(
  'plan_targets',
  {
    id: text('id').primaryKey(),
    needId: text('need_id')
      .notNull()
      .references(() => planNeeds.id),
    position: integer('position').notNull(),
    description: text('description').notNull(),
    progress: text('progress'),
    progressNote: text('progress_note').notNull().default(''),
  },
  (t) => [index('plan_targets_need').on(t.needId, t.position)],
);

export const planActions = sqliteTable(
  'plan_actions',
  {
    id: text('id').primaryKey(),
    needId: text('need_id')
      .notNull()
      .references(() => planNeeds.id),
    position: integer('position').notNull(),
    who: text('who').notNull(),
    whoName: text('who_name').notNull(),
    what: text('what').notNull(),
    dueOn: text('due_on'),
    doneAt: text('done_at'),
  },
  (t) => [index('plan_actions_need').on(t.needId, t.position), index('plan_actions_due').on(t.dueOn)],
);

export const planReviews = sqliteTable('plan_reviews', {
  versionId: text('version_id')
    .primaryKey()
    .references(() => planVersions.id),
  reviewedOn: text('reviewed_on').notNull(),
  assessmentId: text('assessment_id').references(() => assessments.id),
  summary: text('summary').notNull(),
  createdAt: text('created_at').notNull(),
});
/** A school year's terms, in order, as the worker entered them (or accepted the default). */
export const schoolTerms = sqliteTable(
  'school_terms',
  {
    schoolYear: text('school_year').notNull(),
    position: integer('position').notNull(),
    name: text('name').notNull(),
    startsOn: text('starts_on').notNull(),
    endsOn: text('ends_on').notNull(),
  },
  (t) => [primaryKey({ columns: [t.schoolYear, t.position] })],
);

/** Half-terms, bank holidays, INSET days: days a term-time event does not happen. */
export const schoolClosures = sqliteTable(
  'school_closures',
  {
    schoolYear: text('school_year').notNull(),
    position: integer('position').notNull(),
    name: text('name').notNull(),
    startsOn: text('starts_on').notNull(),
    endsOn: text('ends_on').notNull(),
  },
  (t) => [primaryKey({ columns: [t.schoolYear, t.position] })],
);

/** A parental-involvement event: once, or a series the calendar expands (shared/calendar.ts). */
export const calendarEvents = sqliteTable(
  'calendar_events',
  {
    id: text('id').primaryKey(),
    title: text('title').notNull(),
    kind: text('kind').notNull(),
    location: text('location').notNull().default(''),
    /** UK wall-clock times, HH:mm. */
    startTime: text('start_time').notNull(),
    endTime: text('end_time').notNull(),
    description: text('description').notNull().default(''),
    repeats: text('repeats').notNull(),
    /** Weekdays as "0,3" (0 = Monday). */
    weekdays: text('weekdays').notNull().default(''),
    nth: integer('nth').notNull().default(0),
    fromDate: text('from_date').notNull(),
    untilDate: text('until_date').notNull(),
    skipHolidays: integer('skip_holidays', { mode: 'boolean' }).notNull().default(true),
    deletedAt: text('deleted_at'),
    ...timestamps,
  },
  (t) => [index('calendar_events_dates').on(t.fromDate, t.untilDate)],
);

/** One date of a series changed on its own (moved or cancelled), and the count of others who came. */
export const eventOccurrences = sqliteTable(
  'event_occurrences',
  {
    eventId: text('event_id')
      .notNull()
      .references(() => calendarEvents.id),
    /** The date the series gave it; stays its key when it moves. */
    originalDate: text('original_date').notNull(),
    status: text('status', { enum: ['moved', 'cancelled'] }),
    movedDate: text('moved_date'),
    movedStart: text('moved_start'),
    movedEnd: text('moved_end'),
    othersCount: integer('others_count').notNull().default(0),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.originalDate] })],
);

/** Which carers from the vault came to an occurrence. */
export const eventAttendance = sqliteTable(
  'event_attendance',
  {
    eventId: text('event_id')
      .notNull()
      .references(() => calendarEvents.id),
    originalDate: text('original_date').notNull(),
    // No foreign key: a carer taken off a family's form must not fail that save, and their attendance
    // still counts in the term's figures.
    carerId: text('carer_id').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.eventId, t.originalDate, t.carerId] }),
    index('event_attendance_carer').on(t.carerId),
  ],
);

/** The Directory of Services: agencies a family can be pointed to. Retired, never deleted: signposts name them. */
export const services = sqliteTable(
  'services',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    organisation: text('organisation').notNull().default(''),
    offer: text('offer').notNull().default(''),
    eligibility: text('eligibility').notNull().default(''),
    referralRoute: text('referral_route', { enum: ['self', 'professional', 'both'] }).notNull(),
    phone: text('phone').notNull().default(''),
    email: text('email').notNull().default(''),
    website: text('website').notNull().default(''),
    openingTimes: text('opening_times').notNull().default(''),
    cost: text('cost').notNull().default(''),
    languages: text('languages').notNull().default(''),
    area: text('area', { enum: ['local', 'regional', 'national'] }).notNull(),
    /** JSON arrays: a few hundred services are filtered in one pass, so a child table would buy nothing. */
    categories: text('categories').notNull().default('[]'),
    indicators: text('indicators').notNull().default('[]'),
    notes: text('notes').notNull().default(''),
    lastCheckedOn: text('last_checked_on'),
    /** Name and organisation folded for accent- and case-free duplicate checks. */
    matchKey: text('match_key').notNull(),
    retiredAt: text('retired_at'),
    ...timestamps,
  },
  (t) => [index('services_match_key').on(t.matchKey), index('services_checked').on(t.lastCheckedOn)],
);

/** A family pointed (signposted) or referred to a service, and what came of it. */
export const signposts = sqliteTable(
  'signposts',
  {
    id: text('id').primaryKey(),
    familyId: text('family_id')
      .notNull()
      .references(() => families.id),
    serviceId: text('service_id')
      .notNull()
      .references(() => services.id),
    kind: text('kind', { enum: ['signpost', 'referral'] }).notNull(),
    on: text('on').notNull(),
    note: text('note').notNull().default(''),
    outcome: text('outcome', { enum: ['engaged', 'did_not_engage', 'waiting', 'not_eligible'] }),
    outcomeOn: text('outcome_on'),
    outcomeNote: text('outcome_note').notNull().default(''),
    ...timestamps,
  },
  (t) => [index('signposts_family').on(t.familyId, t.on), index('signposts_service').on(t.serviceId)],
);

/**
 * One attendance file brought in. Pupils not on the caseload are kept only as a count: Linkbook does not
 * store the names of children it does not work with.
 */
export const attendanceImports = sqliteTable('attendance_imports', {
  id: text('id').primaryKey(),
  importedAt: text('imported_at').notNull(),
  shape: text('shape', { enum: ['summary', 'session_columns', 'session_rows'] }).notNull(),
  periodFrom: text('period_from').notNull(),
  periodTo: text('period_to').notNull(),
  pupils: integer('pupils').notNull(),
  imported: integer('imported').notNull(),
  notOnCaseload: integer('not_on_caseload').notNull(),
  skippedByWorker: integer('skipped_by_worker').notNull(),
  unreadableRows: integer('unreadable_rows').notNull(),
  replacedPeriods: integer('replaced_periods').notNull(),
  /** Register marks read (per-session shapes); 0 for a summary. */
  marks: integer('marks').notNull().default(0),
});

/**
 * A child's sessions over one period, from one import. Periods of one child never overlap: an import
 * covering some of a period's dates removes those marks from it (or the whole summary) first.
 * A summary holds only its totals. A marks period also holds every register mark (`marks`, see
 * electron/services/attendanceMarks.ts): one text per child per import rather than a row per session, so a
 * school's year (570,000 marks) is written as 1,500 rows and the caseload reads it back in milliseconds,
 * while ranges, weeks and the last 10 school weeks are still counted from the exact sessions. The totals
 * are those of `marks` when present, kept so a whole period is summed without reading them.
 */
export const attendancePeriods = sqliteTable(
  'attendance_periods',
  {
    id: text('id').primaryKey(),
    childId: text('child_id')
      .notNull()
      .references(() => children.id),
    importId: text('import_id')
      .notNull()
      .references(() => attendanceImports.id),
    periodFrom: text('period_from').notNull(),
    periodTo: text('period_to').notNull(),
    possible: integer('possible').notNull(),
    attended: integer('attended').notNull(),
    authorised: integer('authorised').notNull(),
    unauthorised: integer('unauthorised').notNull(),
    /** Scotland's exclusions: missed sessions that are neither authorised nor unauthorised absence. */
    excluded: integer('excluded').notNull().default(0),
    /** Periods from before marks were kept are summaries: only their totals were ever stored. */
    source: text('source', { enum: ['summary', 'marks'] })
      .notNull()
      .default('summary'),
    marks: text('marks'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('attendance_periods_child').on(t.childId, t.periodFrom)],
);

/** The authority's own return template (XLSX or DOCX), kept in the vault with any cell mapping made on screen. */
export const returnTemplates = sqliteTable('return_templates', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  fileName: text('file_name').notNull(),
  format: text('format', { enum: ['xlsx', 'docx'] }).notNull(),
  data: blob('data', { mode: 'buffer' }).notNull(),
  /** JSON array of { sheet, cell, tag }: for an XLSX the worker cannot put tags into. */
  mapping: text('mapping').notNull().default('[]'),
  ...timestamps,
});

/** A short story of one family's support, stored only as anonymised text, for the termly return. */
export const caseStudies = sqliteTable(
  'case_studies',
  {
    id: text('id').primaryKey(),
    familyId: text('family_id')
      .notNull()
      .references(() => families.id),
    title: text('title').notNull(),
    text: text('text').notNull(),
    ...timestamps,
  },
  (t) => [index('case_studies_family').on(t.familyId)],
);

/**
 * A form the worker has started and not saved: kept inside the vault as they type, so a lock, a reload or a
 * power cut never loses it. One per form on one page (`key`); removed when saved or discarded.
 */
export const drafts = sqliteTable(
  'drafts',
  {
    id: text('id').primaryKey(),
    /** Which form on which page, e.g. `contact:family/<id>`: opening that form again finds this draft. */
    key: text('key').notNull(),
    /** Which kind of record it will be (contact, concern, referral, ...), in the worker's words on Today. */
    form: text('form').notNull(),
    /** The page to return to, so the draft is offered back where it was written. */
    path: text('path').notNull(),
    familyId: text('family_id').references(() => families.id),
    /** The form's fields as JSON, exactly as typed (never validated: a half-typed form rarely is valid). */
    values: text('values').notNull(),
    ...timestamps,
  },
  (t) => [uniqueIndex('drafts_key').on(t.key), index('drafts_updated').on(t.updatedAt)],
);
