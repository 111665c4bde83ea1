import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { COPY_FOLDER, type CopyProgress, type FoundCopy } from '../../shared/vault';
import { sampleFamily } from '../../tests/support/sample-family';
import { appCalls, fingerprint, PASSPHRASE, tempDir, testApp } from '../../tests/support/temp-vault';
import type { Linkbook } from '../linkbook';
import { copyPlaces } from './copies';

let root: string;
let remove: () => void;
let usb: string;
let clock: Date;
const apps: Linkbook[] = [];
beforeEach(() => {
  ({ dir: root, remove } = tempDir());
  usb = join(root, 'KINGSTON');
  mkdirSync(usb);
  clock = new Date('2026-11-24T15:30:00Z');
});
afterEach(async () => {
  for (const app of apps.splice(0)) await app.close();
  remove();
});

function laptop(name: string) {
  const app = testApp(join(root, name), () => clock);
  apps.push(app);
  return { app, ...appCalls(() => app), dir: join(root, name) };
}

async function schoolLaptop(schoolName: string, passphrase = PASSPHRASE) {
  const one = laptop(schoolName.replace(/\W/g, ''));
  await one.value('vault.create', {
    schoolName,
    workerName: 'Aisha Rahman',
    passphrase,
    makeRecoveryKey: false,
  });
  return one;
}

describe('a copy on a USB stick', () => {
  it('is written with its key file, checked, and reported as it goes', async () => {
    const old = await schoolLaptop('Craigton Primary');
    await old.value('families.create', sampleFamily({ familyName: 'Okafor family' }));
    const seen: CopyProgress[] = [];
    const copying = old.value('vault.copyTo', { folder: usb });
    // Progress is read while the copy streams to the stick, as the screen's progress bar does.
    const watch = setInterval(() => void old.value('vault.copyProgress', {}).then((p) => seen.push(p)), 1);
    const copy: FoundCopy = await copying;
    clearInterval(watch);

    expect(copy.path).toBe(join(usb, COPY_FOLDER, 'linkbook-2026-11-24T15-30-00-000-on-demand.db'));
    expect(readdirSync(join(usb, COPY_FOLDER)).sort()).toEqual([
      'linkbook-2026-11-24T15-30-00-000-on-demand.db',
      'linkbook-2026-11-24T15-30-00-000-on-demand.keys.json',
    ]);
    if (process.platform !== 'win32') expect(statSync(copy.path).mode & 0o777).toBe(0o600);
    expect(await old.value('vault.copyProgress', {})).toEqual({ stage: 'idle', done: 0, total: 0 });
    expect(readdirSync(old.dir).filter((name) => name.endsWith('.partial'))).toEqual([]);
    expect(seen.length).toBeGreaterThan(0);
  });

  it('says plainly when the place is not there or is Linkbook’s own folder, and writes nothing', async () => {
    const old = await schoolLaptop('Craigton Primary');
    const missing = join(root, 'UNPLUGGED');
    expect(await old.call('vault.copyTo', { folder: missing })).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        fields: { folder: expect.stringMatching(/^There is no folder at .*check it is plugged in/) },
      },
    });
    expect(existsSync(missing)).toBe(false);
    expect(await old.call('vault.copyTo', { folder: old.dir })).toMatchObject({
      ok: false,
      error: { fields: { folder: expect.stringMatching(/outside Linkbook’s own folder/) } },
    });
    expect(await old.call('vault.copyTo', { folder: '   ' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fields: { folder: 'Choose a folder or USB stick.' } },
    });
  });
});

describe('moving a vault to a new laptop', () => {
  it('finds the copy, shows what it holds after the passphrase, and restores it, records and passphrase', async () => {
    const old = await schoolLaptop('Craigton Primary', 'our old laptop passphrase');
    await old.value('families.create', sampleFamily({ familyName: 'Okafor family' }));
    await old.value('families.create', sampleFamily({ familyName: 'Nguyễn family' }));
    const copy: FoundCopy = await old.value('vault.copyTo', { folder: usb });

    const fresh = laptop('new-laptop');
    expect(await fresh.value('vault.status', {})).toMatchObject({ state: 'new' });
    expect(await fresh.value('vault.findCopies', { folder: usb })).toEqual([
      expect.objectContaining({ path: copy.path, reason: 'on-demand', takenAt: '2026-11-24T15:30:00.000Z' }),
    ]);
    const ask = (secret: string) =>
      fresh.call('vault.inspectCopy', { file: copy.path, method: 'passphrase', secret });
    const stickBefore = fingerprint(usb);
    expect(await ask('not the passphrase')).toMatchObject({ ok: false, error: { code: 'wrong_secret' } });
    expect(await ask('our old laptop passphrase')).toEqual({
      ok: true,
      value: {
        schoolName: 'Craigton Primary',
        takenAt: '2026-11-24T15:30:00.000Z',
        families: 2,
        children: 4,
        contacts: 0,
      },
    });
    expect(fingerprint(usb)).toBe(stickBefore);

    expect(
      await fresh.call('vault.restoreCopy', {
        file: copy.path,
        method: 'passphrase',
        secret: 'our old laptop passphrase',
      }),
    ).toEqual({ ok: true, value: null });
    const page: { rows: { familyName: string }[] } = await fresh.value('families.list', {});
    expect(page.rows.map((row) => row.familyName).sort()).toEqual(['Nguyễn family', 'Okafor family']);
    expect(fingerprint(usb)).toBe(stickBefore);
    await fresh.app.lock();
    expect(
      await fresh.call('vault.unlock', { method: 'passphrase', secret: 'our old laptop passphrase' }),
    ).toEqual({ ok: true, value: null });
  });

  it('over another vault, keeps the records it replaced as a backup that brings them back', async () => {
    const old = await schoolLaptop('Craigton Primary', 'our old laptop passphrase');
    await old.value('families.create', sampleFamily({ familyName: 'Okafor family' }));
    const copy: FoundCopy = await old.value('vault.copyTo', { folder: usb });
    const other = await schoolLaptop('Test school on the new laptop');
    await other.value('families.create', sampleFamily({ familyName: 'Practice family' }));
    clock = new Date('2026-11-25T09:00:00Z');

    const secret = 'our old laptop passphrase';
    await other.value('vault.restoreCopy', { file: copy.path, method: 'passphrase', secret });
    const backups: { file: string; reason: string }[] = await other.value('vault.backups', {});
    const replaced = backups.find((backup) => backup.reason === 'before-restore')!;
    await other.value('vault.restore', { file: replaced.file, method: 'passphrase', secret: PASSPHRASE });
    const page: { rows: { familyName: string }[] } = await other.value('families.list', {});
    expect(page.rows.map((row) => row.familyName)).toEqual(['Practice family']);
  });
});

describe('the places offered for a copy', () => {
  it('lists USB sticks where the system mounts them, then Documents', () => {
    const folders: Record<string, string[]> = {
      '/media/aisha': ['KINGSTON', 'SANDISK'],
      '/run/media/aisha': [],
      '/mnt': ['backup-drive'],
    };
    expect(
      copyPlaces({
        platform: 'linux',
        home: '/home/aisha',
        user: 'aisha',
        exists: (path) => path === '/home/aisha/Documents',
        list: (folder) => folders[folder] ?? [],
      }),
    ).toEqual([
      { path: '/media/aisha/KINGSTON', label: 'KINGSTON (drive)' },
      { path: '/media/aisha/SANDISK', label: 'SANDISK (drive)' },
      { path: '/mnt/backup-drive', label: 'backup-drive (drive)' },
      { path: '/home/aisha/Documents', label: 'Documents' },
    ]);
  });
});
