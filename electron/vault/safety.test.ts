import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backup } from '../../shared/vault';
import { sampleFamily } from '../../tests/support/sample-family';
import { appCalls, PASSPHRASE, tempDir, testApp, vaultOptions } from '../../tests/support/temp-vault';
import type { Linkbook } from '../linkbook';
import { FolderInUseError } from './folder-lock';
import { vaultPaths, type VaultPaths } from './paths';
import { closeSession, createVault, prepareRestore } from './vault';

let dir: string;
let remove: () => void;
let paths: VaultPaths;
let app: Linkbook;
let clock: Date;
beforeEach(() => {
  ({ dir, remove } = tempDir());
  paths = vaultPaths(dir);
  clock = new Date('2026-11-24T09:00:00Z');
  app = testApp(dir, () => clock);
});
afterEach(async () => {
  await app.close();
  remove();
});

const { call, value } = appCalls(() => app);
const later = (seconds: number) => (clock = new Date(clock.getTime() + seconds * 1000));
const unlock = (secret: string) => call('vault.unlock', { method: 'passphrase', secret });
const NEW_PASSPHRASE = 'a brand new passphrase for spring';

async function newVault() {
  await value('vault.create', {
    schoolName: 'Craigton Primary',
    workerName: 'Aisha Rahman',
    passphrase: PASSPHRASE,
    makeRecoveryKey: false,
  });
}
async function familyNames(): Promise<string[]> {
  const page: { rows: { familyName: string }[] } = await value('families.list', {});
  return page.rows.map((row) => row.familyName).sort();
}
/** As a new start of Linkbook on the same folder would find it (start-up recovery runs in the constructor). */
async function restart() {
  await app.close();
  app = testApp(dir, () => clock);
}

describe('a change of passphrase and a lock at the same time', () => {
  it('finishes the change before locking, so the new passphrase opens the vault', async () => {
    await newVault();
    await value('families.create', sampleFamily({ familyName: 'Okafor family' }));
    const change = call('vault.changePassphrase', { current: PASSPHRASE, next: NEW_PASSPHRASE });
    const lock = call('vault.lock', {});
    expect(await change).toEqual({ ok: true, value: null });
    expect(await lock).toEqual({ ok: true, value: null });
    expect(app.isUnlocked).toBe(false);

    expect(await unlock(PASSPHRASE)).toMatchObject({ ok: false, error: { code: 'wrong_secret' } });
    expect(await unlock(NEW_PASSPHRASE)).toEqual({ ok: true, value: null });
    expect(await familyNames()).toEqual(['Okafor family']);
  });

  it('an idle lock and a quit wait for the change too', async () => {
    await newVault();
    await value('settings.update', { idleLockMinutes: 5 });
    later(10 * 60);
    const change = call('vault.changePassphrase', { current: PASSPHRASE, next: NEW_PASSPHRASE });
    const idle = app.lockIfIdle();
    const closing = app.close();
    expect(await change).toEqual({ ok: true, value: null });
    await Promise.all([idle, closing]);
    app = testApp(dir, () => clock);
    expect(await unlock(NEW_PASSPHRASE)).toEqual({ ok: true, value: null });
  });
});

