import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFamily, getFamily, listFamilies } from '../services/families';
import { listFamiliesInput } from '../../shared/families';
import { searchInput } from '../../shared/casework';
import { search } from '../services/search';
import { childAttendance } from '../services/attendance';
import { commitImport } from '../services/attendanceImport';
import { attendanceCommitInput } from '../../shared/attendance';
import { openEncrypted } from '../db/connection';
import { sampleFamily } from '../../tests/support/sample-family';
import { migrationsUpTo, PASSPHRASE, rawFiles, tempDir, vaultOptions } from '../../tests/support/temp-vault';
import { listBackups } from './backup';
import {
  changePassphrase,
  closeSession,
  createVault,
  openVault,
  WrongSecretError,
  type Session,
} from './vault';
import { fingerprint } from '../../tests/support/temp-vault';

let dir: string;
let remove: () => void;
beforeEach(() => ({ dir, remove } = tempDir()));
afterEach(() => remove());

const deps = (session: Session) => ({
  db: session.db,
  now: () => new Date(),
  newId: () => crypto.randomUUID(),
});

describe('the vault on disk', () => {
  it('holds none of the plaintext written, in the database, its WAL or its backups', async () => {
    const options = vaultOptions(dir);
    const { session } = await createVault(options, PASSPHRASE, true);
    createFamily(deps(session), sampleFamily({ familyName: 'Featherstonehaugh family' }));
    closeSession(session);
    const reopened = await openVault(options, 'passphrase', PASSPHRASE); // also writes the day's backup
    createFamily(deps(reopened), sampleFamily({ familyName: 'Nguyễn-Okonkwo household' }));

    const files = rawFiles(dir);
    expect(files.map((file) => file.path).some((path) => path.endsWith('-wal'))).toBe(true);
    expect(listBackups(options.paths.backups)).toHaveLength(1);
    for (const secret of [
      'Featherstonehaugh',
      'Nguyễn-Okonkwo',
      'Dąbrowska',
      'agnieszka@example.com',
      '07700 900123',
    ]) {
      for (const { path, bytes } of files) {
        expect(bytes.includes(Buffer.from(secret, 'utf8')), `${secret} found in ${path}`).toBe(false);
        expect(bytes.includes(Buffer.from(secret, 'utf16le')), `${secret} found in ${path}`).toBe(false);
      }
    }
    closeSession(reopened);
  });

  it('opens nothing, and writes nothing, with the wrong passphrase or recovery key', async () => {
    const options = vaultOptions(dir);
    const { session } = await createVault(options, PASSPHRASE, true);
    closeSession(session);
    const before = fingerprint(dir);
    await expect(openVault(options, 'passphrase', 'correct horse battery stapler')).rejects.toBeInstanceOf(
      WrongSecretError,
    );
    await expect(openVault(options, 'recoveryKey', 'ABCD-'.repeat(13))).rejects.toBeInstanceOf(
      WrongSecretError,
    );
    await expect(openVault(options, 'recoveryKey', 'not a key')).rejects.toBeInstanceOf(WrongSecretError);
    expect(fingerprint(dir)).toBe(before);
  });

  it('refuses the database to anyone holding only the file: a guessed key gets SQLITE_NOTADB', async () => {
    const options = vaultOptions(dir);
    const { session } = await createVault(options, PASSPHRASE, false);
    closeSession(session);
    expect(() => openEncrypted(options.paths.database, Buffer.alloc(32, 7))).toThrow(/does not open/);
  });

  it('opens with the recovery key, before and after a change of passphrase', async () => {
    const options = vaultOptions(dir);
    const { session, recoveryKey } = await createVault(options, PASSPHRASE, true);
    expect(recoveryKey).toMatch(/^([0-9A-Z]{4}-){12}[0-9A-Z]{4}$/);
    const { id } = createFamily(deps(session), sampleFamily());
    await changePassphrase(options, session, PASSPHRASE, 'a brand new passphrase for spring');
    closeSession(session);

    const byRecovery = await openVault(options, 'recoveryKey', recoveryKey!.toLowerCase().replace(/-/g, ' '));
    expect(getFamily(deps(byRecovery), id).familyName).toBe('Dąbrowski family');
    closeSession(byRecovery);
  });

  it('keeps the data when the passphrase changes, and the old passphrase stops working at once', async () => {
    const options = vaultOptions(dir);
    const { session } = await createVault(options, PASSPHRASE, false);
    const { id } = createFamily(deps(session), sampleFamily());
    await expect(
      changePassphrase(options, session, 'not the passphrase', 'another long passphrase'),
    ).rejects.toBeInstanceOf(WrongSecretError);
    await changePassphrase(options, session, PASSPHRASE, 'another long passphrase');
    closeSession(session);

    await expect(openVault(options, 'passphrase', PASSPHRASE)).rejects.toBeInstanceOf(WrongSecretError);
    await expect(openVault(options, 'recoveryKey', 'AAAA-'.repeat(12) + 'AAAA')).rejects.toBeInstanceOf(
      WrongSecretError,
    );
    const reopened = await openVault(options, 'passphrase', 'another long passphrase');
    expect(getFamily(deps(reopened), id).children).toHaveLength(2);
    closeSession(reopened);
  });
});

