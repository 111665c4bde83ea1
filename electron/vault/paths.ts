import { homedir } from 'node:os';
import { join } from 'node:path';

export interface VaultPaths {
  dir: string;
  database: string;
  keys: string;
  backups: string;
}

export function vaultPaths(dir: string): VaultPaths {
  return {
    dir,
    database: join(dir, 'linkbook.db'),
    keys: join(dir, 'keys.json'),
    backups: join(dir, 'backups'),
  };
}

/** Where the vault lives when no --data-dir is given: the per-user app-data folder Electron would use. */
export function defaultDataDir(): string {
  if (process.platform === 'win32')
    return join(process.env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Linkbook');
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Linkbook');
  return join(process.env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'Linkbook');
}
