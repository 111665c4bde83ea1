import { desc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Signpost, signpostInput, signpostOutcomeInput } from '../../shared/directory';
import { fail } from '../../shared/errors';
import { services, signposts } from '../db/schema';
import { write, type ServiceDeps } from './deps';
import { requireFamily } from './guards';

/** A family signposted or referred to a service from the directory; the outcome comes later. */
export function createSignpost(deps: ServiceDeps, input: z.output<typeof signpostInput>): { id: string } {
  return write(deps, (tx, audit, at) => {
    requireFamily(tx, input.familyId);
    const service = tx
      .select({ retiredAt: services.retiredAt })
      .from(services)
      .where(eq(services.id, input.serviceId))
      .get();
    if (!service)
      fail('not_found', 'That service is not in the directory.', {
        fields: { serviceId: 'Choose a service from the directory.' },
      });
    if (service.retiredAt)
      fail('invalid_input', 'That service has been retired from the directory.', {
        fields: { serviceId: 'Choose a service that is still running.' },
      });
    const id = deps.newId();
    tx.insert(signposts)
      .values({ ...input, id, createdAt: at, updatedAt: at })
      .run();
    audit('create', 'signposts', id);
    return { id };
  });
}

export function recordSignpostOutcome(deps: ServiceDeps, input: z.output<typeof signpostOutcomeInput>): null {
  write(deps, (tx, audit, at) => {
    const signpost = tx.select({ on: signposts.on }).from(signposts).where(eq(signposts.id, input.id)).get();
    if (!signpost) fail('not_found', 'That signpost is not recorded.');
    if (input.on < signpost.on)
      fail('invalid_input', 'The outcome cannot come before the family was signposted.', {
        fields: { on: 'The outcome cannot come before the family was signposted.' },
      });
    tx.update(signposts)
      .set({ outcome: input.outcome, outcomeOn: input.on, outcomeNote: input.note, updatedAt: at })
      .where(eq(signposts.id, input.id))
      .run();
    audit('update', 'signposts', input.id);
  });
  return null;
}

/** The family's signposts, newest first, with the service's name as it is now. */
export function listSignposts(deps: ServiceDeps, familyId: string): Signpost[] {
  requireFamily(deps.db, familyId);
  return deps.db
    .select({
      id: signposts.id,
      familyId: signposts.familyId,
      serviceId: signposts.serviceId,
      serviceName: services.name,
      organisation: services.organisation,
      kind: signposts.kind,
      on: signposts.on,
      note: signposts.note,
      outcome: signposts.outcome,
      outcomeOn: signposts.outcomeOn,
      outcomeNote: signposts.outcomeNote,
    })
    .from(signposts)
    .innerJoin(services, eq(services.id, signposts.serviceId))
    .where(eq(signposts.familyId, familyId))
    .orderBy(desc(signposts.on), desc(signposts.createdAt))
    .all();
}
