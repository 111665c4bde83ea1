import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { arch, cpus, loadavg, platform, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { listFamilies } from '../electron/services/families';
import { closeSession, openVault } from '../electron/vault/vault';
import { listFamiliesInput } from '../shared/families';
import { SCHOOL_YEAR_STARTS } from './household';
import { filterRuns, firstPageRuns, firstUnlockOfDayRuns, unlockRuns } from './measures';
import { printTable, writeJson, type Figure } from './report';
import { median, p95 } from './stats';
import { DEFAULT_SEED, fingerprint, makeDataset } from './synthetic';
import {
  buildEncryptedVault,
  buildPlainCopy,
  closePlain,
  openPlainCopy,
  PASSPHRASE,
  plainFile,
  readDeps,
  vaultOptions,
} from './vaults';

/** Enough runs for a steady median while the whole bench stays within a few minutes on a small laptop. */
const RUNS = { firstUnlockOfDay: 3, unlock: 7, firstPage: 100, filter: 10 };

/** What a worker types: a surname, part of one, accented names typed without accents, first names. */
const SEARCHES = ['MacLeod', 'kowal', 'dabrowski', 'nguyen', "o'neill", 'Siobhan', 'Aoife', 'fatema begum'];

const { values } = parseArgs({
  options: {
    json: { type: 'string' },
    seed: { type: 'string', default: String(DEFAULT_SEED) },
    families: { type: 'string', default: '10000' },
  },
});

function wholeNumber(text: string, option: string): number {
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < 1) {
    console.error(`--${option} takes a whole number above 0, not "${text}".`);
    process.exit(1);
  }
  return value;
}

const seed = wholeNumber(values.seed, 'seed');
const familyCount = wholeNumber(values.families, 'families');
const migrationsFolder = fileURLToPath(new URL('../electron/db/migrations', import.meta.url));
const count = (n: number) => n.toLocaleString('en-GB');
const megabytes = (file: string) => statSync(file).size / 1_000_000;

/** Unlock days in the data's own school year: each first-of-day run needs a day with no backup yet. */
const day = (n: number) => new Date(Date.UTC(SCHOOL_YEAR_STARTS, 10, 2 + n, 8, 30));
const today = RUNS.firstUnlockOfDay - 1;

async function step<T>(label: string, work: () => T | Promise<T>): Promise<T> {
  process.stderr.write(`${label}… `);
  const start = performance.now();
  const result = await work();
  process.stderr.write(`${((performance.now() - start) / 1000).toFixed(1)} s\n`);
  return result;
}

/** Builds both files and returns their sizes; the generated rows are dropped here, before anything is timed. */
async function build(dir: string) {
  const data = await step(`Generating ${count(familyCount)} families from seed ${seed}`, () =>
    makeDataset(seed, familyCount),
  );
  console.log(
    `Linkbook bench: seed ${seed}, ${count(data.families.length)} families, ${count(data.children.length)} ` +
      `children, ${count(data.carers.length)} carers (data fingerprint ${fingerprint(data)})`,
  );
  console.log(
    `Machine: ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, Node ${process.version}, ` +
      // Other work on the machine (a test run, a build) slows every figure; the load says whether there was any.
      `${platform()} ${arch()}, load average ${loadavg()[0]?.toFixed(2)} at the start\n`,
  );
  const options = vaultOptions(join(dir, 'vault'), migrationsFolder, day(0));
  await step('Building the encrypted vault', () => buildEncryptedVault(options, data));
  await step('Building the unencrypted copy', () => buildPlainCopy(plainFile(dir), migrationsFolder, data));
  // Read before any unlock, so the size is the vault's alone and not its backups'.
  return { vault: megabytes(options.paths.database), plain: megabytes(plainFile(dir)) };
}

async function measureUnlocking(dir: string) {
  const optionsOn = (n: number) => vaultOptions(join(dir, 'vault'), migrationsFolder, day(n));
  const firstOfDay = await step(`First unlock of the day, with backup (${RUNS.firstUnlockOfDay} runs)`, () =>
    firstUnlockOfDayRuns(optionsOn, RUNS.firstUnlockOfDay),
  );
  const later = await step(
    `Unlocking, deriving the key alone and opening the unencrypted copy (${RUNS.unlock} runs)`,
    () => unlockRuns(optionsOn(today), plainFile(dir), RUNS.unlock),
  );
  return { firstOfDay, later };
}

async function measureCaseload(dir: string) {
  const session = await openVault(
    vaultOptions(join(dir, 'vault'), migrationsFolder, day(today)),
    'passphrase',
    PASSPHRASE,
  );
  const copy = openPlainCopy(plainFile(dir), migrationsFolder);
  try {
    const vault = readDeps(session.db, day(today));
    const plain = readDeps(copy.db, day(today));
    const found = SEARCHES.map((search) => {
      const { total } = listFamilies(vault, listFamiliesInput.parse({ search }));
      return `"${search}" ${count(total)}`;
    });
    process.stderr.write(`Active families found by each search: ${found.join(', ')}\n`);
    const page = await step(`Loading the first page (${RUNS.firstPage} runs)`, () =>
      firstPageRuns(vault, plain, RUNS.firstPage),
    );
    const filter = await step(`Filtering by name (${SEARCHES.length} searches × ${RUNS.filter} runs)`, () =>
      filterRuns(vault, plain, SEARCHES, RUNS.filter),
    );
    return { page, filter };
  } finally {
    closeSession(session);
    closePlain(copy.sqlite);
  }
}

async function bench(dir: string): Promise<Figure[]> {
  const sizes = await build(dir);
  const { firstOfDay, later } = await measureUnlocking(dir);
  const { page, filter } = await measureCaseload(dir);
  const searches = SEARCHES.length * RUNS.filter;
  return [
    {
      name: `unlock (${count(familyCount)} families)`,
      unit: 'ms',
      value: median(later.unlock),
      baseline: median(later.plainOpen),
      runs: RUNS.unlock,
    },
    {
      name: 'unlock (first of the day, with backup)',
      unit: 'ms',
      value: median(firstOfDay),
      runs: RUNS.firstUnlockOfDay,
    },
    { name: 'scrypt key derivation', unit: 'ms', value: median(later.keyDerivation), runs: RUNS.unlock },
    {
      name: 'caseload first page (just after unlock)',
      unit: 'ms',
      value: median(later.firstPageCold),
      baseline: median(later.plainFirstPageCold),
      runs: RUNS.unlock,
    },
    {
      name: 'caseload first page',
      unit: 'ms',
      value: median(page.vault),
      baseline: median(page.plain),
      runs: RUNS.firstPage,
    },
    {
      name: 'caseload filter by name (median)',
      unit: 'ms',
      value: median(filter.vault),
      baseline: median(filter.plain),
      runs: searches,
    },
    {
      name: 'caseload filter by name (p95)',
      unit: 'ms',
      value: p95(filter.vault),
      baseline: p95(filter.plain),
      runs: searches,
    },
    { name: 'vault size', unit: 'MB', value: sizes.vault, baseline: sizes.plain },
  ];
}

const dir = mkdtempSync(join(tmpdir(), 'linkbook-bench-'));
try {
  const figures = await bench(dir);
  console.log();
  printTable(figures);
  console.log(
    '\nEach time is the median of its runs (the p95 row: the 95th percentile); ratio = encrypted ÷ unencrypted.',
  );
  if (values.json) {
    writeJson(values.json, figures);
    console.log(`Wrote ${values.json}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
