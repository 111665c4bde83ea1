// Electron's runtime (the ~100 MB program that draws the window) is not fetched by `npm ci`: package.json
// denies Electron's install script, so installing works where its download host cannot be reached. It is
// fetched here instead, on first use, by `npm start` (which falls back to browser mode) and `npm run dist`
// (which cannot build installers without it).
//   node scripts/electron-runtime.mjs    fetch it if missing; exit 1 with one line saying why when it cannot
import { existsSync, readFileSync, realpathSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

// A host that cannot be reached should cost seconds, not the minutes of retries a download library
// allows by default: `npm start` is waiting to open browser mode instead.
const TIMEOUTS = { lookup: 5_000, connect: 10_000, secureConnect: 10_000, response: 20_000, socket: 30_000 };

/** Where Electron keeps the runtime's executable inside its dist/ folder, as its own install.js names it. */
function platformPath(platform) {
  if (platform === 'darwin' || platform === 'mas') return 'Electron.app/Contents/MacOS/Electron';
  if (platform === 'win32') return 'electron.exe';
  return 'electron';
}

/** The installed runtime's executable, or null. The same test as Electron's install.js makes. */
function installedBinary(electronDir, version) {
  try {
    const distVersion = readFileSync(join(electronDir, 'dist', 'version'), 'utf8')
      .replace(/^v/, '')
      .trim();
    const recorded = readFileSync(join(electronDir, 'path.txt'), 'utf8');
    if (distVersion !== version || recorded !== platformPath(process.platform)) return null;
    const binary = join(electronDir, 'dist', recorded);
    return existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

/** A download failure in a few plain words, for the end of one line. */
export function describeFailure(error) {
  const host = error?.options?.url?.hostname ?? error?.url?.hostname ?? "Electron's download site";
  const code = error?.code ?? error?.cause?.code;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return `no connection to ${host}`;
  if (code === 'ECONNREFUSED' || code === 'ECONNRESET' || code === 'EHOSTUNREACH' || code === 'ENETUNREACH')
    return `${host} could not be reached`;
  if (code === 'ETIMEDOUT' || error?.name === 'TimeoutError') return `${host} did not answer in time`;
  const status = error?.response?.statusCode;
  if (status) return `${host} answered ${status}`;
  return String(error?.message ?? error).split('\n')[0];
}

function progressPrinter() {
  const tty = process.stdout.isTTY;
  let shown = -1;
  return {
    update({ percent, total }) {
      const whole = Math.floor(percent * 100);
      const size = total ? ` of ${Math.round(total / 1_000_000)} MB` : '';
      if (tty) {
        if (whole !== shown) process.stdout.write(`\rFetching Electron's runtime: ${whole}%${size}`);
      } else if (Math.floor(whole / 25) !== Math.floor(shown / 25)) {
        console.log(`Fetching Electron's runtime: ${whole}%${size}`);
      }
      shown = whole;
    },
    /** Leaves the terminal on a fresh line, with nothing printed when no byte ever arrived. */
    end() {
      if (tty && shown >= 0) process.stdout.write('\n');
    },
  };
}

/**
 * Makes sure Electron's runtime is installed, fetching it (with progress on the terminal) when it is not.
 * Resolves with `{ binary }`, or `{ problem }`: what went wrong, in words to follow "the runtime".
 */
export async function ensureElectronRuntime() {
  let electronDir;
  try {
    electronDir = dirname(require.resolve('electron/package.json'));
  } catch {
    return { problem: 'could not be fetched (the electron package is missing: run npm ci)' };
  }
  const { version } = JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8'));
  const installed = installedBinary(electronDir, version);
  if (installed) return { binary: installed };
  if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD)
    return { problem: 'was not fetched, as ELECTRON_SKIP_BINARY_DOWNLOAD is set' };

  // Electron's own dependencies, resolved from its folder so a different hoisting still finds them.
  const fromElectron = createRequire(join(electronDir, 'package.json'));
  const { downloadArtifact } = fromElectron('@electron/get');
  const extract = fromElectron('extract-zip');
  const progress = progressPrinter();
  // @electron/get draws its own progress bar after 30 s unless told not to; ours starts at once.
  const hadNoProgress = 'ELECTRON_GET_NO_PROGRESS' in process.env;
  process.env.ELECTRON_GET_NO_PROGRESS = '1';
  try {
    const zip = await downloadArtifact({
      version,
      artifactName: 'electron',
      platform: process.platform,
      arch: process.arch,
      cacheRoot: process.env.electron_config_cache,
      checksums: fromElectron('./checksums.json'),
      downloadOptions: {
        quiet: true,
        timeout: TIMEOUTS,
        retry: { limit: 0 },
        getProgressCallback: (state) => progress.update(state),
      },
    });
    progress.end();
    const dist = join(electronDir, 'dist');
    await extract(zip, { dir: dist });
    // As Electron's install.js does: the zip's type definitions replace the package's own.
    if (existsSync(join(dist, 'electron.d.ts')))
      renameSync(join(dist, 'electron.d.ts'), join(electronDir, 'electron.d.ts'));
    writeFileSync(join(electronDir, 'path.txt'), platformPath(process.platform));
  } catch (error) {
    progress.end();
    return { problem: `could not be fetched (${describeFailure(error)})` };
  } finally {
    if (!hadNoProgress) delete process.env.ELECTRON_GET_NO_PROGRESS;
  }
  const binary = installedBinary(electronDir, version);
  return binary ? { binary } : { problem: 'was fetched, but its program is not where Electron expects it' };
}

// Run on its own (by `npm run dist`): fetch, or stop with one line.
if (process.argv[1] && fileURLToPath(import.meta.url) === realpathSync(process.argv[1])) {
  const { problem } = await ensureElectronRuntime();
  if (problem) {
    console.error(`Electron's runtime is needed to build the installers, but it ${problem}.`);
    process.exit(1);
  }
}
