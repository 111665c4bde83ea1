import { powerMonitor, type BrowserWindow } from 'electron';
import type { Linkbook } from '../linkbook';

const CHECK_EVERY_MS = 15_000;

function lockQuietly(linkbook: Linkbook, action: () => Promise<unknown>): void {
  action().catch((error: unknown) => {
    // An exception here would reach Electron's own error dialog, stack trace and all.
    console.error(
      'Linkbook: the idle lock failed:',
      error instanceof Error ? error.message : 'unknown error',
    );
    // Nothing more can be done if this fails too; the next check tries again.
    linkbook.lock().catch(() => undefined);
  });
}

/**
 * Locks the vault after the worker's chosen idle time (checked every 15 seconds), and at once when the
 * screen locks or the laptop sleeps. Typing in Linkbook's window counts as activity, so a long note being
 * written (no calls yet) does not lock under the worker's fingers.
 */
export function watchIdle(linkbook: Linkbook, window: BrowserWindow): () => void {
  const timer = setInterval(() => lockQuietly(linkbook, () => linkbook.lockIfIdle()), CHECK_EVERY_MS);
  const lockNow = () => lockQuietly(linkbook, () => linkbook.lock());
  powerMonitor.on('lock-screen', lockNow);
  powerMonitor.on('suspend', lockNow);
  window.webContents.on('before-input-event', () => {
    if (linkbook.isUnlocked) linkbook.touch();
  });
  return () => {
    clearInterval(timer);
    powerMonitor.off('lock-screen', lockNow);
    powerMonitor.off('suspend', lockNow);
  };
}
