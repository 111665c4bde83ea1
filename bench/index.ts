import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { arch, cpus, loadavg, platform, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { familyChronology } from '../electron/services/chronology';
import { dashboard } from '../electron/services/dashboard';
import { computeReturn } from '../electron/services/returnsFigures';
import type { ServiceDeps } from '../electron/services/deps';
import { listFamilies } from '../electron/services/families';
import { search } from '../electron/services/search';
import { closeSession, openVault } from '../electron/vault/vault';
import { chronologyInput, searchInput } from '../shared/casework';
import { listFamiliesInput } from '../shared/families';
import { SCHOOL_PUPILS, seedAttendance } from './attendance';
import { NOW } from './calendar';
import { MIN_FAMILIES } from './casework';
import { CHRONOLOGY_ENTRIES } from './chronology-family';
import { SCHOOL_YEAR_STARTS } from './household';
import { matchesInIndex } from './matches';
import {
  attendanceRuns,
  chronologyRuns,
  dashboardRuns,
  filterRuns,
  firstPageRuns,
  firstUnlockOfDayRuns,
  returnExportRuns,
  returnRuns,
  searchRuns,
  unlockRuns,
} from './measures';
import { printTable, writeJson, type Figure } from './report';
import { median, p95 } from './stats';
import { Random } from './random';
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

/**
 * Enough runs for a steady median while the whole bench stays within a few minutes on a small laptop. Every
 * unlock checks the whole file (quick_check), and with a quarter of a million contacts that file is about
 * half a gigabyte, so unlocking gets five runs: ten seconds or more each on a two-core machine.
 */
const RUNS = {
  firstUnlockOfDay: 3,
  unlock: 5,
  firstPage: 100,
  filter: 10,
  search: 10,
  chronology: 10,
  dashboard: 10,
  attendance: 10,
  returns: 10,
};

/** The autumn term of the data's school year, up to the day the casework runs to: the termly return. */
const TERM = { from: `${SCHOOL_YEAR_STARTS}-08-19`, to: NOW.toISOString().slice(0, 10), name: 'Autumn term' };

/** What a worker types: a surname, part of one, accented names typed without accents, first names. */
const SEARCHES = ['MacLeod', 'kowal', 'dabrowski', 'nguyen', "o'neill", 'Siobhan', 'Aoife', 'fatema begum'];

/**
 * What a worker types in the search box: a surname, the start of a word, words from notes (one rare, one in
 * nearly half of them), two words, an accented name typed without its accent, a first name.
 */
const QUERIES = [
  'MacLeod',
  'break',
  'uniform',
  'food bank',
  'dabrowski',
  'allotment',
  'school',
  'bedtime routine',
  'siobhan',
  'anxious',
];

const { values } = parseArgs({
  options: {
    json: { type: 'string' },
    seed: { type: 'string', default: String(DEFAULT_SEED) },
    families: { type: 'string', default: '10000' },
    /** "attendance" or "returns": build the vault, then measure only those figures. */
    only: { type: 'string' },
  },
});
if (values.only !== undefined && values.only !== 'attendance' && values.only !== 'returns') {
  console.error(`--only takes "attendance" or "returns", not "${values.only}".`);
  process.exit(1);
}
const attendanceOnly = values.only === 'attendance';
const returnsOnly = values.only === 'returns';

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
if (familyCount < MIN_FAMILIES) {
  console.error(
    `--families takes at least ${MIN_FAMILIES}: one family alone has ${CHRONOLOGY_ENTRIES} entries.`,
  );
  process.exit(1);
}
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

/**
 * Builds both files and returns their sizes and the long-chronology family; the generated rows are dropped
 * here, before anything is timed.
 */
async function build(dir: string) {
  const data = await step(
    `Generating ${count(familyCount)} families and their casework from seed ${seed}`,
    () => makeDataset(seed, familyCount),
  );
  console.log(
    `Linkbook bench: seed ${seed}, ${count(data.families.length)} families, ${count(data.children.length)} ` +
      `children, ${count(data.carers.length)} carers, ${count(data.contacts.length)} contacts, ` +
      `${count(data.cases.length)} cases, ${count(data.referrals.length)} referrals, ` +
      `${count(data.concerns.length)} concerns (data fingerprint ${fingerprint(data)})`,
  );
  console.log(`Chronology measured on family ${data.chronologyFamilyId}`);
  console.log(
    `Machine: ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, Node ${process.version}, ` +
      // Other work on the machine (a test run, a build) slows every figure; the load says whether there was any.
      `${platform()} ${arch()}, load average ${loadavg()[0]?.toFixed(2)} at the start\n`,
  );
  const options = vaultOptions(join(dir, 'vault'), migrationsFolder, day(0));
  // A school's year of register marks for SCHOOL_PUPILS of the children, the same in both files.
  const marks = (db: Parameters<typeof seedAttendance>[0]) => void seedAttendance(db, new Random(seed));
  await step(`Building the encrypted vault, ${count(SCHOOL_PUPILS)} children with a year of marks`, () =>
    buildEncryptedVault(options, data, marks),
  );
  await step('Building the unencrypted copy', () =>
    buildPlainCopy(plainFile(dir), migrationsFolder, data, marks),
  );
  // Read before any unlock, so the size is the vault's alone and not its backups'.
  return {
    sizes: { vault: megabytes(options.paths.database), plain: megabytes(plainFile(dir)) },
    chronologyFamilyId: data.chronologyFamilyId,
  };
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

async function measureCaseload(vault: ServiceDeps, plain: ServiceDeps) {
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
}

/** What the reads below return, printed so a run shows it measured realistic work, not empty results. */
function describeCasework(vault: ServiceDeps, chronologyFamilyId: string): void {
  const hits = QUERIES.map((text) => {
    const shown = search(vault, searchInput.parse({ text })).length;
    return `"${text}" ${shown} of ${count(matchesInIndex(vault.db, text))}`;
  });
  process.stderr.write(`Hits shown for each search (of all matches in the index): ${hits.join(', ')}\n`);
  const entries = familyChronology(vault, chronologyInput.parse({ familyId: chronologyFamilyId })).length;
  if (entries !== CHRONOLOGY_ENTRIES)
    throw new Error(`The chronology family has ${entries} entries, not ${CHRONOLOGY_ENTRIES}.`);
  const board = dashboard(vault);
  const overdue = board.followUps.filter((item) => item.overdue).length;
  process.stderr.write(
    `Dashboard: ${board.followUps.length} follow-ups (${overdue} overdue), ${board.quietCases.length} quiet ` +
      `cases, ${board.concernsNotPassed.length} concerns not passed to the DSL\n`,
  );
}

async function measureCasework(vault: ServiceDeps, plain: ServiceDeps, chronologyFamilyId: string) {
  describeCasework(vault, chronologyFamilyId);
  const searches = await step(`Searching (${QUERIES.length} queries × ${RUNS.search} runs)`, () =>
    searchRuns(vault, plain, QUERIES, RUNS.search),
  );
  const chronology = await step(
    `Loading a ${count(CHRONOLOGY_ENTRIES)}-entry chronology (${RUNS.chronology} runs)`,
    () => chronologyRuns(vault, plain, chronologyFamilyId, RUNS.chronology),
  );
  const board = await step(`Loading the dashboard (${RUNS.dashboard} runs)`, () =>
    dashboardRuns(vault, plain, RUNS.dashboard),
  );
  return { searches, chronology, board };
}

/** Opens the vault and the copy once for all the reads: the caseload on an unlock day, the casework at NOW. */
async function measureReads(dir: string, chronologyFamilyId: string) {
  const session = await openVault(
    vaultOptions(join(dir, 'vault'), migrationsFolder, day(today)),
    'passphrase',
    PASSPHRASE,
  );
  const copy = openPlainCopy(plainFile(dir), migrationsFolder);
  try {
    const returns = await measureReturns(readDeps(session.db, NOW), readDeps(copy.db, NOW));
    if (returnsOnly) return { returns, attendance: null, others: null };
    const attendance = await step(`Loading the caseload's attendance (${RUNS.attendance} runs)`, () =>
      attendanceRuns(readDeps(session.db, NOW), readDeps(copy.db, NOW), RUNS.attendance),
    );
    if (attendanceOnly) return { returns, attendance, others: null };
    const caseload = await measureCaseload(readDeps(session.db, day(today)), readDeps(copy.db, day(today)));
    const casework = await measureCasework(
      readDeps(session.db, NOW),
      readDeps(copy.db, NOW),
      chronologyFamilyId,
    );
    return { returns, attendance, others: { ...caseload, ...casework } };
  } finally {
    closeSession(session);
    closePlain(copy.sqlite);
  }
}

async function measureReturns(vault: ServiceDeps, plain: ServiceDeps) {
  const { values } = computeReturn(vault, TERM);
  process.stderr.write(
    `Return for ${TERM.from} to ${TERM.to}: ${values.families_supported} families supported, ` +
      `${values.contacts_total} contacts, ${values.referrals_received} referrals\n`,
  );
  const figures = await step(`The termly return's figures (${RUNS.returns} runs)`, () =>
    returnRuns(vault, plain, TERM, RUNS.returns),
  );
  const exported = await step(`Exporting the built-in XLSX return (${RUNS.returns} runs)`, () =>
    returnExportRuns(vault, TERM, RUNS.returns),
  );
  return { figures, exported };
}

function returnFigures(returns: Awaited<ReturnType<typeof measureReturns>>): Figure[] {
  return [
    {
      name: `termly return figures (${count(familyCount)} families)`,
      unit: 'ms',
      value: median(returns.figures.vault),
      baseline: median(returns.figures.plain),
      runs: RUNS.returns,
    },
    {
      name: 'termly return, built-in XLSX export',
      unit: 'ms',
      value: median(returns.exported),
      runs: RUNS.returns,
    },
  ];
}

interface ImportFigures {
  marks: number;
  previewMs: number;
  importMs: number;
  reimportMs: number;
  peakRssMb: number;
  rssBeforeMb: number;
}

/** The 570,000-mark import runs in a process of its own, so its peak memory is the import's alone. */
function measureImport(): ImportFigures {
  process.stderr.write('Importing a year of register marks for a school, in its own process… ');
  const script = fileURLToPath(new URL('./attendance-import.ts', import.meta.url));
  const start = performance.now();
  const output = execFileSync(process.execPath, ['--import', 'tsx', script, String(seed)], {
    encoding: 'utf8',
  });
  process.stderr.write(`${((performance.now() - start) / 1000).toFixed(1)} s\n`);
  return JSON.parse(output.trim().split('\n').at(-1)!) as ImportFigures;
}

function attendanceFigures(
  attendance: { vault: number[]; plain: number[] },
  imported: ImportFigures,
): Figure[] {
  const marks = count(imported.marks);
  return [
    {
      name: `attendance caseload (${count(SCHOOL_PUPILS)} with a year of marks)`,
      unit: 'ms',
      value: median(attendance.vault),
      baseline: median(attendance.plain),
      runs: RUNS.attendance,
    },
    { name: `attendance import preview (${marks} marks)`, unit: 'ms', value: imported.previewMs },
    { name: `attendance import (${marks} marks)`, unit: 'ms', value: imported.importMs },
    { name: 'attendance re-import (replacing every mark)', unit: 'ms', value: imported.reimportMs },
    { name: 'attendance import peak memory (whole process)', unit: 'MB', value: imported.peakRssMb },
    { name: '  of which before the import (vault, caseload)', unit: 'MB', value: imported.rssBeforeMb },
  ];
}

async function bench(dir: string): Promise<Figure[]> {
  const { sizes, chronologyFamilyId } = await build(dir);
  if (returnsOnly) return returnFigures((await measureReads(dir, chronologyFamilyId)).returns);
  if (attendanceOnly) {
    const { attendance } = await measureReads(dir, chronologyFamilyId);
    if (!attendance) throw new Error('The attendance figures were not measured.');
    return attendanceFigures(attendance, measureImport());
  }
  const { firstOfDay, later } = await measureUnlocking(dir);
  const { returns, attendance, others } = await measureReads(dir, chronologyFamilyId);
  if (!others || !attendance) throw new Error('The reads were measured for one area alone.');
  const { page, filter, searches, chronology, board } = others;
  const imported = measureImport();
  const filters = SEARCHES.length * RUNS.filter;
  const queries = QUERIES.length * RUNS.search;
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
      runs: filters,
    },
    {
      name: 'caseload filter by name (p95)',
      unit: 'ms',
      value: p95(filter.vault),
      baseline: p95(filter.plain),
      runs: filters,
    },
    {
      name: 'search (median)',
      unit: 'ms',
      value: median(searches.vault),
      baseline: median(searches.plain),
      runs: queries,
    },
    {
      name: 'search (p95)',
      unit: 'ms',
      value: p95(searches.vault),
      baseline: p95(searches.plain),
      runs: queries,
    },
    {
      name: `chronology (${count(CHRONOLOGY_ENTRIES)} entries)`,
      unit: 'ms',
      value: median(chronology.vault),
      baseline: median(chronology.plain),
      runs: RUNS.chronology,
    },
    {
      name: 'dashboard',
      unit: 'ms',
      value: median(board.vault),
      baseline: median(board.plain),
      runs: RUNS.dashboard,
    },
    { name: 'vault size', unit: 'MB', value: sizes.vault, baseline: sizes.plain },
    ...attendanceFigures(attendance, imported),
    ...returnFigures(returns),
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
