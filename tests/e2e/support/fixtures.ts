import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as base, chromium, type BrowserContext, type Page } from '@playwright/test';
import { CLOCK_START, TIME_ZONE } from './clock';
import { CHROMIUM } from './tools';

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

export interface Linkbook {
  /** The app's address with this start's token, as the server prints it. */
  url: string;
  dataDir: string;
  /** Stops the server and starts it again on the same vault, as a new day's `npm start` would. */
  restart: () => Promise<void>;
  /** Stops the server and starts Linkbook on another, empty folder: a new laptop. */
  newLaptop: () => Promise<void>;
}

/** The tests' clock now: CLOCK_START plus the real time since `since`, so a restart does not turn it back. */
const clockSince = (since: number) => new Date(Date.parse(CLOCK_START) + Date.now() - since).toISOString();

async function startServer(dataDir: string, since: number): Promise<{ url: string; process: ChildProcess }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(ROOT, 'electron/server/cli.ts'), '--data-dir', dataDir, '--port', '0'],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        LINKBOOK_TOKEN: `e2e-${Math.random().toString(36).slice(2)}`,
        LINKBOOK_CLOCK: clockSince(since),
        TZ: TIME_ZONE,
      },
    },
  );
  const url = await new Promise<string>((resolveUrl, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`Browser mode did not start:\n${output}`)), 30_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /browser mode at (\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolveUrl(match[1]);
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('exit', (code) => reject(new Error(`Browser mode exited with ${code}:\n${output}`)));
  });
  return { url, process: child };
}

function stopServer(child: ChildProcess): Promise<void> {
  return new Promise((done) => {
    if (child.exitCode !== null) return done();
    child.once('exit', () => done());
    child.kill('SIGTERM');
  });
}

/** Each test gets its own vault folder, its own server and a fresh Chromium profile, all at CLOCK_START. */
export const test = base.extend<{ linkbook: Linkbook; context: BrowserContext; page: Page }>({
  // eslint-disable-next-line no-empty-pattern
  linkbook: async ({}, use) => {
    const dataDirs = [mkdtempSync(join(tmpdir(), 'linkbook-e2e-'))];
    let dataDir = dataDirs[0]!;
    const since = Date.now();
    let server = await startServer(dataDir, since);
    const linkbook: Linkbook = {
      get url() {
        return server.url;
      },
      get dataDir() {
        return dataDir;
      },
      restart: async () => {
        await stopServer(server.process);
        server = await startServer(dataDir, since);
      },
      newLaptop: async () => {
        await stopServer(server.process);
        dataDir = mkdtempSync(join(tmpdir(), 'linkbook-e2e-'));
        dataDirs.push(dataDir);
        server = await startServer(dataDir, since);
      },
    };
    await use(linkbook);
    await stopServer(server.process);
    for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
  },
  // eslint-disable-next-line no-empty-pattern
  context: async ({}, use, testInfo) => {
    const profile = mkdtempSync(join(tmpdir(), 'linkbook-chromium-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      args: FLAGS,
      viewport: testInfo.project.use.viewport ?? { width: 1366, height: 768 },
      locale: 'en-GB',
      timezoneId: TIME_ZONE,
    });
    // The page's Date starts at the tests' instant and runs on from there; timers run in real time.
    await context.clock.install({ time: CLOCK_START });
    await use(context);
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  },
  page: async ({ context }, use) => {
    await use(context.pages()[0] ?? (await context.newPage()));
  },
});

export { expect } from '@playwright/test';
