import { desc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Case, setCaseStatusInput } from '../../shared/casework';
import { fail } from '../../shared/errors';
import type { Tx } from '../db/connection';
import { caseEvents, cases } from '../db/schema';
import { write, type Audit, type ServiceDeps } from './deps';
import { requireFamily } from './guards';

export function openCase(
  deps: ServiceDeps,
  tx: Tx,
  audit: Audit,
  at: string,
  input: { familyId: string; referralId: string | null; on: string; note: string },
): string {
  const caseId = deps.newId();
  tx.insert(cases)
    .values({
      id: caseId,
      familyId: input.familyId,
      referralId: input.referralId,
      status: 'open',
      openedOn: input.on,
      createdAt: at,
      updatedAt: at,
    })
    .run();
  audit('create', 'cases', caseId);
  recordEvent(deps, tx, audit, at, {
    caseId,
    familyId: input.familyId,
    on: input.on,
    from: null,
    to: 'open',
    note: input.note,
  });
  return caseId;
}

function recordEvent(
  deps: ServiceDeps,
  tx: Tx,
  audit: Audit,
  at: string,
  event: { caseId: string; familyId: string; on: string; from: string | null; to: string; note: string },
) {
  const id = deps.newId();
  tx.insert(caseEvents)
    .values({
      id,
      caseId: event.caseId,
      familyId: event.familyId,
      on: event.on,
      fromStatus: event.from,
      toStatus: event.to,
      note: event.note,
      createdAt: at,
    })
    .run();
  audit('create', 'case_events', id);
}

/** A case opened directly (not from a referral), e.g. a family who asks for help in the playground. */
export function openCaseForFamily(
  deps: ServiceDeps,
  input: { familyId: string; on: string; note: string },
): { caseId: string } {
  return write(deps, (tx, audit, at) => {
    requireFamily(tx, input.familyId);
    return { caseId: openCase(deps, tx, audit, at, { ...input, referralId: null }) };
  });
}

export function setCaseStatus(deps: ServiceDeps, input: z.output<typeof setCaseStatusInput>): null {
  write(deps, (tx, audit, at) => {
    const current = tx.select().from(cases).where(eq(cases.id, input.id)).get();
    if (!current) fail('not_found', 'That case is not in the vault.');
    if (current.status === input.status) {
      fail('invalid_input', `The case is already ${input.status}.`, {
        fields: { status: 'Choose a different status.' },
      });
    }
    if (input.on < current.openedOn) {
      fail('invalid_input', 'A case cannot change before the day it opened.', {
        fields: { on: 'Choose a date on or after the day the case opened.' },
      });
    }
    const closing = input.status === 'closed';
    tx.update(cases)
      .set({
        status: input.status,
        closedOn: closing ? input.on : null,
        closeReason: closing ? input.closeReason : '',
        outcome: closing ? input.outcome : current.outcome,
        updatedAt: at,
      })
      .where(eq(cases.id, input.id))
      .run();
    audit('update', 'cases', input.id);
    const note = closing
      ? [input.closeReason, input.outcome, input.note].filter(Boolean).join(' — ')
      : input.note;
    recordEvent(deps, tx, audit, at, {
      caseId: input.id,
      familyId: current.familyId,
      on: input.on,
      from: current.status,
      to: input.status,
      note,
    });
  });
  return null;
}

export function listCases(deps: ServiceDeps, familyId: string): Case[] {
  requireFamily(deps.db, familyId);
  return deps.db
    .select()
    .from(cases)
    .where(eq(cases.familyId, familyId))
    .orderBy(desc(cases.openedOn))
    .all()
    .map(({ createdAt: _c, updatedAt: _u, ...row }) => row);
}
