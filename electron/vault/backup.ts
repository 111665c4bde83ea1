import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { openEncrypted, quickCheck, type Sqlite } from '../db/connection';

export type BackupReason = 'daily' | 'before-migration' | 'on-demand';
const KEEP = 20;

function stamp(at: Date): string {
  return at.toISOString().replace(/[:.]/g, '-').replace('Z', '');
}

/**
 * VACUUM INTO writes a consistent copy encrypted with the same key (SQLite3 Multiple Ciphers), which is then
 * opened with that key and checked before it counts; a backup that cannot be opened is no backup.
 */
export function backupVault(
  sqlite: Sqlite,
  key: Buffer,
  folder: string,
  reason: BackupReason,
  at: Date,
): string {
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  const name = `linkbook-${stamp(at)}-${reason}.db`;
  const partial = join(folder, `${name}.partial`);
  rmSync(partial, { force: true });
  sqlite.prepare('VACUUM INTO ?').run(partial);
  const copy = openEncrypted(partial, key);
  try {
    copy.pragma('journal_mode = DELETE');
    if (!quickCheck(copy)) throw new Error('The backup copy failed its integrity check.');
  } finally {
    copy.close();
  }
  const final = join(folder, name);
  renameSync(partial, final);
  rotate(folder);
  return final;
}

export function listBackups(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((file) => file.startsWith('linkbook-') && file.endsWith('.db'))
    .sort();
}

export function hasBackupFrom(folder: string, day: Date): boolean {
  const prefix = `linkbook-${stamp(day).slice(0, 10)}`;
  return listBackups(folder).some((file) => file.startsWith(prefix));
}

/** Keep the newest copies, and every copy taken before a migration (the way back from a bad upgrade). */
function rotate(folder: string): void {
  const routine = listBackups(folder).filter((file) => !file.includes('before-migration'));
  for (const old of routine.slice(0, Math.max(0, routine.length - KEEP))) rmSync(join(folder, old));
}
