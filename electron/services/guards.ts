import { and, eq, inArray } from 'drizzle-orm';
import { localIsoDate } from '../../shared/dates';
import { fail } from '../../shared/errors';
import type { Tx } from '../db/connection';
import { children, families } from '../db/schema';
import type { Db } from '../db/connection';

export function requireFamily(db: Db | Tx, familyId: string): { familyName: string; status: string } {
  const family = db
    .select({ familyName: families.familyName, status: families.status })
    .from(families)
    .where(eq(families.id, familyId))
    .get();
  if (!family) fail('not_found', 'That family is not in the vault.');
  return family;
}

/** Children named on a record must belong to the record's family. */
export function requireChildrenOf(db: Db | Tx, familyId: string, childIds: string[], field: string): void {
  if (childIds.length === 0) return;
  const found = db
    .select({ id: children.id })
    .from(children)
    .where(and(eq(children.familyId, familyId), inArray(children.id, childIds)))
    .all();
  if (found.length !== new Set(childIds).size) {
    fail('invalid_input', 'One of the children chosen is not in this family.', {
      fields: { [field]: 'Choose children from this family.' },
    });
  }
}

/**
 * Records of what happened cannot be dated after today: a contact dated next year would sit at the top of the
 * chronology. Today is the worker's own date (the laptop's), compared by day so a time later today is allowed.
 */
export function refuseFuture(now: Date, date: string, field: string, message: string): void {
  if (date.slice(0, 10) > localIsoDate(now)) fail('invalid_input', message, { fields: { [field]: message } });
}
