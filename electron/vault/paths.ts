import { homedir } from 'node:os';
import { join } from 'node:path';

export interface VaultPaths {
  dir: string;
  database: string;
  keys: string;
  /** A verified second copy of the key file: without a key file the database cannot be read at all. */
  keysCopy: string;
  backups: string;
  /** Held open with an exclusive lock while a process uses this folder. */
  lock: string;
  /** Wrong-secret count and pause, kept on disk so a restart does not reset them. */
  attempts: string;
  /** A new vault is built under this name and moved into place last. */
  creating: string;
  /** A restore's verified copy waits here until the records it replaces have been moved aside. */
  restoring: string;
  /** Written before a restore moves any file, so start-up can finish a restore a kill interrupted. */
  restoreIntent: string;
}

export function vaultPaths(dir: string): VaultPaths {
  const database = join(dir, 'linkbook.db');
  return {
    dir,
    database,
    keys: join(dir, 'keys.json'),
    keysCopy: join(dir, 'keys-copy.json'),
    backups: join(dir, 'backups'),
    lock: join(dir, 'linkbook.lock'),
    attempts: join(dir, 'attempts.json'),
    creating: `${database}.creating`,
    restoring: `${database}.restoring`,
    restoreIntent: join(dir, 'restore.json'),
  };
}

/** Where the vault lives when no --data-dir is given: the per-user app-data folder Electron would use. */
export function defaultDataDir(): string {
  if (process.platform === 'win32')
    return join(process.env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Linkbook');
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Linkbook');
  return join(process.env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'Linkbook');
}
