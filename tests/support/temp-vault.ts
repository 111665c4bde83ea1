import { afterEach, beforeEach } from 'vitest';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Input, MethodName } from '../../shared/api';
import { dispatch } from '../../electron/dispatcher';
import { Linkbook } from '../../electron/linkbook';
import type { ScryptParams } from '../../electron/vault/keys';
import { closeSession, createVault, type Session, type VaultOptions } from '../../electron/vault/vault';
import { vaultPaths } from '../../electron/vault/paths';

export const MIGRATIONS = resolve(__dirname, '../../electron/db/migrations');
/** Cheap enough for tests; the real cost (DEFAULT_SCRYPT) is what `npm run bench` measures. */
export const FAST_SCRYPT: ScryptParams = { N: 2 ** 14, r: 8, p: 1 };
export const PASSPHRASE = 'correct horse battery staple';

export function tempDir(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'linkbook-test-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A copy of the migrations folder, in `dir`, holding only the first `count` migrations: an older Linkbook. */
export function migrationsUpTo(dir: string, count: number): string {
  const folder = join(dir, `migrations-${count}`);
  mkdirSync(join(folder, 'meta'), { recursive: true });
  const journal = JSON.parse(readFileSync(join(MIGRATIONS, 'meta/_journal.json'), 'utf8')) as {
    entries: { tag: string }[];
  };
  journal.entries = journal.entries.slice(0, count);
  writeFileSync(join(folder, 'meta/_journal.json'), JSON.stringify(journal));
  for (const { tag } of journal.entries)
    copyFileSync(join(MIGRATIONS, `${tag}.sql`), join(folder, `${tag}.sql`));
  return folder;
}

export function vaultOptions(dir: string, now: () => Date = () => new Date()): VaultOptions {
  return { paths: vaultPaths(dir), migrationsFolder: MIGRATIONS, now, scrypt: FAST_SCRYPT };
}

export function testApp(dir: string, now?: () => Date): Linkbook {
  return new Linkbook({
    dataDir: dir,
    migrationsFolder: MIGRATIONS,
    scrypt: FAST_SCRYPT,
    ...(now ? { now } : {}),
  });
}

/** Every file under the vault folder (database, WAL, shared memory, key file, backups), read raw. */
export function rawFiles(dir: string): { path: string; bytes: Buffer }[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile())
    .map((path) => ({ path, bytes: readFileSync(path) }));
}

/**
 * A fingerprint of the vault folder's bytes, to prove that a refused call wrote nothing. The count of wrong
 * secrets is left out: keeping it on disk (so a restart does not reset the pause) is the one write a refused
 * secret makes, and the tests of the pause read it on their own.
 */
export function fingerprint(dir: string): string {
  return rawFiles(dir)
    .filter(({ path }) => path !== vaultPaths(dir).attempts)
    .map(({ path, bytes }) => `${path}:${bytes.length}:${bytes.toString('base64')}`)
    .sort()
    .join('\n');
}

/**
 * Calls through the dispatcher, as a shell would: `call` answers the result, `value` the value (or throws
 * with the error's message). `app` is read at each call, as tests start Linkbook again on the same folder.
 */
export function appCalls(app: () => Linkbook) {
  const call = <M extends MethodName>(method: M, input: Input<M>) => dispatch(app(), method, input);
  const value = async <M extends MethodName>(method: M, input: Input<M>): Promise<never> => {
    const result = await call(method, input);
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
    return result.value as never;
  };
  return { call, value };
}

/**
 * For a service's tests: a new vault in a temporary folder, open before each test (its session is
 * `vault.session`), closed and removed after. Call it before the file's own beforeEach, which runs after.
 */
export function vaultPerTest(): { readonly session: Session } {
  let current: { session: Session; remove: () => void } | undefined;
  beforeEach(async () => {
    const temp = tempDir();
    const { session } = await createVault(vaultOptions(temp.dir), PASSPHRASE, false);
    current = { session, remove: temp.remove };
  });
  afterEach(() => {
    if (!current) return;
    closeSession(current.session);
    current.remove();
    current = undefined;
  });
  return {
    get session() {
      if (!current) throw new Error('The vault is open only while a test runs.');
      return current.session;
    },
  };
}