describe('the key file', () => {
  it('is kept twice in the vault folder, both copies changing with the passphrase', async () => {
    await newVault();
    expect(readFileSync(paths.keysCopy, 'utf8')).toBe(readFileSync(paths.keys, 'utf8'));
    const before = readFileSync(paths.keys, 'utf8');
    await value('vault.changePassphrase', { current: PASSPHRASE, next: NEW_PASSPHRASE });
    expect(readFileSync(paths.keys, 'utf8')).not.toBe(before);
    expect(readFileSync(paths.keysCopy, 'utf8')).toBe(readFileSync(paths.keys, 'utf8'));
  });

  it('is copied as it is at start when a kill came between the two writes, so the copies agree again', async () => {
    await newVault();
    const before = readFileSync(paths.keysCopy, 'utf8');
    await value('vault.changePassphrase', { current: PASSPHRASE, next: NEW_PASSPHRASE });
    await app.close();
    // As a kill after the live file was written and before its copy leaves them.
    writeFileSync(paths.keysCopy, before);
    app = testApp(dir, () => clock);
    expect(readFileSync(paths.keysCopy, 'utf8')).toBe(readFileSync(paths.keys, 'utf8'));
    expect(await unlock(NEW_PASSPHRASE)).toEqual({ ok: true, value: null });
  });

  it('when damaged, says so in plain words and offers the copy, which then opens the vault', async () => {
    await newVault();
    await value('families.create', sampleFamily({ familyName: 'Okafor family' }));
    await app.lock();
    writeFileSync(paths.keys, '{"format": "linkbook-vau');

    expect(await unlock(PASSPHRASE)).toEqual({
      ok: false,
      error: {
        code: 'key_file_damaged',
        message: expect.stringMatching(/^Linkbook’s key file is damaged.*use the copy/),
        offer: 'use_key_copy',
      },
    });
    expect(await call('vault.useKeyCopy', {})).toEqual({ ok: true, value: null });
    expect(await unlock(PASSPHRASE)).toEqual({ ok: true, value: null });
    expect(await familyNames()).toEqual(['Okafor family']);
  });

  it('travels with every backup, so losing both copies loses nothing: a backup brings the vault back', async () => {
    await newVault();
    await value('families.create', sampleFamily({ familyName: 'Okafor family' }));
    later(60);
    const backup: Backup = await value('vault.backupNow', {});
    expect(existsSync(join(paths.backups, backup.file.replace(/\.db$/, '.keys.json')))).toBe(true);
    await app.lock();
    rmSync(paths.keys);
    rmSync(paths.keysCopy);
    await restart();

    expect(await call('vault.status', {})).toMatchObject({ value: { state: 'locked' } });
    expect(await unlock(PASSPHRASE)).toMatchObject({
      ok: false,
      error: { code: 'key_file_damaged', offer: 'restore' },
    });
    expect(
      await call('vault.restore', { file: backup.file, method: 'passphrase', secret: PASSPHRASE }),
    ).toEqual({ ok: true, value: null });
    expect(await familyNames()).toEqual(['Okafor family']);
    expect(readFileSync(paths.keysCopy, 'utf8')).toBe(readFileSync(paths.keys, 'utf8'));
  });
});

