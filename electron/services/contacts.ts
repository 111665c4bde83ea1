import { and, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Contact, contactFields, updateContactInput } from '../../shared/casework';
import { fail } from '../../shared/errors';
import type { Tx } from '../db/connection';
import { attachments, contactChildren, contacts } from '../db/schema';
import { write, type ServiceDeps } from './deps';
import { refuseFuture, requireChildrenOf, requireFamily } from './guards';

type ContactInput = z.output<typeof contactFields>;

function linkChildren(tx: Tx, contactId: string, childIds: string[]) {
  tx.delete(contactChildren).where(eq(contactChildren.contactId, contactId)).run();
  for (const childId of new Set(childIds)) tx.insert(contactChildren).values({ contactId, childId }).run();
}

function fieldsOf(input: ContactInput) {
  const { childIds: _children, familyId: _family, nextStepDue, ...fields } = input;
  return { ...fields, nextStepDue: nextStepDue || null };
}

const FUTURE_CONTACT =
  'A contact is something that has happened, so its date cannot be after today. Put a planned visit as the next step of your last contact.';

export function createContact(deps: ServiceDeps, input: ContactInput): { id: string } {
  refuseFuture(deps.now(), input.occurredAt, 'occurredAt', FUTURE_CONTACT);
  return write(deps, (tx, audit, at) => {
    requireFamily(tx, input.familyId);
    requireChildrenOf(tx, input.familyId, input.childIds, 'childIds');
    const id = deps.newId();
    tx.insert(contacts)
      .values({ ...fieldsOf(input), id, familyId: input.familyId, createdAt: at, updatedAt: at })
      .run();
    linkChildren(tx, id, input.childIds);
    audit('create', 'contacts', id);
    return { id };
  });
}

function requireContact(tx: Tx, id: string) {
  const contact = tx.select().from(contacts).where(eq(contacts.id, id)).get();
  if (!contact || contact.deletedAt) fail('not_found', 'That contact is not in the vault.');
  return contact;
}

export function updateContact(deps: ServiceDeps, input: z.output<typeof updateContactInput>): { id: string } {
  refuseFuture(deps.now(), input.occurredAt, 'occurredAt', FUTURE_CONTACT);
  return write(deps, (tx, audit, at) => {
    const contact = requireContact(tx, input.id);
    if (contact.familyId !== input.familyId) {
      fail('invalid_input', 'A contact cannot move to another family.', {
        fields: { familyId: 'This is not the contact’s family.' },
      });
    }
    requireChildrenOf(tx, input.familyId, input.childIds, 'childIds');
    const { id: _id, ...rest } = input;
    tx.update(contacts)
      .set({ ...fieldsOf(rest), updatedAt: at })
      .where(eq(contacts.id, input.id))
      .run();
    linkChildren(tx, input.id, input.childIds);
    audit('update', 'contacts', input.id);
    return { id: input.id };
  });
}

/** Removed from the chronology and from search, but kept (with the audit trail) in case it is needed. */
export function deleteContact(deps: ServiceDeps, id: string): null {
  write(deps, (tx, audit, at) => {
    requireContact(tx, id);
    tx.update(contacts).set({ deletedAt: at, updatedAt: at }).where(eq(contacts.id, id)).run();
    audit('delete', 'contacts', id);
  });
  return null;
}

export function completeNextStep(deps: ServiceDeps, id: string): null {
  write(deps, (tx, audit, at) => {
    const contact = requireContact(tx, id);
    if (!contact.nextStep) fail('invalid_input', 'This contact has no next step to mark as done.');
    tx.update(contacts).set({ nextStepDoneAt: at, updatedAt: at }).where(eq(contacts.id, id)).run();
    audit('update', 'contacts', id);
  });
  return null;
}

export function listContacts(deps: ServiceDeps, familyId: string): Contact[] {
  requireFamily(deps.db, familyId);
  const rows = deps.db
    .select()
    .from(contacts)
    .where(and(eq(contacts.familyId, familyId), isNull(contacts.deletedAt)))
    .orderBy(desc(contacts.occurredAt))
    .all();
  const ids = rows.map((row) => row.id);
  const links = ids.length
    ? deps.db.select().from(contactChildren).where(inArray(contactChildren.contactId, ids)).all()
    : [];
  const counts = ids.length
    ? deps.db
        .select({ contactId: attachments.contactId, n: sql<number>`count(*)` })
        .from(attachments)
        .where(and(inArray(attachments.contactId, ids), isNull(attachments.deletedAt)))
        .groupBy(attachments.contactId)
        .all()
    : [];
  return rows.map((row) => ({
    id: row.id,
    familyId: row.familyId,
    occurredAt: row.occurredAt,
    durationMinutes: row.durationMinutes,
    type: row.type as Contact['type'],
    childIds: links.filter((link) => link.contactId === row.id).map((link) => link.childId),
    present: row.present,
    summary: row.summary,
    nextStep: row.nextStep,
    nextStepDue: row.nextStepDue ?? '',
    nextStepDoneAt: row.nextStepDoneAt,
    attachmentCount: counts.find((count) => count.contactId === row.id)?.n ?? 0,
  }));
}
