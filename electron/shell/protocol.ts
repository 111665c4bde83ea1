import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../csp';
import { APP_HOST, APP_SCHEME } from './origin';
import { contentType, rendererFile } from '../renderer-files';

/**
 * Must run before the app is ready, and only once for all schemes. `standard` gives the page a real origin
 * (so relative URLs, 'self' in the CSP and web storage work); `secure` makes it a secure context.
 * No `corsEnabled`, `bypassCSP` or service workers: nothing else may read from this scheme.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

const securityHeaders = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
};

function plain(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { ...securityHeaders, 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

/** Serves the built renderer at app://linkbook/, with the CSP on every response (after the app is ready). */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST) return plain(404, 'Not found');
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed');
    const file = rendererFile(rendererDir, url.pathname);
    if (!file) return plain(404, 'Not found');
    try {
      const body = request.method === 'HEAD' ? null : await readFile(file);
      return new Response(body, {
        status: 200,
        headers: { ...securityHeaders, 'Content-Type': contentType(file) },
      });
    } catch {
      return plain(404, 'Not found');
    }
  });
}
