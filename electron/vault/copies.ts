import {
  createReadStream,
  createWriteStream,
  existsSync,
  mkdirSync,
  readdirSync,
  rmSync,
  statSync,
} from 'node:fs';
import { homedir, userInfo } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
  BACKUP_FILE,
  COPY_FOLDER,
  type CopyPlace,
  type CopyProgress,
  type CopySummary,
  type FoundCopy,
} from '../../shared/vault';
import { openEncrypted, quickCheck } from '../db/connection';
import { backupKeyFile, backupName, copyVerified, describeBackup } from './backup';
import { fsyncFile, PARTIAL_SUFFIX, PRIVATE_FILE, PRIVATE_FOLDER, renameDurably } from './files';
import { writeKeyFile, type KeyFile } from './keyfile';
import type { VaultPaths } from './paths';

/** A place that cannot take or give a copy: not there, not a folder, or not writable. Said to the worker. */
export class UnusablePlaceError extends Error {}

interface Machine {
  platform: NodeJS.Platform;
  home: string;
  user: string;
  exists: (path: string) => boolean;
  list: (folder: string) => string[];
}

const thisMachine = (): Machine => ({
  platform: process.platform,
  home: homedir(),
  user: userInfo().username,
  exists: existsSync,
  list: (folder) => {
    try {
      return readdirSync(folder, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name);
    } catch {
      return [];
    }
  },
});

/**
 * The places a worker is likely to mean: USB sticks and other drives where this system mounts them, then
 * their own Documents. Any other folder can be typed in; this list only saves looking for one.
 */
export function copyPlaces(machine: Machine = thisMachine()): CopyPlace[] {
  const drives: CopyPlace[] = [];
  const mounted = (folder: string) =>
    machine
      .list(folder)
      .forEach((name) => drives.push({ path: join(folder, name), label: `${name} (drive)` }));
  if (machine.platform === 'win32') {
    const system = (process.env.SystemDrive ?? 'C:').toUpperCase();
    for (const letter of 'DEFGHIJKLMNOPQRSTUVWXYZ') {
      const drive = `${letter}:\\`;
      if (`${letter}:` !== system && machine.exists(drive))
        drives.push({ path: drive, label: `Drive ${letter}:` });
    }
  } else if (machine.platform === 'darwin') {
    for (const name of machine.list('/Volumes'))
      if (name !== 'Macintosh HD') drives.push({ path: join('/Volumes', name), label: `${name} (drive)` });
  } else {
    mounted(join('/media', machine.user));
    mounted(join('/run/media', machine.user));
    mounted('/mnt');
  }
  const documents = join(machine.home, 'Documents');
  return [...drives, ...(machine.exists(documents) ? [{ path: documents, label: 'Documents' }] : [])];
}

/** The chosen place as a folder Linkbook can use, or a sentence saying why not. */
function placeFolder(paths: VaultPaths, folder: string): string {
  const place = resolve(folder);
  if (!existsSync(place) || !statSync(place).isDirectory())
    throw new UnusablePlaceError(
      `There is no folder at “${folder}”. If it is a USB stick, check it is plugged in, then try again.`,
    );
  const inside = relative(resolve(paths.dir), place);
  if (inside === '' || !inside.startsWith('..'))
    throw new UnusablePlaceError(
      'Choose a place outside Linkbook’s own folder: a copy there would be lost with it.',
    );
  return place;
}

/**
 * A copy of the open vault, with its key file, into `<folder>/Linkbook backups/`. The consistent copy is
 * made and checked on this laptop's disk first (fast), then streamed to the chosen place (a USB stick is
 * slow: this is the part with progress), flushed, opened again from there and checked, and only then given
 * its name. So a copy that is named on the stick is one that was read back whole from the stick.
 */
export async function copyVaultTo(
  paths: VaultPaths,
  sqlite: Parameters<typeof copyVerified>[0],
  key: Buffer,
  keys: KeyFile,
  folder: string,
  at: Date,
  report: (progress: CopyProgress) => void,
): Promise<FoundCopy> {
  const place = placeFolder(paths, folder);
  const target = join(place, COPY_FOLDER);
  const name = backupName(at, 'on-demand');
  const final = join(target, name);
  const partial = `${final}${PARTIAL_SUFFIX}`;
  const staging = join(paths.dir, `outgoing-copy${PARTIAL_SUFFIX}`);
  try {
    try {
      mkdirSync(target, { recursive: true, mode: PRIVATE_FOLDER });
      writeKeyFile(backupKeyFile(final), keys);
    } catch {
      throw new UnusablePlaceError(
        `Linkbook cannot write to “${folder}”. If it is a USB stick, check it is not full or locked, or choose another place.`,
      );
    }
    report({ stage: 'preparing', done: 0, total: 0 });
    copyVerified(sqlite, key, staging);
    const total = statSync(staging).size;
    let done = 0;
    report({ stage: 'copying', done, total });
    const counting = new Transform({
      transform(chunk: Buffer, _encoding, next) {
        done += chunk.length;
        report({ stage: 'copying', done, total });
        next(null, chunk);
      },
    });
    await pipeline(createReadStream(staging), counting, createWriteStream(partial, { mode: PRIVATE_FILE }));
    fsyncFile(partial);
    report({ stage: 'checking', done, total });
    const copy = openEncrypted(partial, key, { readonly: true });
    try {
      if (!quickCheck(copy)) throw new Error('The copy did not read back whole.');
    } finally {
      copy.close();
    }
    renameDurably(partial, final);
    return { ...describeBackup(target, name), path: final };
  } catch (error) {
    rmSync(partial, { force: true });
    if (!existsSync(final)) rmSync(backupKeyFile(final), { force: true });
    throw error;
  } finally {
    rmSync(staging, { force: true });
    report({ stage: 'idle', done: 0, total: 0 });
  }
}

/** Linkbook's copies in a place (in its "Linkbook backups" folder, or the folder itself), newest first. */
export function findCopies(folder: string): FoundCopy[] {
  const place = resolve(folder);
  if (!existsSync(place) || !statSync(place).isDirectory())
    throw new UnusablePlaceError(
      `There is no folder at “${folder}”. If it is a USB stick, check it is plugged in, then try again.`,
    );
  return [join(place, COPY_FOLDER), place]
    .filter((where) => existsSync(where))
    .flatMap((where) =>
      readdirSync(where)
        .filter((file) => BACKUP_FILE.test(file) && existsSync(backupKeyFile(join(where, file))))
        .map((file) => ({ ...describeBackup(where, file), path: join(where, file) })),
    )
    .sort((a, b) => b.takenAt.localeCompare(a.takenAt));
}

/** What a copy holds, read from the copy opened read-only (nothing in it changes). */
export function summariseCopy(file: string, key: Buffer): CopySummary {
  const copy = openEncrypted(file, key, { readonly: true });
  try {
    if (!quickCheck(copy)) throw new UnusablePlaceError('That copy is damaged. Choose another.');
    const count = (table: string) =>
      (copy.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    const school = copy.prepare(`SELECT value FROM settings WHERE key = 'schoolName'`).get() as
      { value: string } | undefined;
    return {
      schoolName: school ? (JSON.parse(school.value) as string) : '',
      takenAt: describeBackup(dirname(file), basename(file)).takenAt,
      families: count('families'),
      children: count('children'),
      contacts: count('contacts'),
    };
  } finally {
    copy.close();
  }
}