describe('a missing or half-made vault', () => {
  it('never opens a missing database as a new, empty vault: it says so and offers a backup', async () => {
    await newVault();
    await value('families.create', sampleFamily({ familyName: 'Okafor family' }));
    later(60);
    const backup: Backup = await value('vault.backupNow', {});
    await app.lock();
    rmSync(paths.database);

    expect(await unlock(PASSPHRASE)).toMatchObject({
      ok: false,
      error: { code: 'vault_missing', offer: 'restore' },
    });
    expect(existsSync(paths.database)).toBe(false);
    expect(
      await call('vault.create', {
        schoolName: 'Craigton Primary',
        workerName: 'Aisha Rahman',
        passphrase: PASSPHRASE,
        makeRecoveryKey: false,
      }),
    ).toMatchObject({ ok: false, error: { code: 'vault_exists' } });
    expect(
      await call('vault.restore', { file: backup.file, method: 'passphrase', secret: PASSPHRASE }),
    ).toEqual({ ok: true, value: null });
    expect(await familyNames()).toEqual(['Okafor family']);
  });

  it('finishes a restore that a kill interrupted between its renames', async () => {
    await newVault();
    await value('families.create', sampleFamily({ familyName: 'Okafor family' }));
    later(60);
    const backup: Backup = await value('vault.backupNow', {});
    await value('families.create', sampleFamily({ familyName: 'Nguyễn family' }));
    await app.lock();
    // The restore's first half, its intent, and the first move, as a kill after it would leave them.
    await prepareRestore(
      vaultOptions(dir, () => clock),
      { backup: backup.file },
      'passphrase',
      PASSPHRASE,
    );
    const replacedAs = 'linkbook-2026-11-24T09-01-00-000-before-restore.db';
    writeFileSync(paths.restoreIntent, JSON.stringify({ replacedAs, keys: null }));
    renameSync(paths.database, join(paths.backups, replacedAs));
    await restart();

    expect(existsSync(paths.restoring)).toBe(false);
    expect(existsSync(paths.restoreIntent)).toBe(false);
    expect(await unlock(PASSPHRASE)).toEqual({ ok: true, value: null });
    expect(await familyNames()).toEqual(['Okafor family']);
  });

  it('undoes a restore that a kill interrupted before it touched the vault', async () => {
    await newVault();
    await value('families.create', sampleFamily({ familyName: 'Okafor family' }));
    later(60);
    const backup: Backup = await value('vault.backupNow', {});
    await value('families.create', sampleFamily({ familyName: 'Nguyễn family' }));
    await app.lock();
    await prepareRestore(
      vaultOptions(dir, () => clock),
      { backup: backup.file },
      'passphrase',
      PASSPHRASE,
    );
    await restart();

    expect(existsSync(paths.restoring)).toBe(false);
    expect(await unlock(PASSPHRASE)).toEqual({ ok: true, value: null });
    expect(await familyNames()).toEqual(['Nguyễn family', 'Okafor family']);
  });

  it('clears a creation killed before its key file, so the folder is new and a vault can be made', async () => {
    await app.close();
    // What createVault has written when a kill comes before the key file: the database being built.
    writeFileSync(paths.creating, Buffer.alloc(4096, 7));
    writeFileSync(`${paths.creating}-wal`, Buffer.alloc(4096, 7));
    app = testApp(dir, () => clock);

    expect(readdirSync(dir).filter((name) => name !== 'linkbook.lock')).toEqual([]);
    expect(await call('vault.status', {})).toMatchObject({ value: { state: 'new' } });
    await newVault();
    expect(await familyNames()).toEqual([]);
  });

  it('finishes a creation killed after its key file was written', async () => {
    await app.close();
    const options = vaultOptions(dir, () => clock);
    const { session } = await createVault(options, PASSPHRASE, false);
    closeSession(session);
    // As a kill just before the final move would leave it.
    renameSync(paths.database, paths.creating);
    app = testApp(dir, () => clock);

    expect(existsSync(paths.creating)).toBe(false);
    expect(await unlock(PASSPHRASE)).toEqual({ ok: true, value: null });
  });

  it('removes what interrupted backups and key-file writes left behind, at start and before a backup', async () => {
    await newVault();
    later(60);
    await value('vault.backupNow', {});
    const strays = [
      join(paths.backups, 'linkbook-2026-11-24T08-00-00-000-daily.db.partial'),
      join(paths.backups, 'linkbook-2026-11-24T08-00-00-000-daily.keys.json'),
      join(paths.backups, 'linkbook-2026-11-24T08-00-00-000-daily.keys.json.new'),
      `${paths.keys}.new`,
      `${paths.restoring}.partial-journal`,
      `${paths.restoring}.partial`,
    ];
    for (const stray of strays) writeFileSync(stray, Buffer.alloc(1024, 1));
    later(60);
    await value('vault.backupNow', {});
    expect(strays.slice(0, 3).filter((stray) => existsSync(stray))).toEqual([]);
    await restart();
    expect(strays.filter((stray) => existsSync(stray))).toEqual([]);
    expect(await unlock(PASSPHRASE)).toEqual({ ok: true, value: null });
  });
});

describe('one process per vault folder', () => {
  it('refuses a second Linkbook on the same folder, in this process or another, until the first closes', async () => {
    await newVault();
    expect(() => testApp(dir, () => clock)).toThrow(FolderInUseError);

    const script = `
      import { Linkbook } from ${JSON.stringify(resolve('electron/linkbook.ts'))};
      try {
        new Linkbook({ dataDir: process.argv[1], migrationsFolder: 'unused' });
        console.log('opened');
      } catch (error) { console.log(error.message); }`;
    const other = () =>
      spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script, dir], {
        encoding: 'utf8',
      }).stdout.trim();
    expect(other()).toBe(
      'Linkbook is already open for this vault in another window or program. Close that one first, then try again.',
    );
    await app.close();
    expect(other()).toBe('opened');
    app = testApp(dir, () => clock);
  });
});

