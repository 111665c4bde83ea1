import { desc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { createReferralInput, decideReferralInput, Referral } from '../../shared/casework';
import { fail } from '../../shared/errors';
import { cases, referrals } from '../db/schema';
import { write, type ServiceDeps } from './deps';
import { insertFamily } from './families';
import { openCase } from './cases';
import { requireChildrenOf, requireFamily } from './guards';

/** A referral, and when it is for a family not yet in Linkbook, the family too: one transaction. */
export function createReferral(
  deps: ServiceDeps,
  input: z.output<typeof createReferralInput>,
): { referralId: string; familyId: string } {
  return write(deps, (tx, audit, at) => {
    let familyId: string;
    let childId: string;
    if (input.family.kind === 'new') {
      const created = insertFamily(deps, tx, audit, at, input.family.family);
      const chosen = created.childIds[input.family.childIndex];
      if (!chosen) {
        fail('invalid_input', 'Choose which child the referral is for.', {
          fields: { 'family.childIndex': 'Choose one of the children above.' },
        });
      }
      familyId = created.id;
      childId = chosen;
    } else {
      requireFamily(tx, input.family.familyId);
      requireChildrenOf(tx, input.family.familyId, [input.family.childId], 'family.childId');
      familyId = input.family.familyId;
      childId = input.family.childId;
    }
    const referralId = deps.newId();
    const { consentOn, ...referral } = input.referral;
    tx.insert(referrals)
      .values({
        ...referral,
        consentOn: consentOn || null,
        id: referralId,
        familyId,
        childId,
        createdAt: at,
        updatedAt: at,
      })
      .run();
    audit('create', 'referrals', referralId);
    return { referralId, familyId };
  });
}

/** Accepting opens a case; signposting or declining records why. A referral is decided once. */
export function decideReferral(
  deps: ServiceDeps,
  input: z.output<typeof decideReferralInput>,
): { caseId: string | null } {
  return write(deps, (tx, audit, at) => {
    const referral = tx.select().from(referrals).where(eq(referrals.id, input.id)).get();
    if (!referral) fail('not_found', 'That referral is not in the vault.');
    if (referral.decision !== 'pending') {
      fail('invalid_input', `This referral was already ${referral.decision}.`, {
        fields: { decision: 'This referral has already been decided.' },
      });
    }
    tx.update(referrals)
      .set({
        decision: input.decision,
        decidedOn: input.decidedOn,
        decisionReason: input.reason,
        signpostedTo: input.decision === 'signposted' ? input.signpostedTo : '',
        updatedAt: at,
      })
      .where(eq(referrals.id, input.id))
      .run();
    audit('update', 'referrals', input.id);
    if (input.decision !== 'accepted') return { caseId: null };
    const caseId = openCase(deps, tx, audit, at, {
      familyId: referral.familyId,
      referralId: referral.id,
      on: input.decidedOn,
      note: input.reason || 'Referral accepted.',
    });
    return { caseId };
  });
}

export function listReferrals(deps: ServiceDeps, familyId: string): Referral[] {
  requireFamily(deps.db, familyId);
  const rows = deps.db
    .select()
    .from(referrals)
    .where(eq(referrals.familyId, familyId))
    .orderBy(desc(referrals.receivedOn))
    .all();
  const caseRows = deps.db
    .select({ id: cases.id, referralId: cases.referralId })
    .from(cases)
    .where(eq(cases.familyId, familyId))
    .all();
  return rows.map(({ createdAt: _c, updatedAt: _u, ...row }) => ({
    ...row,
    referrerRole: row.referrerRole as Referral['referrerRole'],
    consentOn: row.consentOn ?? '',
    caseId: caseRows.find((c) => c.referralId === row.id)?.id ?? null,
  }));
}
