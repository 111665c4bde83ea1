import { existsSync } from 'node:fs';
import { removeLeftovers } from './backup';
import { fsyncFile, renameDurably } from './files';
import { parseKeyFile, syncKeyFileCopy } from './keyfile';
import type { VaultPaths } from './paths';
import { finishRestore, removeCreation } from './vault';

/**
 * Run once at start, with the folder locked, before anything reads the vault: whatever a kill, a crash or a
 * power cut interrupted is finished or undone here, so the rest of Linkbook only ever sees a whole vault.
 */
export function recoverVaultFolder(paths: VaultPaths): void {
  if (!existsSync(paths.dir)) return;
  removeLeftovers(paths.dir);
  removeLeftovers(paths.backups);
  // A restore whose intent was written goes forward; a copy that never got that far goes.
  finishRestore(paths);
  finishCreation(paths);
  syncKeyFileCopy(paths);
}

/**
 * A creation killed after its key file was written had finished building the database (the key file is
 * written only after it is closed and flushed), so the move into place is completed. One killed before
 * that is removed: its key, and so its contents, died with the process.
 */
function finishCreation(paths: VaultPaths): void {
  if (!existsSync(paths.creating)) {
    removeCreation(paths);
    return;
  }
  const keys = parseKeyFile(paths.keys);
  if (keys !== null && keys !== 'damaged' && !existsSync(paths.database)) {
    fsyncFile(paths.creating);
    renameDurably(paths.creating, paths.database);
  }
  removeCreation(paths);
}
