import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { methodNames } from '../../shared/api';
import { MAX_BODY_BYTES } from '../../electron/server/http';
import { sampleFamily } from '../support/sample-family';
import { sampleService } from '../support/sample-service';
import { fingerprint, tempDir } from '../support/temp-vault';

/**
 * Issue 11, "no request can stop the core": a real browser-mode server, in its own process so that a crash
 * is seen and its memory can be measured, gets thousands of bad requests from a seeded generator (the
 * same ones on every run). Afterwards it must still answer, the vault's bytes must be as they were, and
 * the process must have stayed under PEAK_MEMORY_MB.
 */
const ROOT = resolve(__dirname, '../..');
const TOKEN = 'robustness-token-0123456789abcdef';
const PASSPHRASE = 'a long passphrase for the robustness test';
const PEAK_MEMORY_MB = 600;
const SEED = 20_261_123;

/** mulberry32: a small seeded generator, so a failing run can be repeated exactly. */
function generator(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (below: number) => Math.floor(next() * below);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)] as T;
  return { next, int, pick };
}

type Outcome = number | 'reset' | 'closed' | 'timeout';

/**
 * Sends raw bytes and reads the status of the first response; 'closed' or 'reset' when the server hung up
 * without one. `trickle` sends the bytes a few at a time, with pauses, as a slow client would.
 */
function raw(
  port: number,
  bytes: Buffer | string,
  options: { timeoutMs?: number; stopAfter?: number; trickleMs?: number } = {},
): Promise<Outcome> {
  return new Promise((done) => {
    const socket: Socket = connect(port, '127.0.0.1');
    let received = '';
    let settled = false;
    const finish = (outcome: Outcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      done(outcome);
    };
    const timer = setTimeout(() => finish('timeout'), options.timeoutMs ?? 15_000);
    socket.on('data', (chunk) => {
      received += chunk.toString('latin1');
      const status = /^HTTP\/1\.[01] (\d{3})/.exec(received);
      if (status) finish(Number(status[1]));
    });
    socket.on('error', () => finish('reset'));
    socket.on('close', () => finish('closed'));
    const data = typeof bytes === 'string' ? Buffer.from(bytes, 'latin1') : bytes;
    const length = options.stopAfter ?? data.length;
    if (options.trickleMs) {
      let at = 0;
      const step = setInterval(() => {
        if (settled || at >= length) return clearInterval(step);
        socket.write(data.subarray(at, at + 3));
        at += 3;
      }, options.trickleMs);
    } else {
      socket.write(data.subarray(0, length), () => {
        if (options.stopAfter !== undefined) socket.destroy();
      });
      if (options.stopAfter !== undefined) setTimeout(() => finish('closed'), 200);
    }
  });
}

/** Runs `tasks` with at most `width` at once. */
async function pool<T>(tasks: (() => Promise<T>)[], width: number): Promise<T[]> {
  const results: T[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < tasks.length) {
        const at = next++;
        results[at] = await (tasks[at] as () => Promise<T>)();
      }
    }),
  );
  return results;
}

function withoutSharedMemory(print: string): string {
  return print
    .split('\n')
    .filter((line) => !/-shm:/.test(line))
    .join('\n');
}

function peakMemoryMb(pid: number): number | null {
  const status = `/proc/${pid}/status`;
  if (!existsSync(status)) return null;
  const line = /VmHWM:\s+(\d+) kB/.exec(readFileSync(status, 'utf8'));
  return line ? Number(line[1]) / 1024 : null;
}

let server: ChildProcess;
let port: number;
let vaultDir: string;
let removeTemp: () => void;
let serverOutput = '';