describe('migrations on an existing vault', () => {
  const olderMigrations = (count: number) => migrationsUpTo(dir, count);

  it('applies new migrations at unlock, after a verified backup, without losing rows', async () => {
    const vaultDir = join(dir, 'vault');
    const older = { ...vaultOptions(vaultDir), migrationsFolder: olderMigrations(1) };
    const { session } = await createVault(older, PASSPHRASE, false);
    session.sqlite
      .prepare(`INSERT INTO settings (key, value) VALUES ('schoolName', '"St Mungo''s Primary"')`)
      .run();
    session.sqlite
      .prepare(
        `INSERT INTO audit_log (at, action, table_name, record_id) VALUES ('2026-01-05T09:00:00Z', 'update', 'settings', 'schoolName')`,
      )
      .run();
    expect(
      session.sqlite.prepare(`SELECT name FROM sqlite_master WHERE name = 'families'`).get(),
    ).toBeUndefined();
    closeSession(session);

    const current = vaultOptions(vaultDir);
    const upgraded = await openVault(current, 'passphrase', PASSPHRASE);
    expect(upgraded.sqlite.prepare('SELECT value FROM settings').all()).toEqual([
      { value: '"St Mungo\'s Primary"' },
    ]);
    expect(upgraded.sqlite.prepare('SELECT count(*) AS n FROM audit_log').get()).toEqual({ n: 1 });
    createFamily(deps(upgraded), sampleFamily());
    expect(listFamilies(deps(upgraded), listFamiliesInput.parse({})).total).toBe(1);

    const backups = listBackups(current.paths.backups);
    expect(backups).toHaveLength(1);
    expect(backups[0]).toMatch(/before-migration\.db$/);
    const backup = openEncrypted(join(current.paths.backups, backups[0]!), upgraded.key);
    expect(backup.prepare(`SELECT name FROM sqlite_master WHERE name = 'families'`).get()).toBeUndefined();
    expect(backup.prepare('SELECT count(*) AS n FROM settings').get()).toEqual({ n: 1 });
    backup.close();
    closeSession(upgraded);
    expect(existsSync(join(vaultDir, 'linkbook.db'))).toBe(true);
  });

  it('0003 indexes the families, children and carers already in the vault for search', async () => {
    const vaultDir = join(dir, 'vault');
    const older = { ...vaultOptions(vaultDir), migrationsFolder: olderMigrations(3) };
    const { session } = await createVault(older, PASSPHRASE, false);
    const { id } = createFamily(deps(session), sampleFamily({ familyName: 'Ó Briain family' }));
    closeSession(session);

    const upgraded = await openVault(vaultOptions(vaultDir), 'passphrase', PASSPHRASE);
    const hits = search(deps(upgraded), searchInput.parse({ text: 'o briain' }));
    expect(hits).toEqual([expect.objectContaining({ kind: 'family', familyId: id })]);
    expect(search(deps(upgraded), searchInput.parse({ text: 'agnieszka' }))).toEqual([
      expect.objectContaining({ kind: 'carer', familyId: id }),
    ]);
    expect(search(deps(upgraded), searchInput.parse({ text: 'kacper' }))).toEqual([
      expect.objectContaining({ kind: 'child', familyId: id }),
    ]);
    closeSession(upgraded);
  });

  it('0011 adds attendance beside the children already in the vault, matched by their UPN', async () => {
    const vaultDir = join(dir, 'vault');
    const older = { ...vaultOptions(vaultDir), migrationsFolder: olderMigrations(11) };
    const { session } = await createVault(older, PASSPHRASE, false);
    const family = sampleFamily();
    family.children[1]!.pupilId = 'B123456789012';
    const { id } = createFamily(deps(session), family);
    expect(
      session.sqlite.prepare(`SELECT name FROM sqlite_master WHERE name = 'attendance_periods'`).get(),
    ).toBeUndefined();
    closeSession(session);

    const upgraded = await openVault(vaultOptions(vaultDir), 'passphrase', PASSPHRASE);
    const zoe = getFamily(deps(upgraded), id).children[0]!.id;
    const csv = 'UPN,Wed 03/09/2025 AM,Wed 03/09/2025 PM\nA123456789012,/,N\n';
    const report = await commitImport(
      deps(upgraded),
      attendanceCommitInput.parse({
        fileName: 'marks.csv',
        dataBase64: Buffer.from(csv).toString('base64'),
        shape: 'session_columns',
        mapping: {
          ...Object.fromEntries(
            Object.keys(attendanceCommitInput.shape.mapping.shape).map((key) => [key, null]),
          ),
          pupilId: 0,
        },
        confirmations: [],
        skipUnreadable: false,
      }),
    );
    expect(report).toMatchObject({ imported: 1, matchedByIdentifier: 1 });
    expect(childAttendance(deps(upgraded), zoe).thisYear).toMatchObject({
      possible: 2,
      attended: 1,
      percent: 50,
    });
    expect(getFamily(deps(upgraded), id).children).toHaveLength(2);
    closeSession(upgraded);
  });

  it('0012 keeps the attendance already held as summaries, their totals as they were', async () => {
    const vaultDir = join(dir, 'vault');
    const older = { ...vaultOptions(vaultDir), migrationsFolder: olderMigrations(12) };
    const { session } = await createVault(older, PASSPHRASE, false);
    const { id } = createFamily(deps(session), sampleFamily());
    const zoe = getFamily(deps(session), id).children[0]!.id;
    session.sqlite
      .prepare(
        `INSERT INTO attendance_imports VALUES ('i1', '2025-12-20T09:00:00Z', 'session_columns', '2025-09-01', '2025-12-19', 1, 1, 0, 0, 0, 0)`,
      )
      .run();
    session.sqlite
      .prepare(
        `INSERT INTO attendance_periods VALUES ('p1', ?, 'i1', '2025-09-01', '2025-12-19', 140, 126, 8, 6, '2025-12-20T09:00:00Z')`,
      )
      .run(zoe);
    closeSession(session);

    const upgraded = await openVault(vaultOptions(vaultDir), 'passphrase', PASSPHRASE);
    // Only totals were kept before 0012, even from a marks file, so the period is a summary.
    expect(childAttendance(deps(upgraded), zoe).periods).toEqual([
      expect.objectContaining({
        id: 'p1',
        source: 'summary',
        possible: 140,
        attended: 126,
        authorised: 8,
        unauthorised: 6,
        excluded: 0,
        level: 'persistent',
      }),
    ]);
    closeSession(upgraded);
  });
});
