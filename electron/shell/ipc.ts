import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import type { ApiResult } from '../../shared/errors';
import { dispatch } from '../dispatcher';
import type { Linkbook } from '../linkbook';
import { CALL_CHANNEL, LOCKED_CHANNEL } from './bridge';
import { isAppUrl } from './origin';

/** Only the top frame of a page on our own origin may call; anything else is refused, not dispatched. */
function fromLinkbook(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame.parent === null && isAppUrl(frame.url);
}

/**
 * Calls in: the dispatcher validates each one against the contract (the preload has already refused
 * unknown names). The handler never throws, so the page always gets an ApiResult, never a stack trace.
 * Locks out: the page hears of every lock, whatever caused it, and clears what it holds.
 */
export function connectRenderer(linkbook: Linkbook, mainWindow: () => BrowserWindow | null): void {
  ipcMain.handle(
    CALL_CHANNEL,
    async (event, method: unknown, input: unknown): Promise<ApiResult<unknown>> => {
      if (!fromLinkbook(event)) {
        console.warn('Linkbook: refused a call from outside the app.');
        return {
          ok: false,
          error: { code: 'invalid_input', message: 'This request did not come from Linkbook.' },
        };
      }
      if (typeof method !== 'string') {
        return { ok: false, error: { code: 'unknown_method', message: 'There is no such method.' } };
      }
      return dispatch(linkbook, method, input);
    },
  );
  linkbook.onLock(() => {
    const window = mainWindow();
    if (window && !window.isDestroyed()) window.webContents.send(LOCKED_CHANNEL);
  });
}