async function api(method: string, input: unknown): Promise<{ ok: boolean; value?: unknown }> {
  const response = await fetch(`http://127.0.0.1:${port}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify(input),
  });
  return (await response.json()) as { ok: boolean; value?: unknown };
}

beforeAll(async () => {
  const temp = tempDir();
  removeTemp = temp.remove;
  vaultDir = join(temp.dir, 'vault');
  const rendererDir = join(temp.dir, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Linkbook</title>');
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'export {};');
  server = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'electron/server/cli.ts',
      '--data-dir',
      vaultDir,
      '--port',
      '0',
      '--renderer-dir',
      rendererDir,
    ],
    { cwd: ROOT, env: { ...process.env, LINKBOOK_TOKEN: TOKEN }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  server.stderr?.on('data', (chunk: Buffer) => (serverOutput += chunk.toString()));
  port = await new Promise<number>((found, failed) => {
    server.stdout?.on('data', (chunk: Buffer) => {
      serverOutput += chunk.toString();
      const address = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(serverOutput);
      if (address) found(Number(address[1]));
    });
    server.once('exit', (code) => failed(new Error(`The server stopped (${code}): ${serverOutput}`)));
  });
  expect(
    await api('vault.create', {
      schoolName: 'Craigton Primary',
      workerName: 'Aisha Rahman',
      passphrase: PASSPHRASE,
      makeRecoveryKey: false,
    }),
  ).toMatchObject({ ok: true });
  for (let n = 0; n < 3; n++) {
    expect(await api('families.create', sampleFamily({ familyName: `Family ${n}` }))).toMatchObject({
      ok: true,
    });
  }
  expect(await api('directory.save', sampleService())).toMatchObject({ ok: true });
}, 60_000);

afterAll(() => {
  server?.kill('SIGKILL');
  removeTemp?.();
});

describe('browser mode under a flood of bad requests', () => {
  it('answers each one, keeps serving, changes nothing and stays within its memory', async () => {
    const before = fingerprint(vaultDir);
    const random = generator(SEED);
    const host = `127.0.0.1:${port}`;
    const counts = new Map<string, { sent: number; statuses: Map<string, number> }>();
    const record = (category: string, outcome: Outcome) => {
      const entry = counts.get(category) ?? { sent: 0, statuses: new Map<string, number>() };
      entry.sent += 1;
      entry.statuses.set(String(outcome), (entry.statuses.get(String(outcome)) ?? 0) + 1);
      counts.set(category, entry);
      return outcome;
    };
    const tasks: (() => Promise<Outcome>)[] = [];
    const add = (category: string, work: () => Promise<Outcome>) =>
      tasks.push(async () => record(category, await work()));

    // Slow clients first, so they trickle while everything else runs: the server must cut them off.
    const slow: Promise<Outcome>[] = [];
    for (let n = 0; n < 10; n++) {
      const request = `GET /slow-${n} HTTP/1.1\r\nHost: ${host}\r\nX-Padding: ${'p'.repeat(400)}\r\n\r\n`;
      slow.push(
        raw(port, request, { trickleMs: 100, timeoutMs: 30_000 }).then((o) => record('slow headers', o)),
      );
      const body = `POST /api/families.list HTTP/1.1\r\nHost: ${host}\r\nAuthorization: Bearer ${TOKEN}\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{"text":"${'s'.repeat(99_980)}"}`;
      slow.push(raw(port, body, { trickleMs: 100, timeoutMs: 45_000 }).then((o) => record('slow body', o)));
    }

    const targets = [
      '//[',
      '/%',
      '/%ff',
      '/%00',
      '/%E0%A4%A',
      '/api/%',
      '/api/%ff',
      '/api/%00',
      '/api/families.list%',
      '/..%2f..%2fetc%2fpasswd',
      '/../../etc/passwd',
      '/assets/../../secret',
      '*',
      'http://example.org/',
      'http://[::1/',
      'http://127.0.0.1:1/api/vault.status',
      'https://user:pw@host:99999/x',
      '//example.org/%',
      `/${'a'.repeat(8_000)}`,
      `/${'%2e%2e/'.repeat(2_000)}`,
      '/\u00ff\u00fe',
      '/?%',
      '/#%',
      'relative',
      '',
    ];
    const methods = [
      'GET',
      'HEAD',
      'POST',
      'PUT',
      'DELETE',
      'OPTIONS',
      'PATCH',
      'TRACE',
      'CONNECT',
      'PROPFIND',
      'FOO',
    ];
    for (const target of targets)
      for (const method of methods)
        add(method === 'CONNECT' ? 'CONNECT' : 'odd request targets', () =>
          raw(port, `${method} ${target} HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`),
        );

    const headerCases = [
      `GET / HTTP/1.1\r\n\r\n`,
      `GET / HTTP/1.1\r\nHost: ${host}\r\nHost: evil.example\r\n\r\n`,
      `POST /api/vault.status HTTP/1.1\r\nHost: ${host}\r\nAuthorization: Bearer ${TOKEN}\r\nAuthorization: Bearer nope\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}`,
      `POST /api/vault.status HTTP/1.1\r\nHost: ${host}\r\nContent-Length: 2\r\nContent-Length: 5\r\n\r\n{}`,
      `POST /api/vault.status HTTP/1.1\r\nHost: ${host}\r\nContent-Length: -1\r\n\r\n`,
      `POST /api/vault.status HTTP/1.1\r\nHost: ${host}\r\nContent-Length: 99999999999999999999\r\n\r\n`,
      `POST /api/vault.status HTTP/1.1\r\nHost: ${host}\r\nTransfer-Encoding: chunked\r\nContent-Length: 2\r\n\r\n0\r\n\r\n`,
      `POST /api/vault.status HTTP/1.1\r\nHost: ${host}\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n`,
      `POST /api/vault.status HTTP/1.1\r\nHost: ${host}\r\nTransfer-Encoding: gzip, chunked\r\n\r\n0\r\n\r\n`,
      `GET / HTTP/1.1\r\nHost: ${host}\r\nBad Header Name: x\r\n\r\n`,
      `GET / HTTP/1.1\r\nHost: ${host}\r\nNoColonHere\r\n\r\n`,
      `GET / HTTP/1.1\r\nHost: ${host}\r\nX-Big: ${'b'.repeat(20_000)}\r\n\r\n`,
      `GET / HTTP/9.9\r\nHost: ${host}\r\n\r\n`,
      `GET / HTTP/1.1\nHost: ${host}\n\n`,
      `GET\r\n\r\n`,
      `\r\n\r\n\r\n`,
      `GET / HTTP/1.1\r\nHost: ${host}\r\nContent-Type: \u0000\r\n\r\n`,
      `GET / HTTP/1.1\r\nHost: ${host}\r\n${Array.from({ length: 3_000 }, (_, n) => `X-${n}: y`).join('\r\n')}\r\n\r\n`,
    ];
    for (let round = 0; round < 12; round++)
      for (const request of headerCases) add('malformed headers', () => raw(port, request));

    const post = (method: string, headers: Record<string, string>, body: string) => {
      const lines = Object.entries(headers).map(([name, value]) => `${name}: ${value}`);
      return `POST /api/${method} HTTP/1.1\r\n${lines.join('\r\n')}\r\nContent-Length: ${Buffer.byteLength(body, 'latin1')}\r\nConnection: close\r\n\r\n${body}`;
    };
    const good = { Host: host, Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' };
    // Each changes one header of a good call, so each is refused before its body is read.
    const badAuth: Record<string, string>[] = [
      { Authorization: '' },
      { Authorization: 'Bearer ' },
      { Authorization: `Bearer ${TOKEN}x` },
      { Authorization: `Bearer ${TOKEN.slice(1)}` },
      { Authorization: `Basic ${TOKEN}` },
      { Authorization: `bearer ${TOKEN}` },
      { Host: 'evil.example' },
      { Host: `localhost:${port + 1}` },
      { Host: '' },
      { Origin: 'http://evil.example' },
      { Origin: 'null' },
      { Origin: `https://${host}` },
      { 'Content-Type': 'text/plain' },
      { 'Content-Type': '' },
    ];
    for (let n = 0; n < 600; n++) {
      const headers = { ...good, ...random.pick(badAuth) };
      add('token, host and origin', () => raw(port, post(random.pick(methodNames), headers, '"x"')));
    }

    // Only payloads no method accepts: a valid one could write, or lock the vault.
    const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
    const bodies = [
      '{',
      '{"a":',
      'nul',
      '\u0000\u0001',
      '{"a":1}}',
      '[1,2,',
      '"\\ud800"',
      '42',
      '"text"',
      'null',
      'true',
      '[]',
      nested(1_000),
      nested(100_000),
      '{"a":'.repeat(50_000) + '1' + '}'.repeat(50_000),
      JSON.stringify({ __proto__: { polluted: true }, constructor: { prototype: { x: 1 } } }),
      JSON.stringify({ id: 'x'.repeat(100_000) }),
      Buffer.from(Array.from({ length: 2_000 }, (_, n) => (n * 7919) % 256)).toString('latin1'),
    ];
    const names = [
      ...methodNames,
      'nope',
      'vault.',
      '__proto__',
      'constructor',
      'toString',
      '..',
      'a'.repeat(500),
    ];
    for (let n = 0; n < 900; n++) {
      const body = random.pick(bodies);
      add('bad bodies', () => raw(port, post(random.pick(names), good, body), { timeoutMs: 20_000 }));
    }

    // Bytes that are not HTTP at all.
    for (let n = 0; n < 300; n++) {
      const garbage = Buffer.from(Array.from({ length: 1 + random.int(2_000) }, () => random.int(256)));
      add('random bytes', () => raw(port, garbage));
    }

    // Bodies over the limit must be refused with a 413 the client actually reads.
    const huge = Buffer.alloc(MAX_BODY_BYTES + 1_024, 'a');
    const overLimit = () =>
      raw(
        port,
        Buffer.concat([
          Buffer.from(
            `POST /api/families.list HTTP/1.1\r\nHost: ${host}\r\nAuthorization: Bearer ${TOKEN}\r\nContent-Type: application/json\r\nContent-Length: ${huge.length}\r\n\r\n`,
          ),
          huge,
        ]),
        { timeoutMs: 20_000 },
      );
    const overLimitChunked = () => {
      const chunk = Buffer.alloc(1_048_576, 'a');
      const chunks = Array.from({ length: 18 }, () =>
        Buffer.concat([Buffer.from(`${chunk.length.toString(16)}\r\n`), chunk, Buffer.from('\r\n')]),
      );
      return raw(
        port,
        Buffer.concat([
          Buffer.from(
            `POST /api/families.list HTTP/1.1\r\nHost: ${host}\r\nAuthorization: Bearer ${TOKEN}\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n`,
          ),
          ...chunks,
          Buffer.from('0\r\n\r\n'),
        ]),
        { timeoutMs: 20_000 },
      );
    };
    for (let n = 0; n < 6; n++) {
      add('over the limit, in the flood', overLimit);
      add('over the limit, in the flood (chunked)', overLimitChunked);
    }

    // Many large bodies at once: each is allowed, all together are not.
    const large = `{"text":"${'l'.repeat(MAX_BODY_BYTES - 100)}"}`;
    const largeRequest = Buffer.from(post('families.list', good, large));
    for (let n = 0; n < 40; n++)
      add('parallel large bodies', () => raw(port, largeRequest, { timeoutMs: 30_000 }));

    // Clients that go away part-way through a body.
    for (let n = 0; n < 200; n++) {
      const request = post(random.pick(names), good, `{"text":"${'d'.repeat(50_000)}"}`);
      add('disconnects mid-body', () => raw(port, request, { stopAfter: 200 + random.int(40_000) }));
    }

    // Shuffled, so each kind meets the others in flight.
    for (let at = tasks.length - 1; at > 0; at--) {
      const other = random.int(at + 1);
      [tasks[at], tasks[other]] = [
        tasks[other] as () => Promise<Outcome>,
        tasks[at] as () => Promise<Outcome>,
      ];
    }
    await pool(tasks, 48);
    // Alone, with the shared budget free, a body over the limit is always told "too big".
    const overLimitOutcomes: Outcome[] = [];
    for (let n = 0; n < 3; n++) {
      overLimitOutcomes.push(record('over the limit, alone', await overLimit()));
      overLimitOutcomes.push(record('over the limit, alone (chunked)', await overLimitChunked()));
    }
    // The shared budget: uploads that together would hold more than it are turned away at once. Three
    // declare the largest body and send part of it; the fourth is refused before sending any.
    const held = Array.from({ length: 3 }, () => {
      const socket = connect(port, '127.0.0.1');
      socket.on('error', () => undefined);
      socket.write(
        `POST /api/families.list HTTP/1.1\r\nHost: ${host}\r\nAuthorization: Bearer ${TOKEN}\r\nContent-Type: application/json\r\nContent-Length: ${MAX_BODY_BYTES}\r\n\r\n{"text":"`,
      );
      return socket;
    });
    await new Promise((settle) => setTimeout(settle, 500));
    const fourth = await raw(
      port,
      `POST /api/families.list HTTP/1.1\r\nHost: ${host}\r\nAuthorization: Bearer ${TOKEN}\r\nContent-Type: application/json\r\nContent-Length: ${MAX_BODY_BYTES}\r\n\r\n`,
    );
    record('past the shared budget', fourth);
    for (const socket of held) socket.destroy();
    expect(fourth).toBe(503);
    const slowOutcomes = await Promise.all(slow);

    const table = [...counts].map(([category, { sent, statuses }]) => ({
      category,
      sent,
      statuses: [...statuses].map(([status, n]) => `${status}×${n}`).join(' '),
    }));
    console.log(`Sent ${table.reduce((sum, row) => sum + row.sent, 0)} bad requests (seed ${SEED}):`);
    console.table(table);

    // The server is still up, and still answers.
    expect(server.exitCode).toBeNull();
    expect(await api('vault.status', {})).toEqual({
      ok: true,
      value: { state: 'unlocked', retryAfterSeconds: 0 },
    });
    expect(await api('families.list', {})).toMatchObject({ ok: true });
    const index = await fetch(`http://127.0.0.1:${port}/families/abc`);
    expect(index.status).toBe(200);

    // No request got through to the records. (SQLite's -shm file is left out: it is the WAL's index in
    // shared memory, where readers mark their place, so every read changes it.)
    expect(withoutSharedMemory(fingerprint(vaultDir))).toBe(withoutSharedMemory(before));

    // Every over-limit body was told so, rather than cut off; in the flood, "too big" or "busy".
    expect(overLimitOutcomes).toEqual(overLimitOutcomes.map(() => 413));
    for (const category of ['over the limit, in the flood', 'over the limit, in the flood (chunked)'])
      expect(
        [...(counts.get(category)?.statuses.keys() ?? [])].every((s) => s === '413' || s === '503'),
      ).toBe(true);
    // Nothing went unanswered, and nothing failed inside the server. (A CONNECT is closed unanswered by
    // Node itself, as a server that is no proxy should.)
    for (const [category, { statuses }] of counts) {
      expect([...statuses.keys()], category).not.toContain('500');
      if (category !== 'disconnects mid-body')
        expect([...statuses.keys()], category).not.toContain('timeout');
      if (category !== 'CONNECT' && category !== 'disconnects mid-body')
        expect([...statuses.keys()], category).not.toContain('closed');
    }
    // Slow clients were cut off by the server, not left hanging until the test gave up.
    expect(slowOutcomes).not.toContain('timeout');

    const peak = peakMemoryMb(server.pid as number);
    if (peak === null) console.log('Peak memory not checked: /proc/<pid>/status is Linux only.');
    else {
      console.log(`Server's peak memory (VmHWM): ${peak.toFixed(0)} MB (bound ${PEAK_MEMORY_MB} MB)`);
      expect(peak).toBeLessThan(PEAK_MEMORY_MB);
    }
  }, 120_000);
});
