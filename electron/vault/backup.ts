import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { BACKUP_FILE, type Backup, type BackupReason } from '../../shared/vault';
import { openEncrypted, quickCheck, type Sqlite } from '../db/connection';
import { createPrivateFile, fsyncFile, PARTIAL_SUFFIX, PRIVATE_FOLDER, renameDurably } from './files';
import { writeKeyFile, type KeyFile } from './keyfile';

const KEEP = 20;

function stamp(at: Date): string {
  return at.toISOString().replace(/[:.]/g, '-').replace('Z', '');
}

/**
 * VACUUM INTO writes a consistent copy encrypted with the same key (SQLite3 Multiple Ciphers), which is then
 * opened with that key and checked before it counts; a backup that cannot be opened is no backup. The copy
 * is written under a temporary name, flushed to the disk, and only then renamed, so a half-written file never
 * looks like a backup and a power cut cannot leave a named backup whose bytes never reached the disk.
 */
export function copyVerified(sqlite: Sqlite, key: Buffer, destination: string): void {
  const partial = `${destination}${PARTIAL_SUFFIX}`;
  rmSync(partial, { force: true });
  createPrivateFile(partial);
  try {
    sqlite.prepare('VACUUM INTO ?').run(partial);
    const copy = openEncrypted(partial, key);
    try {
      copy.pragma('journal_mode = DELETE');
      if (!quickCheck(copy)) throw new Error('The backup copy failed its integrity check.');
    } finally {
      copy.close();
    }
    fsyncFile(partial);
    renameDurably(partial, destination);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
}

export function backupName(at: Date, reason: BackupReason): string {
  return `linkbook-${stamp(at)}-${reason}.db`;
}

/** The wrapped key file that travels with each backup, so a lost `keys.json` loses no backup. */
export function backupKeyFile(backup: string): string {
  return backup.replace(/\.db$/, '.keys.json');
}

/**
 * A verified copy of the open vault and its key file into `folder`. The key file is written first: the
 * backup counts from the moment its database file appears, and by then its key file is already beside it.
 */
export function backupVault(
  sqlite: Sqlite,
  key: Buffer,
  keys: KeyFile,
  folder: string,
  reason: BackupReason,
  at: Date,
): string {
  mkdirSync(folder, { recursive: true, mode: PRIVATE_FOLDER });
  removeLeftovers(folder);
  const final = join(folder, backupName(at, reason));
  writeKeyFile(backupKeyFile(final), keys);
  copyVerified(sqlite, key, final);
  rotate(folder);
  return final;
}

export function listBackups(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((file) => BACKUP_FILE.test(file))
    .sort();
}

/** The backups, newest first, with when and why each was taken. */
export function describeBackups(folder: string): Backup[] {
  return listBackups(folder)
    .reverse()
    .map((file) => describeBackup(folder, file));
}

export function describeBackup(folder: string, file: string): Backup {
  const [, date, hours, minutes, seconds, millis, reason] = BACKUP_FILE.exec(file)!;
  return {
    file,
    takenAt: `${date}T${hours}:${minutes}:${seconds}.${millis}Z`,
    reason: reason as BackupReason,
    bytes: statSync(join(folder, file)).size,
  };
}

export function hasBackupFrom(folder: string, day: Date): boolean {
  const prefix = `linkbook-${stamp(day).slice(0, 10)}`;
  return listBackups(folder).some((file) => file.startsWith(prefix));
}

/**
 * What a kill in the middle of a backup leaves: a half-written copy, a key file written for a copy that
 * never arrived, a temporary key file. None of them is a backup, so they go (a 500 MB vault killed six
 * times mid-backup once left 3 GB of them).
 */
// The endings of PARTIAL_SUFFIX and TEMPORARY_SUFFIX; SQLite's own journal beside a half-checked copy is as
// unfinished as the copy.
const UNFINISHED = /\.(partial|new)(-journal|-wal|-shm)?$/;

export function removeLeftovers(folder: string): void {
  if (!existsSync(folder)) return;
  const files = new Set(readdirSync(folder));
  for (const file of files) {
    const unfinished = UNFINISHED.test(file);
    const orphanKeys = file.endsWith('.keys.json') && !files.has(file.replace(/\.keys\.json$/, '.db'));
    if (unfinished || orphanKeys) rmSync(join(folder, file), { force: true });
  }
}

/**
 * Keep the newest routine copies, every copy taken before a migration (the way back from a bad upgrade) and
 * every set of records a restore replaced (the way back from restoring the wrong backup).
 */
function rotate(folder: string): void {
  const routine = listBackups(folder).filter((file) => /-(daily|on-demand)\.db$/.test(file));
  for (const old of routine.slice(0, Math.max(0, routine.length - KEEP))) {
    rmSync(join(folder, old));
    rmSync(backupKeyFile(join(folder, old)), { force: true });
  }
}