describe('guessing the passphrase', () => {
  it('keeps the pause after wrong passphrases across a restart', async () => {
    await newVault();
    await app.lock();
    for (const guess of ['wrong guess one', 'wrong guess two', 'wrong guess three']) await unlock(guess);
    await restart();
    expect(await call('vault.status', {})).toMatchObject({ value: { retryAfterSeconds: 2 } });
    expect(await unlock(PASSPHRASE)).toMatchObject({ error: { code: 'too_many_attempts' } });
    later(2);
    expect(await unlock(PASSPHRASE)).toEqual({ ok: true, value: null });
  });

  it('counts wrong current passphrases when changing it, as at unlock', async () => {
    await newVault();
    const change = (current: string) => call('vault.changePassphrase', { current, next: NEW_PASSPHRASE });
    for (const guess of ['wrong guess one', 'wrong guess two', 'wrong guess three'])
      expect(await change(guess)).toMatchObject({ error: { code: 'wrong_secret' } });
    expect(await change(PASSPHRASE)).toMatchObject({
      error: { code: 'too_many_attempts', retryAfterSeconds: 2 },
    });
    later(2);
    expect(await change(PASSPHRASE)).toEqual({ ok: true, value: null });
  });

  it('takes parallel guesses one at a time, so they cannot lengthen the pause past its schedule', async () => {
    await newVault();
    await app.lock();
    const guesses = await Promise.all(
      Array.from({ length: 12 }, (_, index) => unlock(`wrong guess number ${index}`)),
    );
    expect(guesses.filter((guess) => !guess.ok && guess.error.code === 'wrong_secret')).toHaveLength(3);
    expect(guesses.filter((guess) => !guess.ok && guess.error.code === 'too_many_attempts')).toHaveLength(9);
    expect(await call('vault.status', {})).toMatchObject({ value: { retryAfterSeconds: 2 } });
    later(2);
    expect(await unlock(PASSPHRASE)).toEqual({ ok: true, value: null });
  });

  it('checks the secret even when the vault is already open', async () => {
    await newVault();
    expect(await unlock('not the passphrase at all')).toMatchObject({
      ok: false,
      error: { code: 'wrong_secret' },
    });
    expect(await unlock(PASSPHRASE)).toEqual({ ok: true, value: null });
  });

  it('leaves an open vault open when a restore is refused', async () => {
    await newVault();
    later(60);
    const backup: Backup = await value('vault.backupNow', {});
    expect(
      await call('vault.restore', { file: backup.file, method: 'passphrase', secret: 'not it at all' }),
    ).toMatchObject({ ok: false, error: { code: 'wrong_secret' } });
    expect(app.isUnlocked).toBe(true);
    expect(await call('families.list', {})).toMatchObject({ ok: true });
  });
});

describe('key hygiene', () => {
  it.skipIf(process.platform === 'win32')('makes every vault file readable by the worker alone', async () => {
    await newVault();
    await value('families.create', sampleFamily());
    later(60);
    await value('vault.backupNow', {});
    await app.lock();
    await unlock('one wrong guess');
    await unlock(PASSPHRASE);
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .map((name) => join(dir, name))
      .filter((path) => statSync(path).isFile());
    expect(files.length).toBeGreaterThanOrEqual(8);
    for (const file of files) expect([file, statSync(file).mode & 0o777]).toEqual([file, 0o600]);
    for (const folder of [dir, paths.backups]) expect(statSync(folder).mode & 0o777).toBe(0o700);
  });

  it('keys the database with the raw 32-byte key, and re-keys a vault made the older way at unlock', async () => {
    await app.close();
    const options = vaultOptions(dir, () => clock);
    const { session } = await createVault(options, PASSPHRASE, false);
    const key = Buffer.from(session.key);
    const hex = key.toString('hex');
    const rawOpens = () => {
      const sqlite = new Database(paths.database, { fileMustExist: true });
      try {
        sqlite.pragma(`cipher = 'sqlcipher'`);
        sqlite.pragma('legacy = 4');
        sqlite.pragma(`key = "x'${hex}'"`);
        return (sqlite.prepare('SELECT count(*) AS n FROM families').get() as { n: number }).n >= 0;
      } catch {
        return false;
      } finally {
        sqlite.close();
      }
    };
    expect(rawOpens()).toBe(true);
    // An older Linkbook passed the bytes through SQLCipher's passphrase derivation: make this vault so.
    session.sqlite.pragma('journal_mode = DELETE');
    session.sqlite.pragma(`hexrekey = '${hex}'`);
    closeSession(session);
    expect(rawOpens()).toBe(false);

    app = testApp(dir, () => clock);
    expect(await unlock(PASSPHRASE)).toEqual({ ok: true, value: null });
    expect(await familyNames()).toEqual([]);
    await app.lock();
    expect(rawOpens()).toBe(true);
    expect(readdirSync(paths.backups).filter((name) => name.endsWith('before-migration.db'))).toHaveLength(1);
  });
});
