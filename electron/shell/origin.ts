/**
 * The built renderer is served over this privileged scheme, never from file://: it gets a real origin, so
 * the Content-Security-Policy's 'self' means exactly these files, and the IPC handler can tell our page apart.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'linkbook';
export const APP_URL = `${APP_SCHEME}://${APP_HOST}/`;

/**
 * True for any address on our own origin. (Node's URL reports "null" as the origin of a custom scheme, so
 * the scheme and host are compared instead.)
 */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}
