import type { Call, Input, LinkbookBridge, MethodName, Output } from '../../shared/api';
import type { ApiError, ApiResult } from '../../shared/errors';

declare global {
  interface Window {
    /** Present only in Electron, put there by the preload: the one typed entry point to the main process. */
    linkbook?: LinkbookBridge;
  }
}

const TOKEN_KEY = 'linkbook.token';

/**
 * Browser mode: the server prints a URL whose fragment carries this start's token. It is moved into
 * sessionStorage (gone when the tab closes) and wiped from the address bar so it is not bookmarked or shared.
 */
function browserToken(): string {
  const match = /(?:^#|&)token=([^&]+)/.exec(window.location.hash);
  if (match?.[1]) {
    sessionStorage.setItem(TOKEN_KEY, decodeURIComponent(match[1]));
    history.replaceState(null, '', window.location.pathname + window.location.search);
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

const httpCall: Call = async (method, input) => {
  try {
    const response = await fetch(`/api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${browserToken()}` },
      body: JSON.stringify(input),
    });
    return (await response.json()) as ApiResult<never>;
  } catch {
    return {
      ok: false,
      error: { code: 'internal', message: 'Linkbook is not running. Start it again, then reload this page.' },
    };
  }
};

const transport: Call = window.linkbook?.call ?? httpCall;

export class ApiCallError extends Error {
  constructor(readonly error: ApiError) {
    super(error.message);
    this.name = 'ApiCallError';
  }
}

const lockedListeners = new Set<() => void>();
/** The vault can lock behind the page's back (idle timer in main); screens hear of it here. */
export function onVaultLocked(listener: () => void): () => void {
  lockedListeners.add(listener);
  return () => lockedListeners.delete(listener);
}

function announceLocked(): void {
  for (const listener of lockedListeners) listener();
}
// In Electron the main process can lock on its own (idle, File > Lock, screen lock, sleep) and says so.
window.linkbook?.onLocked(announceLocked);

/** Calls a method and returns its value, or throws an ApiCallError carrying the structured error. */
export async function call<M extends MethodName>(method: M, input: Input<M>): Promise<Output<M>> {
  const result = await transport(method, input);
  if (result.ok) return result.value;
  if (result.error.code === 'locked') announceLocked();
  throw new ApiCallError(result.error);
}
