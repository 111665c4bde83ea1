import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { BACKUP_FILE, type Backup, type BackupReason } from '../../shared/vault';
import { openEncrypted, quickCheck, type Sqlite } from '../db/connection';

const KEEP = 20;

function stamp(at: Date): string {
  return at.toISOString().replace(/[:.]/g, '-').replace('Z', '');
}

/**
 * VACUUM INTO writes a consistent copy encrypted with the same key (SQLite3 Multiple Ciphers), which is then
 * opened with that key and checked before it counts; a backup that cannot be opened is no backup. The copy
 * is written under a temporary name and renamed, so a half-written file never looks like a backup.
 */
export function copyVerified(sqlite: Sqlite, key: Buffer, destination: string): void {
  const partial = `${destination}.partial`;
  rmSync(partial, { force: true });
  sqlite.prepare('VACUUM INTO ?').run(partial);
  const copy = openEncrypted(partial, key);
  try {
    copy.pragma('journal_mode = DELETE');
    if (!quickCheck(copy)) throw new Error('The backup copy failed its integrity check.');
  } finally {
    copy.close();
  }
  renameSync(partial, destination);
}

export function backupName(at: Date, reason: BackupReason): string {
  return `linkbook-${stamp(at)}-${reason}.db`;
}

export function backupVault(
  sqlite: Sqlite,
  key: Buffer,
  folder: string,
  reason: BackupReason,
  at: Date,
): string {
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  const final = join(folder, backupName(at, reason));
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
 * Keep the newest routine copies, every copy taken before a migration (the way back from a bad upgrade) and
 * every set of records a restore replaced (the way back from restoring the wrong backup).
 */
function rotate(folder: string): void {
  const routine = listBackups(folder).filter((file) => /-(daily|on-demand)\.db$/.test(file));
  for (const old of routine.slice(0, Math.max(0, routine.length - KEEP))) rmSync(join(folder, old));
}
