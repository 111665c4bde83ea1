import { createReadStream } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { timingSafeEqual } from 'node:crypto';
import type { ApiError } from '../../shared/errors';
import { dispatch } from '../dispatcher';
import type { Linkbook } from '../linkbook';
import { CONTENT_SECURITY_POLICY } from '../csp';
import { contentType, rendererFile } from '../renderer-files';

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
export const MAX_BODY_BYTES = 16 * 1024 * 1024;
/**
 * What all requests together may hold in memory while their bodies arrive and are handled: three of the
 * largest at once. Past that a request is turned away at once, so many parallel uploads cannot exhaust
 * memory (200 parallel 16 MB bodies once took 3 GB).
 */
export const MAX_BUFFERED_BYTES = 3 * MAX_BODY_BYTES;
/**
 * Slow clients: headers must arrive within 10 seconds and the whole request within 30 (a 16 MB body over
 * the loopback takes well under a second), checked every second, so a client trickling bytes cannot hold
 * memory or a connection for long. Node's own defaults are a minute and five minutes, checked every 30 s.
 */
const HEADERS_TIMEOUT_MS = 10_000;
const REQUEST_TIMEOUT_MS = 30_000;
const TIMEOUT_CHECK_MS = 1_000;
/** The renderer needs a handful of connections; this many are room for several windows, not for a flood. */
const MAX_CONNECTIONS = 256;
/**
 * After refusing a body, how long the rest of it is read and thrown away before the connection closes.
 * Closing with unread bytes makes the kernel reset the connection, and the client then loses the
 * refusal it has not read yet.
 */
const LINGER_MS = 2_000;

const busyMessage = 'Linkbook is busy with other requests. Wait a moment and try again.';
const tooBigMessage = 'That is too much to send at once.';

function errorBody(code: ApiError['code'], message: string): string {
  return JSON.stringify({ ok: false, error: { code, message } });
}

function send(response: ServerResponse, status: number, body: string): void {
  if (response.headersSent) {
    // A failure after the answer started: it cannot be changed now, only cut short.
    response.destroy();
    return;
  }
  response.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  response.end(body);
}

function refuse(response: ServerResponse, status: number, code: ApiError['code'], message: string): void {
  send(response, status, errorBody(code, message));
}

/**
 * Refuses a request whose body is still arriving, so that the client reads the refusal: the answer is
 * written in full at once, the rest of the body is read and dropped (never kept), and the connection
 * closes when the body ends or after LINGER_MS, whichever is first.
 */
function refuseBody(
  request: IncomingMessage,
  response: ServerResponse,
  status: number,
  message: string,
): void {
  if (response.headersSent) {
    response.destroy();
    return;
  }
  const body = errorBody(status === 503 ? 'internal' : 'invalid_input', message);
  response.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
    Connection: 'close',
  });
  response.write(body);
  const finish = () => {
    clearTimeout(timer);
    if (!response.writableEnded) response.end();
  };
  const timer = setTimeout(() => {
    finish();
    request.socket.destroy();
  }, LINGER_MS);
  request.removeAllListeners('data');
  request.once('end', finish);
  request.once('close', finish);
  request.resume();
}

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Bytes held by request bodies across the whole server (see MAX_BUFFERED_BYTES). */
class ByteBudget {
  private used = 0;
  constructor(private readonly limit: number) {}
  take(bytes: number): boolean {
    if (this.used + bytes > this.limit) return false;
    this.used += bytes;
    return true;
  }
  give(bytes: number): void {
    this.used -= bytes;
  }
}

type Body = { kind: 'read'; text: string } | { kind: 'too-big' } | { kind: 'busy' } | { kind: 'gone' };

/**
 * Reads a request's body within its own limit and the server's shared budget. What it takes from the
 * budget is handed back by `release`, which the caller runs once the answer has gone: the body's text and
 * the payload parsed from it live until then.
 */
