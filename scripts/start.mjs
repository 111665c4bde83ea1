// `npm start`: builds Linkbook, then runs it in Electron where Electron can run, else in browser mode.
//   npm start                       build, then Electron (or browser mode, saying why in one line)
//   npm start -- --data-dir DIR     the same, with the vault in DIR (any other arguments pass through)
//   npm start -- --browser          browser mode even where Electron could run
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureElectronRuntime } from './electron-runtime.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
/** Set once the runtime is known to be installed. */
let electronBinary = null;

/** Runs a child with our terminal, passing on Ctrl+C and `kill`; resolves with how it ended. */
function run(command, args, options = {}) {
  return new Promise((done) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', ...options });
    const forward = (signal) => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    };
    process.on('SIGINT', forward);
    process.on('SIGTERM', forward);
    const finish = (code, signal) => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      done({ code, signal });
    };
    child.on('error', (error) => {
      console.error(`Could not start ${command}: ${error.message}`);
      finish(1, null);
    });
    child.on('exit', finish);
  });
}

/** Ends this process the way the child ended: same code, or 128 + signal number as shells do. */
function exitLike({ code, signal }) {
  if (signal) process.exit(signal === 'SIGINT' ? 130 : signal === 'SIGTERM' ? 143 : 1);
  process.exit(code ?? 1);
}

/** Why Electron cannot or should not run here, or null when it can. Fetches its runtime when missing. */
async function reasonForBrowserMode(wantsBrowser) {
  if (wantsBrowser) return '--browser was given';
  // Checked before fetching: a machine with no display has no use for a 100 MB download.
  const headless = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
  if (headless) return 'there is no display here for a window';
  const runtime = await ensureElectronRuntime();
  if (runtime.problem) return `Electron's runtime is not installed and ${runtime.problem}`;
  electronBinary = runtime.binary;
  return null;
}

const args = process.argv.slice(2);
const wantsBrowser = args.includes('--browser');
const passThrough = args.filter((arg) => arg !== '--browser');

// 1. Build, with npm's output streaming. `npm_execpath` is npm's own script when run as `npm start`.
const npm = process.env.npm_execpath;
const built = npm
  ? await run(process.execPath, [npm, 'run', 'build'])
  : await run('npm', ['run', 'build'], { shell: process.platform === 'win32' });
if (built.code !== 0 || built.signal) exitLike(built);

// 2. Electron, or browser mode.
const reason = await reasonForBrowserMode(wantsBrowser);
if (reason === null) {
  // ELECTRON_RUN_AS_NODE would make the binary a plain Node, which cannot open a window.
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  exitLike(await run(electronBinary, [root, ...passThrough], { env }));
} else {
  console.log(`${reason[0].toUpperCase()}${reason.slice(1)}, so Linkbook is starting in browser mode.`);
  const tsx = require.resolve('tsx/cli');
  exitLike(await run(process.execPath, [tsx, 'electron/server/cli.ts', '--open', ...passThrough]));
}
