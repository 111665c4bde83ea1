import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { timingSafeEqual } from 'node:crypto';
import { extname, join, normalize, sep } from 'node:path';
import type { ApiError } from '../../shared/errors';
import { dispatch } from '../dispatcher';
import type { Linkbook } from '../linkbook';
import { CONTENT_SECURITY_POLICY } from '../csp';

export interface BrowserModeOptions {
  app: Linkbook;
  token: string;
  rendererDir: string;
  port: number;
}

export interface RunningServer {
  port: number;
  url: string;
  close: () => Promise<void>;
}

// Room for a 10 MB attachment sent as base64 inside JSON.
const MAX_BODY_BYTES = 16 * 1024 * 1024;
const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

function send(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  response.end(JSON.stringify(body));
}

function refuse(response: ServerResponse, status: number, code: ApiError['code'], message: string): void {
  send(response, status, { ok: false, error: { code, message } });
}

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function readBody(request: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        resolve(null);
        request.destroy();
      } else chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

/**
 * Browser mode: the same dispatcher as Electron's IPC, behind a server bound to 127.0.0.1 only. Every API
 * call needs the start's token, and a Host or Origin other than this server's own is refused, so another
 * web page open in the same browser (DNS rebinding, cross-site posts) cannot reach the vault.
 */
export function startBrowserMode(options: BrowserModeOptions): Promise<RunningServer> {
  const { app, token, rendererDir } = options;
  let port = options.port;
  const allowedHosts = () => new Set([`127.0.0.1:${port}`, `localhost:${port}`]);

  async function handleApi(request: IncomingMessage, response: ServerResponse, method: string) {
    if (request.method !== 'POST') return refuse(response, 405, 'invalid_input', 'API calls use POST.');
    if (!allowedHosts().has(request.headers.host ?? '')) {
      return refuse(response, 403, 'invalid_input', 'This request did not come from Linkbook.');
    }
    const origin = request.headers.origin;
    if (origin !== undefined && !allowedHosts().has(origin.replace(/^http:\/\//, ''))) {
      return refuse(response, 403, 'invalid_input', 'This request did not come from Linkbook.');
    }
    const header = request.headers.authorization ?? '';
    if (!header.startsWith('Bearer ') || !sameToken(header.slice(7), token)) {
      return refuse(response, 401, 'invalid_input', 'This request is missing Linkbook’s access token.');
    }
    if (!(request.headers['content-type'] ?? '').startsWith('application/json')) {
      return refuse(response, 415, 'invalid_input', 'API calls send JSON.');
    }
    const body = await readBody(request);
    if (body === null) return refuse(response, 413, 'invalid_input', 'That is too much to send at once.');
    let payload: unknown;
    try {
      payload = body === '' ? {} : JSON.parse(body);
    } catch {
      return refuse(response, 400, 'invalid_input', 'The request was not valid JSON.');
    }
    send(response, 200, await dispatch(app, decodeURIComponent(method), payload));
  }

  function serveFile(request: IncomingMessage, response: ServerResponse, pathname: string) {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405).end();
      return;
    }
    const root = normalize(rendererDir + sep);
    let file = normalize(join(root, decodeURIComponent(pathname)));
    if (!file.startsWith(root)) {
      response.writeHead(404).end();
      return;
    }
    // Routes such as /families/abc are the single-page app's own: they all get index.html.
    if (!existsSync(file) || statSync(file).isDirectory()) {
      if (extname(pathname)) {
        response.writeHead(404).end();
        return;
      }
      file = join(root, 'index.html');
    }
    response.writeHead(200, {
      'Content-Type': types[extname(file)] ?? 'application/octet-stream',
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': file.endsWith('index.html') ? 'no-store' : 'public, max-age=31536000, immutable',
    });
    if (request.method === 'HEAD') response.end();
    else createReadStream(file).pipe(response);
  }

  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
    const api = /^\/api\/([^/]+)$/.exec(pathname);
    if (api?.[1]) {
      handleApi(request, response, api[1]).catch(() =>
        refuse(response, 500, 'internal', 'Something went wrong and nothing was saved.'),
      );
    } else serveFile(request, response, pathname);
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => {
      const address = server.address();
      port = typeof address === 'object' && address ? address.port : options.port;
      resolve({
        port,
        url: `http://127.0.0.1:${port}/#token=${encodeURIComponent(token)}`,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
