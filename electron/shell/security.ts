import { app, type Session, type WebContents } from 'electron';
import { isAppUrl } from './origin';

/**
 * The page may only ever show Linkbook's own files. Navigation away is refused, new windows are refused
 * (including links to websites: opening them in the browser would be a way round the CSP for anything
 * that got into the page), and webviews cannot be attached.
 */
function guardContents(contents: WebContents): void {
  const refuseForeign = (event: { url: string; preventDefault: () => void }) => {
    if (isAppUrl(event.url)) return;
    event.preventDefault();
    console.warn('Linkbook: refused to leave the app for another address.');
  };
  // will-frame-navigate covers every frame; will-navigate (main frame) is kept as a second lock on the door.
  contents.on('will-frame-navigate', refuseForeign);
  contents.on('will-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', refuseForeign);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => {
    console.warn('Linkbook: refused to open a new window.');
    return { action: 'deny' };
  });
}

/** Must run before the first window is created. */
export function guardAllContents(): void {
  app.on('web-contents-created', (_event, contents) => guardContents(contents));
}

/**
 * Copying (a recovery key, say) is the only permission the page gets, and only from our own origin:
 * no camera, microphone, location, notifications, clipboard reading, devices or full screen.
 */
const allowed = new Set<string>(['clipboard-sanitized-write']);

/** Permissions, and no remote content: a page's request to the network is cancelled. */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(allowed.has(permission) && isAppUrl(details.requestingUrl));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) => {
    return allowed.has(permission) && isAppUrl(requestingOrigin);
  });
  // Belt and braces behind the CSP. Requests Electron makes for itself (a spell-checking dictionary on
  // Linux) belong to no page and are let through.
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: details.webContentsId !== undefined && isRemote(details.url) });
  });
}

function isRemote(url: string): boolean {
  try {
    return ['http:', 'https:', 'ws:', 'wss:', 'ftp:'].includes(new URL(url).protocol);
  } catch {
    return true;
  }
}
