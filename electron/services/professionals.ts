import { asc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Professional, professionalInput } from '../../shared/casework';
import { fail } from '../../shared/errors';
import { professionals } from '../db/schema';
import { write, type ServiceDeps } from './deps';
import { requireFamily } from './guards';

export function saveProfessional(
  deps: ServiceDeps,
  input: z.output<typeof professionalInput>,
): { id: string } {
  return write(deps, (tx, audit, at) => {
    requireFamily(tx, input.familyId);
    const { id, ...fields } = input;
    if (id === undefined) {
      const newId = deps.newId();
      tx.insert(professionals)
        .values({ ...fields, id: newId, createdAt: at, updatedAt: at })
        .run();
      audit('create', 'professionals', newId);
      return { id: newId };
    }
    const existing = tx
      .select({ familyId: professionals.familyId })
      .from(professionals)
      .where(eq(professionals.id, id))
      .get();
    if (!existing || existing.familyId !== input.familyId)
      fail('not_found', 'That professional is not recorded for this family.');
    tx.update(professionals)
      .set({ ...fields, updatedAt: at })
      .where(eq(professionals.id, id))
      .run();
    audit('update', 'professionals', id);
    return { id };
  });
}

export function removeProfessional(deps: ServiceDeps, id: string): null {
  write(deps, (tx, audit) => {
    const result = tx.delete(professionals).where(eq(professionals.id, id)).run();
    if (result.changes === 0) fail('not_found', 'That professional is not recorded.');
    audit('delete', 'professionals', id);
  });
  return null;
}

export function listProfessionals(deps: ServiceDeps, familyId: string): Professional[] {
  requireFamily(deps.db, familyId);
  return deps.db
    .select()
    .from(professionals)
    .where(eq(professionals.familyId, familyId))
    .orderBy(asc(professionals.name))
    .all()
    .map(({ createdAt: _c, updatedAt: _u, ...row }) => row);
}
