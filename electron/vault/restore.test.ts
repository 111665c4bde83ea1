import { closeSync, copyFileSync, openSync, readdirSync, rmSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backup } from '../../shared/vault';
import { sampleFamily } from '../../tests/support/sample-family';
import { appCalls, fingerprint, PASSPHRASE, tempDir, testApp } from '../../tests/support/temp-vault';
import { dispatch } from '../dispatcher';
import type { Linkbook } from '../linkbook';
import { vaultPaths } from './paths';

let dir: string;
let remove: () => void;
let app: Linkbook;
let clock: Date;
beforeEach(() => {
  ({ dir, remove } = tempDir());
  clock = new Date('2026-11-24T09:00:00Z');
  app = testApp(dir, () => clock);
});
afterEach(async () => {
  await app.close();
  remove();
});

const { call, value } = appCalls(() => app);
const later = (minutes: number) => (clock = new Date(clock.getTime() + minutes * 60_000));

async function familyNames(): Promise<string[]> {
  const page: { rows: { familyName: string }[] } = await value('families.list', {});
  return page.rows.map((row) => row.familyName).sort();
}
const addFamily = (familyName: string) => value('families.create', sampleFamily({ familyName }));
const restore = (file: string, secret = PASSPHRASE) =>
  call('vault.restore', { file, method: 'passphrase', secret });

async function newVault() {
  await value('vault.create', {
    schoolName: 'Craigton Primary',
    workerName: 'Aisha Rahman',
    passphrase: PASSPHRASE,
    makeRecoveryKey: false,
  });
}

describe('backing up and restoring the vault', () => {
  it('restores a backup, keeping the records it replaced as a backup that can itself be restored', async () => {
    await newVault();
    await addFamily('Okafor family');
    later(5);
    const backup: Backup = await value('vault.backupNow', {});
    expect(backup).toMatchObject({ reason: 'on-demand', takenAt: '2026-11-24T09:05:00.000Z' });
    expect(backup.bytes).toBeGreaterThan(0);
    later(5);
    await addFamily('Nguyễn family');
    expect(await familyNames()).toEqual(['Nguyễn family', 'Okafor family']);

    later(60);
    expect(await restore(backup.file)).toEqual({ ok: true, value: null });
    expect(await familyNames()).toEqual(['Okafor family']);
    const backups: Backup[] = await value('vault.backups', {});
    const replaced = backups.find((one) => one.reason === 'before-restore')!;
    expect(backups[0]).toEqual(expect.objectContaining({ reason: 'before-restore' }));

    // Restoring the wrong date is undone by restoring what it replaced.
    later(1);
    expect(await restore(replaced.file)).toEqual({ ok: true, value: null });
    expect(await familyNames()).toEqual(['Nguyễn family', 'Okafor family']);
  });

  it('changes nothing with a wrong passphrase, a missing backup or a backup from another vault', async () => {
    await newVault();
    later(1);
    const backup: { file: string } = await value('vault.backupNow', {});
    await app.lock();
    const before = fingerprint(dir);

    expect(await restore(backup.file, 'not the passphrase at all')).toMatchObject({
      ok: false,
      error: { code: 'wrong_secret', fields: { secret: 'That passphrase is not right.' } },
    });
    expect(await restore('linkbook-2020-01-01T00-00-00-000-daily.db')).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: 'That backup is no longer in the backups folder.' },
    });
    expect(await restore('../keys.json')).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fields: { file: 'Choose a backup from the list.' } },
    });
    expect(fingerprint(dir)).toBe(before);

    // Another school's vault, its backup copied into this one's folder: its key is not this vault's.
    const other = tempDir();
    try {
      const otherApp = testApp(other.dir, () => clock);
      await dispatch(otherApp, 'vault.create', {
        schoolName: 'Another school',
        workerName: 'Someone else',
        passphrase: PASSPHRASE,
        makeRecoveryKey: false,
      });
      const foreign = await dispatch(otherApp, 'vault.backupNow', {});
      await otherApp.close();
      if (!foreign.ok) throw new Error(foreign.error.message);
      const name = 'linkbook-2026-11-24T08-00-00-000-daily.db';
      copyFileSync(
        join(vaultPaths(other.dir).backups, (foreign.value as Backup).file),
        join(vaultPaths(dir).backups, name),
      );
      const withForeign = fingerprint(dir);
      expect(await restore(name)).toMatchObject({
        ok: false,
        error: { code: 'invalid_input', message: 'That backup cannot be opened with this vault’s key.' },
      });
      expect(fingerprint(dir)).toBe(withForeign);
    } finally {
      other.remove();
    }
  });

  it('says a damaged vault is damaged, and a backup brings the records back', async () => {
    await newVault();
    await addFamily('Ó Briain family');
    await app.lock();
    // Unlocking takes the day's backup; then the database file is damaged behind Linkbook's back.
    await value('vault.unlock', { method: 'passphrase', secret: PASSPHRASE });
    await app.lock();
    const database = vaultPaths(dir).database;
    const file = openSync(database, 'r+');
    const size = statSync(database).size;
    writeSync(file, Buffer.alloc(size - 8192, 0x5a), 0, size - 8192, 4096);
    closeSync(file);
    rmSync(`${database}-wal`, { force: true });

    expect(await call('vault.unlock', { method: 'passphrase', secret: PASSPHRASE })).toMatchObject({
      ok: false,
      error: { code: 'vault_damaged' },
    });
    const [daily] = readdirSync(vaultPaths(dir).backups).filter((name) => name.endsWith('-daily.db'));
    expect(await restore(daily!)).toEqual({ ok: true, value: null });
    expect(await familyNames()).toEqual(['Ó Briain family']);
  });
});