function readBody(
  request: IncomingMessage,
  budget: ByteBudget,
): { body: Promise<Body>; release: () => void } {
  let held = 0;
  const release = () => {
    budget.give(held);
    held = 0;
  };
  const hold = (bytes: number) => {
    if (!budget.take(bytes)) return false;
    held += bytes;
    return true;
  };
  const body = new Promise<Body>((resolve) => {
    const declared = Number(request.headers['content-length'] ?? Number.NaN);
    if (Number.isFinite(declared) && declared > MAX_BODY_BYTES) return resolve({ kind: 'too-big' });
    // A declared length is held at once, so parallel uploads are refused before any of them is read.
    if (Number.isFinite(declared) && declared > 0 && !hold(declared)) return resolve({ kind: 'busy' });
    let chunks: Buffer[] = [];
    let size = 0;
    const stop = (outcome: Body) => {
      chunks = [];
      request.removeListener('data', onData);
      resolve(outcome);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) return stop({ kind: 'too-big' });
      if (size > held && !hold(size - held)) return stop({ kind: 'busy' });
      chunks.push(chunk);
    };
    request.on('data', onData);
    request.once('end', () => resolve({ kind: 'read', text: Buffer.concat(chunks).toString('utf8') }));
    request.once('error', () => stop({ kind: 'gone' }));
    request.once('close', () => {
      if (!request.complete) stop({ kind: 'gone' });
    });
  });
  return { body, release };
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
  const budget = new ByteBudget(MAX_BUFFERED_BYTES);

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
    const { body, release } = readBody(request, budget);
    response.once('close', release);
    const outcome = await body;
    if (outcome.kind === 'gone') return;
    if (outcome.kind === 'too-big') return refuseBody(request, response, 413, tooBigMessage);
    if (outcome.kind === 'busy') return refuseBody(request, response, 503, busyMessage);
    let payload: unknown;
    try {
      payload = outcome.text === '' ? {} : JSON.parse(outcome.text);
    } catch {
      return refuse(response, 400, 'invalid_input', 'The request was not valid JSON.');
    }
    send(response, 200, JSON.stringify(await dispatch(app, method, payload)));
  }

  function serveFile(request: IncomingMessage, response: ServerResponse, pathname: string) {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const file = rendererFile(rendererDir, pathname);
    if (!file) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      'Content-Type': contentType(file),
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': file.endsWith('index.html') ? 'no-store' : 'public, max-age=31536000, immutable',
    });
    if (request.method === 'HEAD') {
      response.end();
      return;
    }
    // The file can vanish or fail to read after the headers went: then the answer is cut short.
    createReadStream(file)
      .once('error', () => response.destroy())
      .pipe(response);
  }

  function handle(request: IncomingMessage, response: ServerResponse) {
    let pathname: string;
    try {
      pathname = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    } catch {
      return refuse(response, 400, 'invalid_input', 'That address is not one Linkbook knows.');
    }
    const api = /^\/api\/([^/]+)$/.exec(pathname);
    if (api?.[1]) {
      let method: string;
      try {
        method = decodeURIComponent(api[1]);
      } catch {
        return refuse(response, 400, 'invalid_input', 'That address is not one Linkbook knows.');
      }
      handleApi(request, response, method).catch(() => failed(response));
    } else serveFile(request, response, pathname);
  }

  function failed(response: ServerResponse) {
    refuse(response, 500, 'internal', 'Something went wrong and nothing was saved.');
  }

  const server = createServer(
    {
      headersTimeout: HEADERS_TIMEOUT_MS,
      requestTimeout: REQUEST_TIMEOUT_MS,
      connectionsCheckingInterval: TIMEOUT_CHECK_MS,
    },
    (request, response) => {
      // Nothing a request carries may stop the server: whatever fails answers for that request alone.
      try {
        handle(request, response);
      } catch {
        failed(response);
      }
    },
  );
  server.maxConnections = MAX_CONNECTIONS;

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
