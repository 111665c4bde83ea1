import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A page that sends the browser on to the app's address. The address holds the access token, and any user
 * on the machine can read another process's command line (`ps`), so the browser is given this file's path
 * instead: the file sits in a folder only the worker can open, and is removed a minute later, once the
 * browser has read it (as Jupyter does).
 */
export function redirectPage(url: string): { path: string; remove: () => void } {
  const folder = mkdtempSync(join(tmpdir(), 'linkbook-open-'));
  const path = join(folder, 'open-linkbook.html');
  const target = JSON.stringify(url).replace(/</g, '\\u003c');
  writeFileSync(
    path,
    `<!doctype html><meta charset="utf-8"><title>Opening Linkbook</title>` +
      `<script>location.replace(${target})</script>`,
    { mode: 0o600 },
  );
  return { path, remove: () => rmSync(folder, { recursive: true, force: true }) };
}

/** Best effort: if no browser opens, the URL printed on the line before is enough. */
export function openInBrowser(url: string): void {
  const page = redirectPage(url);
  setTimeout(page.remove, 60_000).unref();
  const [command, args] =
    process.platform === 'win32'
      ? ['cmd', ['/c', 'start', '""', page.path]]
      : process.platform === 'darwin'
        ? ['open', [page.path]]
        : ['xdg-open', [page.path]];
  try {
    const child = spawn(command, args as string[], { detached: true, stdio: 'ignore' });
    child.on('error', () => undefined);
    child.unref();
  } catch {
    // Nothing to do: the address is already on screen.
  }
}
