import Database from 'better-sqlite3';
import { existsSync, mkdirSync } from 'node:fs';
import { createPrivateFile, PRIVATE_FOLDER } from './files';
import type { VaultPaths } from './paths';

/** Another Linkbook (a window, or browser mode) already has this vault folder open. */
export class FolderInUseError extends Error {
  constructor() {
    super(
      'Linkbook is already open for this vault in another window or program. Close that one first, then try again.',
    );
    this.name = 'FolderInUseError';
  }
}

export interface FolderLock {
  release: () => void;
}

/**
 * One process per vault folder: a restore in one must not pull the file from under another. SQLite's own
 * file locks do the holding (fcntl on Linux and macOS, LockFileEx on Windows), so the operating system
 * releases them when a process ends in any way, a kill included; a lock file that merely exists would not.
 * The file stays empty: an exclusive transaction that is never committed writes nothing.
 */
export function lockFolder(paths: VaultPaths): FolderLock {
  mkdirSync(paths.dir, { recursive: true, mode: PRIVATE_FOLDER });
  if (!existsSync(paths.lock)) createPrivateFile(paths.lock);
  const holder = new Database(paths.lock, { timeout: 0 });
  try {
    // The journal in memory: the transaction never writes, and a journal file would be one more to explain.
    holder.pragma('journal_mode = MEMORY');
    holder.exec('BEGIN EXCLUSIVE');
  } catch (error) {
    holder.close();
    if ((error as { code?: string }).code === 'SQLITE_BUSY') throw new FolderInUseError();
    throw error;
  }
  return { release: () => holder.close() };
}
