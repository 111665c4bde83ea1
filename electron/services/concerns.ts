import { asc, desc, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import type { addendumInput, Concern, concernInput } from '../../shared/casework';
import { fail } from '../../shared/errors';
import type { Tx } from '../db/connection';
import { concernAddenda, concerns } from '../db/schema';
import { write, type Audit, type ServiceDeps } from './deps';
import { refuseFuture, requireChildrenOf, requireFamily } from './guards';

type AddendumInput = z.output<typeof addendumInput>;

function insertAddendum(deps: ServiceDeps, tx: Tx, audit: Audit, at: string, input: AddendumInput): string {
  const id = deps.newId();
  tx.insert(concernAddenda)
    .values({
      id,
      concernId: input.concernId,
      kind: input.kind,
      text: input.text,
      passedAt: input.kind === 'passed_to_dsl' ? input.passedAt : null,
      passedHow: input.kind === 'passed_to_dsl' ? input.passedHow : '',
      dslName: input.kind === 'passed_to_dsl' ? input.dslName : '',
      createdAt: at,
    })
    .run();
  audit('create', 'concern_addenda', id);
  return id;
}

/**
 * Written once, factually. Passing it to the DSL at the same time is its first addendum. From then on the
 * database itself (triggers in migration 0003) refuses any change or deletion.
 */
export function recordConcern(deps: ServiceDeps, input: z.output<typeof concernInput>): { id: string } {
  refuseFuture(
    deps.now(),
    input.occurredAt,
    'occurredAt',
    'A concern records something seen or said, so its date cannot be after today.',
  );
  return write(deps, (tx, audit, at) => {
    requireFamily(tx, input.familyId);
    if (input.childId) requireChildrenOf(tx, input.familyId, [input.childId], 'childId');
    const id = deps.newId();
    tx.insert(concerns)
      .values({
        id,
        familyId: input.familyId,
        childId: input.childId,
        occurredAt: input.occurredAt,
        whatHappened: input.whatHappened,
        actionTaken: input.actionTaken,
        createdAt: at,
      })
      .run();
    audit('create', 'concerns', id);
    if (input.passedToDsl) {
      insertAddendum(deps, tx, audit, at, {
        concernId: id,
        kind: 'passed_to_dsl',
        text: '',
        ...input.passedToDsl,
      });
    }
    return { id };
  });
}

export function addAddendum(deps: ServiceDeps, input: AddendumInput): { id: string } {
  return write(deps, (tx, audit, at) => {
    const concern = tx
      .select({ id: concerns.id })
      .from(concerns)
      .where(eq(concerns.id, input.concernId))
      .get();
    if (!concern) fail('not_found', 'That concern is not in the vault.');
    const earlier = tx
      .select({ kind: concernAddenda.kind })
      .from(concernAddenda)
      .where(eq(concernAddenda.concernId, input.concernId))
      .all();
    if (input.kind === 'resolved' && earlier.some((addendum) => addendum.kind === 'resolved')) {
      fail('invalid_input', 'This concern is already marked resolved.', {
        fields: { kind: 'It is already resolved.' },
      });
    }
    return { id: insertAddendum(deps, tx, audit, at, input) };
  });
}

export function listConcerns(deps: ServiceDeps, familyId: string): Concern[] {
  requireFamily(deps.db, familyId);
  const rows = deps.db
    .select()
    .from(concerns)
    .where(eq(concerns.familyId, familyId))
    .orderBy(desc(concerns.occurredAt))
    .all();
  const addenda = rows.length
    ? deps.db
        .select()
        .from(concernAddenda)
        .where(
          inArray(
            concernAddenda.concernId,
            rows.map((row) => row.id),
          ),
        )
        .orderBy(asc(concernAddenda.createdAt))
        .all()
    : [];
  return rows.map((row) => {
    const own = addenda
      .filter((addendum) => addendum.concernId === row.id)
      .map(({ concernId: _c, ...addendum }) => addendum);
    return {
      ...row,
      addenda: own,
      passedToDsl: own.some((addendum) => addendum.kind === 'passed_to_dsl'),
      resolved: own.some((addendum) => addendum.kind === 'resolved'),
    };
  });
}
