import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import type { Call } from '../../shared/api';
import type { ApiResult } from '../../shared/errors';
import { startBrowserMode, type RunningServer } from '../../electron/server/http';
import { testApp } from '../support/temp-vault';

export interface Transport {
  name: string;
  /** Why this transport cannot run here, or null when it can. */
  unavailable: string | null;
  start: (dataDir: string) => Promise<{ call: Call; server?: RunningServer; stop: () => Promise<void> }>;
}

export const TOKEN = 'test-token-0123456789';

export function httpCall(url: string, token = TOKEN): Call {
  return async (method, input) => {
    const response = await fetch(`${url}/api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify(input),
    });
    return (await response.json()) as ApiResult<never>;
  };
}

const http: Transport = {
  name: 'browser mode (HTTP)',
  unavailable: null,
  async start(dataDir) {
    // The tests' own clock, running on from a fixed Tuesday: records dated in November 2026 are never in
    // its future, whatever day the suite runs on.
    const started = Date.now();
    const app = testApp(
      join(dataDir, 'vault'),
      () => new Date(Date.parse('2026-11-24T10:00:00Z') + Date.now() - started),
    );
    const rendererDir = join(dataDir, 'renderer');
    mkdirSync(rendererDir, { recursive: true });
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Linkbook</title>');
    const server = await startBrowserMode({ app, token: TOKEN, rendererDir, port: 0 });
    return {
      call: httpCall(`http://127.0.0.1:${server.port}`),
      server,
      stop: async () => {
        await app.close();
        await server.close();
      },
    };
  },
};

function electronBinary(): string | null {
  try {
    // The electron package exports its binary's path, and throws when the binary was never downloaded.
    return createRequire(import.meta.url)('electron') as string;
  } catch {
    return null;
  }
}

/** The same calls through the preload's bridge and ipcMain, in a real Electron window. */
const ipc: Transport = {
  name: 'Electron (IPC)',
  unavailable: electronBinary()
    ? null
    : 'the Electron runtime is not installed on this machine (its binary cannot be downloaded here)',
  async start(dataDir) {
    const { _electron } = await import('playwright-core');
    const electronApp = await _electron.launch({
      executablePath: electronBinary()!,
      args: [resolve('dist/electron/main.cjs'), `--data-dir=${join(dataDir, 'vault')}`],
    });
    const page = await electronApp.firstWindow();
    const call: Call = (method, input) =>
      page.evaluate(
        ([name, payload]) =>
          (globalThis as unknown as { linkbook: { call: Call } }).linkbook.call(
            name as never,
            payload as never,
          ),
        [method, input] as const,
      ) as never;
    return { call, stop: () => electronApp.close() };
  },
};

export const transports = [http, ipc];
