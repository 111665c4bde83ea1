import { randomBytes } from 'node:crypto';
import { caseloadAttendance } from '../electron/services/attendance';
import { familyChronology } from '../electron/services/chronology';
import { dashboard } from '../electron/services/dashboard';
import { listFamilies } from '../electron/services/families';
import type { ServiceDeps } from '../electron/services/deps';
import { exportReturn } from '../electron/services/returns';
import { computeReturn, type Period } from '../electron/services/returnsFigures';
import { search } from '../electron/services/search';
import { DEFAULT_SCRYPT, keyFromPassphrase } from '../electron/vault/keys';
import { closeSession, openVault, type VaultOptions } from '../electron/vault/vault';
import { chronologyInput, searchInput } from '../shared/casework';
import { listFamiliesInput } from '../shared/families';
import { timed, timedAsync } from './stats';
import { closePlain, openPlainCopy, PASSPHRASE, readDeps } from './vaults';

const firstPage = listFamiliesInput.parse({});

/** Each run on a day with no backup yet, so openVault takes (and checks) the daily backup before returning. */
export async function firstUnlockOfDayRuns(optionsOn: (day: number) => VaultOptions, runs: number) {
  const samples: number[] = [];
  for (let day = 0; day < runs; day++) {
    const options = optionsOn(day);
    const { ms, result: session } = await timedAsync(() => openVault(options, 'passphrase', PASSPHRASE));
    samples.push(ms);
    closeSession(session);
  }
  return samples;
}

/**
 * Unlocks once today's backup exists: what the worker waits for after every idle lock. Each run also times
 * the first page on the vault just opened, when SQLite's page cache is empty and every page is decrypted;
 * then the key derivation alone, and the same open and first page on the unencrypted copy. Taking all of
 * them in every run means load from other work on the machine hits them alike.
 */
export async function unlockRuns(options: VaultOptions, plainFile: string, runs: number) {
  const samples = {
    unlock: [] as number[],
    firstPageCold: [] as number[],
    keyDerivation: [] as number[],
    plainOpen: [] as number[],
    plainFirstPageCold: [] as number[],
  };
  const now = options.now();
  for (let i = 0; i < runs; i++) {
    const unlocked = await timedAsync(() => openVault(options, 'passphrase', PASSPHRASE));
    samples.unlock.push(unlocked.ms);
    const vault = readDeps(unlocked.result.db, now);
    samples.firstPageCold.push(timed(() => listFamilies(vault, firstPage)).ms);
    closeSession(unlocked.result);

    const derived = await timedAsync(() => keyFromPassphrase(PASSPHRASE, randomBytes(16), DEFAULT_SCRYPT));
    samples.keyDerivation.push(derived.ms);

    const opened = timed(() => openPlainCopy(plainFile, options.migrationsFolder));
    samples.plainOpen.push(opened.ms);
    const plain = readDeps(opened.result.db, now);
    samples.plainFirstPageCold.push(timed(() => listFamilies(plain, firstPage)).ms);
    closePlain(opened.result.sqlite);
  }
  return samples;
}

type Read = (deps: ServiceDeps) => unknown;

/**
 * Each read on the vault and on the copy, run after run, so drift in the machine (heat, other work) hits
 * both alike. One untimed round first: it prepares the statements and fills SQLite's page cache, so these
 * are the times of a worker moving around an already open caseload.
 */
function sideBySide(vault: ServiceDeps, plain: ServiceDeps, reads: Read[], runs: number) {
  for (const read of reads) {
    read(vault);
    read(plain);
  }
  const samples = { vault: [] as number[], plain: [] as number[] };
  for (let i = 0; i < runs; i++) {
    for (const read of reads) {
      // Which goes first alternates, so neither always runs just after the other has warmed the CPU caches.
      const vaultFirst = i % 2 === 0;
      if (vaultFirst) samples.vault.push(timed(() => read(vault)).ms);
      samples.plain.push(timed(() => read(plain)).ms);
      if (!vaultFirst) samples.vault.push(timed(() => read(vault)).ms);
    }
  }
  return samples;
}

export function firstPageRuns(vault: ServiceDeps, plain: ServiceDeps, runs: number) {
  return sideBySide(vault, plain, [(deps) => listFamilies(deps, firstPage)], runs);
}

export function filterRuns(
  vault: ServiceDeps,
  plain: ServiceDeps,
  searches: readonly string[],
  runs: number,
) {
  const reads = searches.map((search): Read => {
    const input = listFamiliesInput.parse({ search });
    return (deps) => listFamilies(deps, input);
  });
  return sideBySide(vault, plain, reads, runs);
}

/** Each query as the search box sends it: active families only, the first 30 hits, best first. */
export function searchRuns(vault: ServiceDeps, plain: ServiceDeps, queries: readonly string[], runs: number) {
  const reads = queries.map((text): Read => {
    const input = searchInput.parse({ text });
    return (deps) => search(deps, input);
  });
  return sideBySide(vault, plain, reads, runs);
}

/** The family's whole chronology, every kind of entry, as the chronology tab first loads it. */
export function chronologyRuns(vault: ServiceDeps, plain: ServiceDeps, familyId: string, runs: number) {
  const input = chronologyInput.parse({ familyId });
  return sideBySide(vault, plain, [(deps) => familyChronology(deps, input)], runs);
}

export function dashboardRuns(vault: ServiceDeps, plain: ServiceDeps, runs: number) {
  return sideBySide(vault, plain, [(deps) => dashboard(deps)], runs);
}

/** Every active family's children with this school year's attendance, bands and movement: the Attendance page. */
export function attendanceRuns(vault: ServiceDeps, plain: ServiceDeps, runs: number) {
  return sideBySide(vault, plain, [(deps) => caseloadAttendance(deps)], runs);
}

/** The termly return's every figure, with the records behind each count, as the Returns screen loads it. */
export function returnRuns(vault: ServiceDeps, plain: ServiceDeps, period: Period, runs: number) {
  return sideBySide(vault, plain, [(deps) => computeReturn(deps, period)], runs);
}

/** The same figures written into the built-in XLSX return, small numbers hidden, as the worker exports it. */
export async function returnExportRuns(vault: ServiceDeps, period: Period, runs: number) {
  const input = {
    ...period,
    templateId: 'default',
    format: 'xlsx',
    suppressSmallNumbers: true,
    caseStudyIds: [],
  };
  await exportReturn(vault, input as Parameters<typeof exportReturn>[1]);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++)
    samples.push(
      (await timedAsync(() => exportReturn(vault, input as Parameters<typeof exportReturn>[1]))).ms,
    );
  return samples;
}
