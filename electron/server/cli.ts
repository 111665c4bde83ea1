import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Linkbook } from '../linkbook';
import { FolderInUseError } from '../vault/folder-lock';
import { defaultDataDir } from '../vault/paths';
import { startClockAt, type Clock } from './clock';
import { openInBrowser } from './open-browser';
import { setSpreadsheetWorker } from '../spreadsheets/read';
import { startBrowserMode } from './http';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

const { values } = parseArgs({
  options: {
    'data-dir': { type: 'string' },
    port: { type: 'string', default: '0' },
    open: { type: 'boolean', default: false },
    clock: { type: 'string' },
    // Another built renderer than dist/renderer: lets tests of the server run without a build.
    'renderer-dir': { type: 'string' },
  },
});

const rendererDir = resolve(values['renderer-dir'] ?? resolve(root, 'dist/renderer'));
if (!existsSync(resolve(rendererDir, 'index.html'))) {
  console.error('Linkbook has not been built yet. Run "npm run build" first (npm start does this for you).');
  process.exit(1);
}

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`"${values.port}" is not a port number.`);
  process.exit(1);
}

// --clock (or LINKBOOK_CLOCK) starts Linkbook's clock at another instant, running on from there: the
// end-to-end tests use it so that "today" is the same day on every run.
const clockSetting = values.clock ?? process.env.LINKBOOK_CLOCK;
let now: Clock | undefined;
if (clockSetting !== undefined) {
  const started = startClockAt(clockSetting);
  if ('problem' in started) {
    console.error(started.problem);
    process.exit(1);
  }
  now = started.clock;
}

setSpreadsheetWorker(resolve(root, 'electron/spreadsheets/worker-from-source.mjs'));
let app: Linkbook;
try {
  app = new Linkbook({
    dataDir: resolve(values['data-dir'] ?? defaultDataDir()),
    migrationsFolder: resolve(root, 'electron/db/migrations'),
    now,
  });
} catch (error) {
  if (!(error instanceof FolderInUseError)) throw error;
  console.error(error.message);
  process.exit(1);
}
const token = process.env.LINKBOOK_TOKEN || randomBytes(32).toString('base64url');
const server = await startBrowserMode({ app, token, rendererDir, port });
const idleCheck = setInterval(() => void app.lockIfIdle().catch(reportLockFailure), 15_000);

console.log(`Linkbook is running in browser mode at ${server.url}`);
if (values.open) openInBrowser(server.url);

function reportLockFailure(error: unknown) {
  console.error('Linkbook: locking failed:', error instanceof Error ? error.message : 'unknown error');
}

/** Waits for any vault operation under way (a change of passphrase, say) before the key is wiped. */
function stop() {
  clearInterval(idleCheck);
  void app
    .close()
    .catch(reportLockFailure)
    .then(() => server.close())
    .then(() => process.exit(0));
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
