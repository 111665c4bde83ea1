// Launches the real Electron shell and talks to it through the page, as the renderer does. Needs the
// Electron runtime (absent where it cannot be downloaded: the test is then skipped, saying why), a display
// on Linux, and a built renderer (`npm run build`); the Electron bundles are rebuilt here.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron, type ElectronApplication, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LinkbookBridge } from '../../shared/api';
import { CONTENT_SECURITY_POLICY } from '../../electron/csp';

const root = resolve(__dirname, '../..');

function electronBinary(): string | null {
  try {
    const path: unknown = createRequire(join(root, 'package.json'))('electron');
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

const binary = electronBinary();
const skipReason = !binary
  ? "Electron's runtime is not installed on this machine"
  : process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY
    ? 'there is no display for a window (try xvfb-run)'
    : !existsSync(join(root, 'dist/renderer/index.html'))
      ? 'the renderer is not built (run npm run build)'
      : null;
if (skipReason) console.log(`Skipping the Electron shell tests: ${skipReason}.`);

/** What the page sees, without the DOM types (this project's Node tsconfig has none). */
type Page$ = { linkbook?: LinkbookBridge; require?: unknown; process?: unknown };

describe.skipIf(skipReason !== null)('the Electron shell', () => {
  let app: ElectronApplication;
  let page: Page;
  let dataDir: string;

  beforeAll(async () => {
    execFileSync(process.execPath, [join(root, 'scripts/build-electron.mjs')], {
      cwd: root,
      stdio: 'ignore',
    });
    dataDir = mkdtempSync(join(tmpdir(), 'linkbook-electron-'));
    const env = Object.fromEntries(
      Object.entries(process.env).filter(
        (entry): entry is [string, string] => entry[1] !== undefined && entry[0] !== 'ELECTRON_RUN_AS_NODE',
      ),
    );
    app = await _electron.launch({
      executablePath: binary ?? undefined,
      // Chromium refuses to run as root with its sandbox on (containers, CI); the page's sandbox stays on.
      args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), root, `--data-dir=${dataDir}`],
      cwd: root,
      env,
    });
    page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('loads the built renderer from app://linkbook/, with a fixed title', async () => {
    expect(page.url()).toMatch(/^app:\/\/linkbook\//);
    const title = await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getTitle());
    expect(title).toBe('Linkbook');
  });

  it('answers a call through the preload, from the vault in --data-dir', async () => {
    const result = await page.evaluate(() => (globalThis as Page$).linkbook?.call('vault.status', {}));
    expect(result).toEqual({ ok: true, value: { state: 'new', retryAfterSeconds: 0 } });
  });

  it('refuses a method that is not in the contract, and gives the page no Node', async () => {
    const result = await page.evaluate(() =>
      (globalThis as Page$).linkbook?.call('vault.delete' as 'vault.status', {}),
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    const node = await page.evaluate(() => [
      typeof (globalThis as Page$).require,
      typeof (globalThis as Page$).process,
    ]);
    expect(node).toEqual(['undefined', 'undefined']);
  });

  it('sends the Content-Security-Policy with the page', async () => {
    const csp = await page.evaluate(async () => (await fetch('/')).headers.get('content-security-policy'));
    expect(csp).toBe(CONTENT_SECURITY_POLICY);
  });

  it('opens no new window', async () => {
    const opened = await page.evaluate(
      () =>
        (globalThis as unknown as { open: (url: string) => unknown }).open('https://example.org') === null,
    );
    expect(opened).toBe(true);
    expect(app.windows()).toHaveLength(1);
  });
});
