// Bundled into one CommonJS file (scripts/build-electron.mjs): a sandboxed preload can require nothing
// but 'electron'. It runs in an isolated world; the page sees only `window.linkbook`, below.
import { contextBridge, ipcRenderer } from 'electron';
import { isMethodName, type Call, type LinkbookBridge } from '../shared/api';
import { CALL_CHANNEL, LOCKED_CHANNEL } from './shell/bridge';

// The page's location, shared with this isolated world (the preload is type-checked without the DOM).
declare const location: { reload: () => void };

/**
 * Names outside the contract are refused here, without a round trip. The preload is not the security
 * boundary, though: main checks the sender and the dispatcher validates every call again.
 * Never rejects: every failure comes back as an ApiResult, as the HTTP client does in browser mode.
 */
const call: Call = async (method, input) => {
  if (typeof method !== 'string' || !isMethodName(method)) {
    return {
      ok: false,
      error: {
        code: 'unknown_method',
        message:
          typeof method === 'string' ? `There is no method called "${method}".` : 'There is no such method.',
      },
    };
  }
  try {
    return await ipcRenderer.invoke(CALL_CHANNEL, method, input);
  } catch {
    // For instance an input that cannot be copied to the main process (a function, a DOM node).
    return {
      ok: false,
      error: { code: 'internal', message: 'Something went wrong and nothing was saved. Please try again.' },
    };
  }
};

const lockListeners = new Set<() => void>();

ipcRenderer.on(LOCKED_CHANNEL, () => {
  // A page that is not listening would go on showing a family's details after the lock: reload it instead.
  if (lockListeners.size === 0) {
    location.reload();
    return;
  }
  for (const listener of lockListeners) {
    try {
      listener();
    } catch {
      // One screen's failure must not stop the others from clearing.
    }
  }
});

const onLocked: LinkbookBridge['onLocked'] = (listener) => {
  if (typeof listener !== 'function') return () => undefined;
  // The event object is never handed to the page: it would give the page ipcRenderer itself.
  const wrapped = () => listener();
  lockListeners.add(wrapped);
  return () => {
    lockListeners.delete(wrapped);
  };
};

const bridge: LinkbookBridge = { call, onLocked };
contextBridge.exposeInMainWorld('linkbook', bridge);
