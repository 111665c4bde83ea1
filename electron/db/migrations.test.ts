import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { createFamily, getFamily } from '../services/families';
import { sampleFamily } from '../../tests/support/sample-family';
import { migrationsUpTo, PASSPHRASE, tempDir, vaultOptions } from '../../tests/support/temp-vault';
import { closeSession, createVault, openVault, type Session } from '../vault/vault';

/** Migrations that change data, each run on a vault made by the Linkbook just before it. */
let dir: string;
let remove: () => void;
beforeEach(() => ({ dir, remove } = tempDir()));
afterEach(() => remove());

const deps = (session: Session) => ({
  db: session.db,
  now: () => new Date('2026-11-24T10:00:00Z'),
  newId: () => crypto.randomUUID(),
});

async function vaultBefore(migration: number): Promise<{ session: Session; reopen: () => Promise<Session> }> {
  const vaultDir = join(dir, 'vault');
  const older = { ...vaultOptions(vaultDir), migrationsFolder: migrationsUpTo(dir, migration) };
  const { session } = await createVault(older, PASSPHRASE, false);
  return { session, reopen: () => openVault(vaultOptions(vaultDir), 'passphrase', PASSPHRASE) };
}

describe('0015: drafts, requests linked to their case, reasons for closing, the trail by family', () => {
  it('links each request to the case it opened, keeps free-text closing reasons as notes, files the trail by family', async () => {
    const { session, reopen } = await vaultBefore(15);
    const { id: familyId } = createFamily(deps(session), sampleFamily());
    const childId = getFamily(deps(session), familyId).children[0]!.id;
    const run = (sql: string, ...params: unknown[]) => session.sqlite.prepare(sql).run(...params);
    const at = '2026-10-01T09:00:00.000Z';
    run(
      `INSERT INTO referrals (id, family_id, child_id, received_on, referrer_name, referrer_role, concerns, consent_given, decision, created_at, updated_at)
       VALUES ('r1', ?, ?, '2026-09-20', 'Ms Reid', 'Class teacher', 'Late most days', 1, 'accepted', ?, ?),
              ('r2', ?, ?, '2026-09-21', 'Mr Khan', 'School nurse', 'Tired in class', 1, 'pending', ?, ?)`,
      familyId,
      childId,
      at,
      at,
      familyId,
      childId,
      at,
      at,
    );
    run(
      `INSERT INTO cases (id, family_id, referral_id, status, opened_on, closed_on, close_reason, outcome, created_at, updated_at)
       VALUES ('c1', ?, 'r1', 'closed', '2026-09-22', '2026-11-20', 'Mum says things are better now', 'Attendance back above 95%', ?, ?),
              ('c2', ?, NULL, 'closed', '2026-09-22', '2026-11-20', 'moved_school', 'Handed over to the new school', ?, ?),
              ('c3', ?, NULL, 'active', '2026-09-22', NULL, '', '', ?, ?)`,
      familyId,
      at,
      at,
      familyId,
      at,
      at,
      familyId,
      at,
      at,
    );
    run(
      `INSERT INTO concerns (id, family_id, child_id, occurred_at, what_happened, action_taken, created_at)
       VALUES ('k1', ?, ?, '2026-10-02T09:10', 'Bruise on arm', 'Told the DSL', ?)`,
      familyId,
      childId,
      at,
    );
    run(
      `INSERT INTO concern_addenda (id, concern_id, kind, text, created_at) VALUES ('a1', 'k1', 'dsl_decision', 'Monitor', ?)`,
      at,
    );
    const audit = (table: string, record: string) =>
      run(
        `INSERT INTO audit_log (at, action, table_name, record_id) VALUES (?, 'create', ?, ?)`,
        at,
        table,
        record,
      );
    audit('referrals', 'r1');
    audit('concern_addenda', 'a1');
    audit('settings', 'schoolName');
    audit('contacts', 'a-contact-since-deleted');
    closeSession(session);

    const upgraded = await reopen();
    const all = (sql: string) => upgraded.sqlite.prepare(sql).all();
    expect(all(`SELECT id, case_id AS caseId FROM referrals ORDER BY id`)).toEqual([
      { id: 'r1', caseId: 'c1' },
      { id: 'r2', caseId: null },
    ]);
    expect(
      all(`SELECT id, close_reason AS reason, close_notes AS notes, outcome FROM cases ORDER BY id`),
    ).toEqual([
      {
        id: 'c1',
        reason: 'other',
        notes: 'Mum says things are better now',
        outcome: 'Attendance back above 95%',
      },
      { id: 'c2', reason: 'moved_school', notes: '', outcome: 'Handed over to the new school' },
      { id: 'c3', reason: '', notes: '', outcome: '' },
    ]);
    expect(all(`SELECT decided_at AS decidedAt FROM concern_addenda`)).toEqual([{ decidedAt: null }]);
    const trail = all(
      `SELECT table_name AS tableName, record_id AS recordId, family_id AS familyId FROM audit_log`,
    );
    expect(trail).toEqual(
      expect.arrayContaining([
        { tableName: 'families', recordId: familyId, familyId },
        { tableName: 'referrals', recordId: 'r1', familyId },
        { tableName: 'concern_addenda', recordId: 'a1', familyId },
        { tableName: 'settings', recordId: 'schoolName', familyId: null },
        { tableName: 'contacts', recordId: 'a-contact-since-deleted', familyId: null },
      ]),
    );
    expect(trail.filter((row) => (row as { tableName: string }).tableName === 'children')).toEqual(
      getFamily(deps(upgraded), familyId).children.map((child) => ({
        tableName: 'children',
        recordId: child.id,
        familyId,
      })),
    );
    expect(all(`SELECT count(*) AS n FROM drafts`)).toEqual([{ n: 0 }]);
    // From now on the vault files each new row itself.
    const { id: laterFamily } = createFamily(deps(upgraded), sampleFamily({ familyName: 'Okafor family' }));
    const laterChild = getFamily(deps(upgraded), laterFamily).children[0]!.id;
    expect(
      upgraded.sqlite
        .prepare(
          `SELECT family_id AS familyId FROM audit_log WHERE table_name = 'children' AND record_id = ?`,
        )
        .get(laterChild),
    ).toEqual({ familyId: laterFamily });
    closeSession(upgraded);
  });
});
