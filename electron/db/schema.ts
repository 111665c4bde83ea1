import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

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
  },
  (t) => [index('audit_log_record').on(t.tableName, t.recordId)],
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
    index('families_status_name').on(t.status, sql`${t.familyName} COLLATE NOCASE`),
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
  (t) => [index('children_family').on(t.familyId, t.position), index('children_pupil_id').on(t.pupilId)],
);
