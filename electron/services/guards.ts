import { and, eq, inArray } from 'drizzle-orm';
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
