import {
  closeSync,
  constants,
  existsSync,
  fsyncSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { dirname } from 'node:path';

/**
 * The durable-file steps every vault write shares. A rename is only safe across a power cut once the file's
 * bytes and then the folder entry itself reach the disk, so each step ends with an fsync.
 */

/** Files and folders of the vault are the worker's alone. */
export const PRIVATE_FILE = 0o600;
export const PRIVATE_FOLDER = 0o700;

export function fsyncFile(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Windows cannot open a folder to flush it (and its renames are already durable), so it is skipped there. */
export function fsyncFolder(path: string): void {
  if (process.platform === 'win32') return;
  const fd = openSync(path, constants.O_RDONLY);
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Renames and makes the new name (and the old one's disappearance) durable. */
export function renameDurably(from: string, to: string): void {
  renameSync(from, to);
  fsyncFolder(dirname(to));
  if (dirname(from) !== dirname(to)) fsyncFolder(dirname(from));
}

/** Writes beside the target, flushes, then renames: a kill leaves the old contents or the new, never half. */
export function writeFileDurably(path: string, contents: string | Buffer): void {
  const temporary = `${path}${TEMPORARY_SUFFIX}`;
  rmSync(temporary, { force: true });
  const fd = openSync(temporary, 'wx', PRIVATE_FILE);
  try {
    writeSync(fd, typeof contents === 'string' ? Buffer.from(contents) : contents);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameDurably(temporary, path);
}

/**
 * An empty file only the worker can read, for SQLite to fill: SQLite creates files as 0644 (less the umask)
 * and gives a database's WAL and shared-memory files the database's own mode, so creating it first is enough.
 */
export function createPrivateFile(path: string): void {
  closeSync(openSync(path, 'wx', PRIVATE_FILE));
}

export function readIfExists(path: string): Buffer | null {
  return existsSync(path) ? readFileSync(path) : null;
}

/** Every half-written file the vault makes ends in one of these; start-up removes any left by a kill. */
export const TEMPORARY_SUFFIX = '.new';
export const PARTIAL_SUFFIX = '.partial';
