/**
 * The crash harness's parent. Each round hands a child process a vault folder and a seed, lets it write
 * through the dispatcher, kills it with SIGKILL at a seeded point, then opens the folder with a fresh
 * Linkbook (where start-up recovery runs) and checks that nothing acknowledged was lost, nothing half-written
 * survived and nothing stray was left. A vault lives through many rounds; create rounds start a new one.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { openEncrypted, quickCheck, type Sqlite } from '../../electron/db/connection';
import { dispatch } from '../../electron/dispatcher';
import { Linkbook } from '../../electron/linkbook';
import type { ScryptParams } from '../../electron/vault/keys';
import type { Input, MethodName, Output } from '../../shared/api';
import type { ApiResult } from '../../shared/errors';
import { BACKUP_FILE } from '../../shared/vault';
import {
  applyAck,
  cloneContent,
  compareContent,
  emptyContent,
  readContent,
  recordCount,
  withInFlight,
  type Content,
  type ContentCheck,
} from './model';
import {
  SCENARIOS,
  seededRandom,
  type ChildConfig,
  type ChildLine,
  type Intent,
  type OpName,
  type Scenario,
} from './protocol';

export type CheckName =
  | 'vault-opens'
  | 'one-passphrase-opens'
  | 'create-again-after-interrupted-create'
  | 'integrity-check'
  | ContentCheck
  | 'allowed-files'
  | 'child-ran-cleanly';

export interface CrashFailure {
  round: number;
  scenario: Scenario;
  seed: number;
  /** The write the child had announced and not yet had acknowledged when it was killed. */
  killedDuring: string;
  check: CheckName;
  message: string;
}

export interface CrashSummary {
  seed: number;
  kills: number;
  rounds: number;
  killsByScenario: Record<Scenario, number>;
  killedDuring: Record<string, number>;
  /** Writes in flight at a kill that the vault turned out to hold (committed, never acknowledged). */
  inFlightCommitted: number;
  ackedWrites: number;
  /** Acknowledged records compared with the vault, summed over every check. */
  recordsChecked: number;
  vaults: number;
  childStartMs: number[];
  /** Per round: from handing the child its config to its death, and the parent's checks after. */
  childRunMs: number[];
  checkMs: number[];
  elapsedMs: number;
  failures: CrashFailure[];
}

export interface CrashOptions {
  kills: number;
  seed: number;
  migrationsFolder: string;
  scrypt: ScryptParams;
  /** Run the child through tsx instead of an esbuild bundle (slower to start, nothing to build). */
  useTsx?: boolean;
  /** Stop starting rounds after this long, so a slow machine still gets a summary (the kill count says so). */
  timeBudgetMs?: number;
  /** Keep the folders of vaults that failed a check, for a look afterwards. */
  keepFailed?: boolean;
  log?: (line: string) => void;
}

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CHILD_SOURCE = fileURLToPath(new URL('./child.ts', import.meta.url));

const scenarioWeights: Record<Scenario, number> = {
  records: 2,
  backup: 1.5,
  restore: 2,
  passphrase: 2,
  import: 1.5,
  create: 1,
};

/**
 * Where each scenario's kill lands: after this many acks (the first is the unlock or the creation), then a
 * random pause on the scale of the scenario's slow operation, so kills fall inside it rather than between.
 */
const killPlans: Record<
  Scenario,
  { acks: [number, number]; delayMs: [number, number]; freeze?: { op: OpName; steps: number } }
> = {
  records: { acks: [1, 25], delayMs: [0, 40], freeze: { op: 'vault.unlock', steps: 4 } },
  backup: { acks: [1, 8], delayMs: [0, 300], freeze: { op: 'vault.backupNow', steps: 4 } },
  restore: { acks: [1, 8], delayMs: [0, 300], freeze: { op: 'vault.restore', steps: 10 } },
  passphrase: { acks: [1, 8], delayMs: [0, 250], freeze: { op: 'vault.changePassphrase', steps: 5 } },
  import: { acks: [1, 6], delayMs: [0, 300] },
  create: { acks: [0, 0], delayMs: [0, 250], freeze: { op: 'vault.create', steps: 6 } },
};

const ROUND_SPACING_MS = 6 * 3_600_000;
const CLOCK_START = Date.UTC(2026, 8, 1, 7, 0, 0);

// ---------------------------------------------------------------------------------------------------------
// The files a vault folder may hold once start-up recovery has run. The lead adjusts this as the vault's
// layout changes (the key file's second copy, each backup's own key file); anything else is a failure.
// ---------------------------------------------------------------------------------------------------------

/** The verified second copy of keys.json. */
export const KEY_FILE_COPY = 'keys-copy.json';
/** The key file a backup travels with. */
export const backupKeyFile = (backup: string) => backup.replace(/\.db$/, '.keys.json');

/**
 * Every problem with the folder's files: anything not on the list, a key file that is not JSON, a second
 * copy that differs from keys.json, a backup that does not open with the vault's key or fails its check.
 * `verified` remembers backups already opened, by size and time, so each is opened once.
 */
export function strayVaultFiles(dir: string, key: Buffer, verified: Map<string, string>): string[] {
  const problems: string[] = [];
  const top = new Set(readdirSync(dir));
  const allowedTop = new Set([
    'linkbook.db',
    'linkbook.db-wal',
    'linkbook.db-shm',
    'keys.json',
    KEY_FILE_COPY,
    'backups',
    // Held while a Linkbook runs (an empty file), and the count of wrong secrets.
    'linkbook.lock',
    'attempts.json',
  ]);
  for (const name of top) {
    if (!allowedTop.has(name)) problems.push(`stray file in the vault folder: ${name}`);
    else if (name === 'backups' && !statSync(join(dir, name)).isDirectory())
      problems.push('backups is not a folder');
    else if (name !== 'backups' && !statSync(join(dir, name)).isFile())
      problems.push(`${name} is not a file`);
  }
  if (!top.has('linkbook.db')) problems.push('linkbook.db is missing');
  const keys = top.has('keys.json') ? readJson(join(dir, 'keys.json')) : undefined;
  if (keys === undefined) problems.push('keys.json is missing or not JSON');
  if (top.has(KEY_FILE_COPY)) {
    const copy = readJson(join(dir, KEY_FILE_COPY));
    if (JSON.stringify(copy) !== JSON.stringify(keys))
      problems.push(`${KEY_FILE_COPY} is not the same as keys.json`);
  }
  if (!top.has('backups')) return problems;

  const folder = join(dir, 'backups');
  const entries = new Set(readdirSync(folder));
  const backups = [...entries].filter((name) => BACKUP_FILE.test(name));
  const companions = new Set<string>();
  for (const backup of backups) {
    // A restore moves the replaced database's WAL beside it: together they are that backup. Beside any
    // other backup a WAL means it was opened in place and left so.
    if (backup.endsWith('-before-restore.db'))
      for (const suffix of ['-wal', '-shm']) companions.add(`${backup}${suffix}`);
    const keyFile = backupKeyFile(backup);
    companions.add(keyFile);
    if (entries.has(keyFile) && readJson(join(folder, keyFile)) === undefined)
      problems.push(`backups/${keyFile} is not JSON`);
    const problem = checkBackup(folder, backup, key, verified);
    if (problem) problems.push(`backups/${backup} ${problem}`);
  }
  for (const name of entries) {
    if (BACKUP_FILE.test(name)) continue;
    if (companions.has(name) && statSync(join(folder, name)).isFile()) continue;
    problems.push(`stray file in backups: ${name}`);
  }
  return problems;
}

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

/** Opens a copy (so checking a backup never changes it) with the vault's key; null when it is complete. */
function checkBackup(
  folder: string,
  backup: string,
  key: Buffer,
  verified: Map<string, string>,
): string | null {
  const files = [backup, `${backup}-wal`].filter((name) => existsSync(join(folder, name)));
  const stamp = files
    .map((name) => `${name}:${statSync(join(folder, name)).size}:${statSync(join(folder, name)).mtimeMs}`)
    .join('|');
  if (verified.get(backup) === stamp) return null;
  const scratch = mkdtempSync(join(tmpdir(), 'linkbook-crash-backup-'));
  try {
    for (const name of files) copyFileSync(join(folder, name), join(scratch, name));
    let sqlite: Sqlite;
    try {
      sqlite = openEncrypted(join(scratch, backup), key);
    } catch (error) {
      return `does not open with the vault's key (${error instanceof Error ? error.message : String(error)})`;
    }
    try {
      if (!quickCheck(sqlite)) return 'fails its quick_check';
      const tables = sqlite
        .prepare(`SELECT count(*) AS n FROM sqlite_master WHERE name = 'families'`)
        .get() as {
        n: number;
      };
      if (tables.n !== 1) return 'holds no Linkbook records (an empty database, never migrated)';
    } catch (error) {
      return `cannot be read (${error instanceof Error ? error.message : String(error)})`;
    } finally {
      sqlite.close();
    }
    verified.set(backup, stamp);
    return null;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * The one place that reaches into Linkbook's private state: the open database and its key, to run
 * integrity_check and read every record. The lead adjusts this if the session moves.
 */
function openedVault(app: Linkbook): { sqlite: Sqlite; key: Buffer } {
  const session = (app as unknown as { session?: { sqlite?: Sqlite; key?: Buffer } | null }).session;
  if (!session?.sqlite || !session.key)
    throw new Error('the harness cannot reach the unlocked session (Linkbook#session): adjust openedVault()');
  return { sqlite: session.sqlite, key: session.key };
}

// ---------------------------------------------------------------------------------------------------------
// The child process.
// ---------------------------------------------------------------------------------------------------------

interface ChildCommand {
  command: string;
  args: string[];
  env: NodeJS.ProcessEnv;
  cleanup: () => void;
}

/**
 * tsx takes about a second to start the child here; one esbuild bundle (better-sqlite3 left outside, found
 * through NODE_PATH) starts in under half that, and 200 kills are 200 starts.
 */
export async function childCommand(useTsx = false): Promise<ChildCommand> {
  if (useTsx)
    return {
      command: process.execPath,
      args: ['--import', 'tsx', CHILD_SOURCE],
      env: process.env,
      cleanup: () => undefined,
    };
  const outDir = mkdtempSync(join(tmpdir(), 'linkbook-crash-child-'));
  const outfile = join(outDir, 'child.cjs');
  await build({
    entryPoints: [CHILD_SOURCE],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['better-sqlite3'],
    outfile,
    logLevel: 'error',
  });
  return {
    command: process.execPath,
    args: [outfile],
    env: { ...process.env, NODE_PATH: join(ROOT, 'node_modules') },
    cleanup: () => rmSync(outDir, { recursive: true, force: true }),
  };
}

class ChildRun {
  readonly lines: ChildLine[] = [];
  readonly loaded: Promise<number>;
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  private readonly process: ChildProcessWithoutNullStreams;
  private buffer = '';
  private stderr = '';
  private ended = false;
  private listeners: (() => void)[] = [];

  constructor(command: ChildCommand) {
    const started = performance.now();
    this.process = spawn(command.command, command.args, { env: command.env, cwd: ROOT });
    this.process.stdout.setEncoding('utf8');
    this.process.stdout.on('data', (chunk: string) => {
      this.buffer += chunk;
      let newline: number;
      while ((newline = this.buffer.indexOf('\n')) >= 0) {
        const text = this.buffer.slice(0, newline);
        this.buffer = this.buffer.slice(newline + 1);
        try {
          this.lines.push(JSON.parse(text) as ChildLine);
        } catch {
          this.lines.push({
            t: 'error',
            op: 'stdout',
            message: `not a protocol line: ${text.slice(0, 200)}`,
          });
        }
        this.notify();
      }
    });
    this.process.stderr.setEncoding('utf8');
    this.process.stderr.on('data', (chunk: string) => {
      if (this.stderr.length < 4_000) this.stderr += chunk;
    });
    // Without this, a child killed before it read its config fails the parent with EPIPE.
    this.process.stdin.on('error', () => undefined);
    this.exited = new Promise((resolve) =>
      this.process.on('close', (code, signal) => {
        this.ended = true;
        this.notify();
        resolve({ code, signal });
      }),
    );
    this.loaded = this.until(() => this.lines.some((line) => line.t === 'loaded')).then(
      () => performance.now() - started,
    );
  }

  get hasEnded(): boolean {
    return this.ended;
  }

  get errorOutput(): string {
    return this.stderr.trim();
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }

  /** Resolves once `condition` holds or the child has ended. */
  until(condition: () => boolean): Promise<void> {
    return new Promise((resolve) => {
      const check = () => {
        if (!condition() && !this.ended) return;
        this.listeners = this.listeners.filter((listener) => listener !== check);
        resolve();
      };
      this.listeners.push(check);
      check();
    });
  }

  send(config: ChildConfig): void {
    this.process.stdin.end(`${JSON.stringify(config)}\n`);
  }

  kill(): void {
    if (!this.ended) this.process.kill('SIGKILL');
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// ---------------------------------------------------------------------------------------------------------
// The rounds.
// ---------------------------------------------------------------------------------------------------------

/** One vault over its life: where it is, what opens it and what it must hold. */
interface Vault {
  dir: string;
  created: boolean;
  passphrase: string;
  recoveryKey: string | null;
  model: Content;
  /** For each acknowledged backup still in backups/, the records it was acknowledged with. */
  snapshots: Map<string, Content>;
  verifiedBackups: Map<string, string>;
  /** Stray files already reported: a file left behind is one failure, not one per later round. */
  reportedStray: Set<string>;
  failed: boolean;
}

interface RoundContext {
  round: number;
  scenario: Scenario;
  seed: number;
  killedDuring: string;
}

export async function runCrashHarness(options: CrashOptions): Promise<CrashSummary> {
  const started = performance.now();
  const log = options.log ?? (() => undefined);
  const random = seededRandom(options.seed);
  const workDir = mkdtempSync(join(tmpdir(), 'linkbook-crash-'));
  const command = await childCommand(options.useTsx);
  const summary: CrashSummary = {
    seed: options.seed,
    kills: 0,
    rounds: 0,
    killsByScenario: Object.fromEntries(SCENARIOS.map((scenario) => [scenario, 0])) as Record<
      Scenario,
      number
    >,
    killedDuring: {},
    inFlightCommitted: 0,
    ackedWrites: 0,
    recordsChecked: 0,
    vaults: 0,
    childStartMs: [],
    childRunMs: [],
    checkMs: [],
    elapsedMs: 0,
    failures: [],
  };
  let vault: Vault | null = null;
  let next = new ChildRun(command);
  const maxRounds = options.kills * 2 + 10;
  try {
    const outOfTime = () => performance.now() - started > (options.timeBudgetMs ?? Infinity);
    for (let round = 1; summary.kills < options.kills && round <= maxRounds && !outOfTime(); round++) {
      const scenario = random.weighted(scenarioWeights);
      const clockStartMs = CLOCK_START + round * ROUND_SPACING_MS;
      if (scenario === 'create' || vault === null) {
        if (vault) retire(vault, options.keepFailed ?? false, log);
        summary.vaults += 1;
        vault = newVault(
          join(workDir, `vault-${summary.vaults}`),
          `crash passphrase vault ${summary.vaults}`,
        );
        // A vault that failed is replaced here, so the rounds after a failure still test their own scenario.
        if (scenario !== 'create') await createInProcess(vault, options, clockStartMs - 60_000);
      }
      const current: Vault = vault;
      const child = next;
      summary.childStartMs.push(await child.loaded);

      const plan = killPlans[scenario];
      const freezeAt = plan.freeze && random.chance(0.5) ? plan.freeze : null;
      const freeze = freezeAt ? { op: freezeAt.op, step: random.int(1, freezeAt.steps) } : null;
      const ackTarget = freeze ? 40 : random.chance(0.1) ? 0 : random.int(...plan.acks);
      const delayMs = random.int(...plan.delayMs);
      const sent = performance.now();
      child.send({
        dataDir: current.dir,
        migrationsFolder: options.migrationsFolder,
        spreadsheetWorker: join(ROOT, 'electron/spreadsheets/worker-from-source.mjs'),
        scrypt: options.scrypt,
        seed: (options.seed * 1_000_003 + round) >>> 0,
        round,
        scenario,
        clockStartMs,
        clockTickMs: 1_000,
        clockLimitMs: clockStartMs + ROUND_SPACING_MS - 3_600_000,
        passphrase: current.passphrase,
        backups: [...current.snapshots.keys()],
        freeze,
      });
      const acks = () => child.lines.filter((line) => line.t === 'ack').length;
      const frozen = () => child.lines.find((line) => line.t === 'frozen');
      await Promise.race([
        child.until(
          () => frozen() !== undefined || acks() >= ackTarget || child.lines.some((l) => l.t === 'idle'),
        ),
        sleep(60_000),
      ]);
      if (!frozen() && !child.hasEnded) await sleep(delayMs);
      child.kill();
      const { signal } = await child.exited;
      const killed = signal === 'SIGKILL';
      summary.childRunMs.push(performance.now() - sent);
      // The next child loads its modules while this round is checked: start-up is most of a round's time.
      next = new ChildRun(command);

      summary.rounds = round;
      const outcome = followChild(child, current, summary);
      const stop = frozen();
      const context: RoundContext = {
        round,
        scenario,
        seed: options.seed,
        killedDuring:
          stop?.t === 'frozen'
            ? `${stop.op} before ${stop.call}`
            : (outcome.inFlight?.op ?? (outcome.idle ? 'idle' : 'between writes')),
      };
      const fail = (check: CheckName, message: string) => {
        current.failed = true;
        summary.failures.push({ ...context, check, message });
        log(formatFailure({ ...context, check, message }));
      };
      for (const problem of outcome.problems) fail('child-ran-cleanly', problem);
      if (killed) {
        summary.kills += 1;
        summary.killsByScenario[scenario] += 1;
        const point =
          stop?.t === 'frozen'
            ? `${stop.op} before ${stop.call.replace(/linkbook-[\dT-]+-(?=[a-z])/g, 'linkbook-<time>-')}`
            : context.killedDuring;
        summary.killedDuring[point] = (summary.killedDuring[point] ?? 0) + 1;
      } else if (outcome.problems.length === 0) {
        fail(
          'child-ran-cleanly',
          `the child ended on its own before the kill: ${child.errorOutput || 'no output'}`,
        );
      }

      const checking = performance.now();
      const usable = await checkVault(
        current,
        outcome.inFlight,
        options,
        clockStartMs + ROUND_SPACING_MS - 1_800_000,
        summary,
        fail,
      );
      summary.checkMs.push(performance.now() - checking);
      if (!usable) {
        retire(current, options.keepFailed ?? false, log);
        vault = null;
      }
      if (round % 25 === 0)
        log(
          `crash harness: round ${round}, ${summary.kills} kills, ${summary.failures.length} failures, ${Math.round((performance.now() - started) / 1000)} s`,
        );
    }
  } finally {
    next.kill();
    await next.exited;
    if (vault) retire(vault, options.keepFailed ?? false, log);
    command.cleanup();
    if (!options.keepFailed) rmSync(workDir, { recursive: true, force: true });
  }
  summary.elapsedMs = performance.now() - started;
  return summary;
}

function newVault(dir: string, passphrase: string): Vault {
  mkdirSync(dir);
  return {
    dir,
    created: false,
    passphrase,
    recoveryKey: null,
    model: emptyContent(),
    snapshots: new Map(),
    verifiedBackups: new Map(),
    reportedStray: new Set(),
    failed: false,
  };
}

async function createInProcess(vault: Vault, options: CrashOptions, atMs: number): Promise<void> {
  const app = new Linkbook({
    dataDir: vault.dir,
    migrationsFolder: options.migrationsFolder,
    scrypt: options.scrypt,
    now: () => new Date(atMs),
  });
  const created = await call(app, 'vault.create', {
    schoolName: 'Crash Test Primary',
    workerName: 'Harness',
    passphrase: vault.passphrase,
    makeRecoveryKey: true,
  });
  await app.close();
  if (!created.ok) throw new Error(`the harness could not create a vault: ${created.error.message}`);
  vault.created = true;
  vault.recoveryKey = created.value.recoveryKey;
}

function retire(vault: Vault, keepFailed: boolean, log: (line: string) => void): void {
  if (keepFailed && vault.failed) log(`crash harness: kept the failed vault folder ${vault.dir}`);
  else rmSync(vault.dir, { recursive: true, force: true });
}

/** Replays the child's lines into the model; returns the write in flight at the kill, if any. */
function followChild(
  child: ChildRun,
  vault: Vault,
  summary: CrashSummary,
): { inFlight: Intent | null; idle: boolean; problems: string[] } {
  let inFlight: Intent | null = null;
  let idle = false;
  const problems: string[] = [];
  for (const line of child.lines) {
    if (line.t === 'intent') {
      const { t: _t, ...intent } = line;
      inFlight = intent;
    } else if (line.t === 'ack') {
      if (!inFlight || inFlight.op !== line.op) {
        problems.push(`ack of ${line.op} without its intent`);
        continue;
      }
      summary.ackedWrites += 1;
      if (inFlight.op === 'vault.create') {
        vault.created = true;
        vault.recoveryKey = line.recoveryKey ?? null;
      }
      if (inFlight.op === 'vault.changePassphrase') vault.passphrase = inFlight.next;
      if (inFlight.op === 'vault.backupNow' && line.file)
        vault.snapshots.set(line.file, cloneContent(vault.model));
      vault.model = applyAck(vault.model, inFlight, line.id, vault.snapshots);
      inFlight = null;
    } else if (line.t === 'nack') {
      inFlight = null;
    } else if (line.t === 'idle') {
      idle = true;
    } else if (line.t === 'error') {
      problems.push(`the child stopped: ${line.op}: ${line.message}`);
    }
  }
  return { inFlight, idle, problems };
}

function call<M extends MethodName>(app: Linkbook, method: M, input: Input<M>) {
  return dispatch(app, method, input) as Promise<ApiResult<Output<M>>>;
}

async function tryUnlock(app: Linkbook, secret: string, method: 'passphrase' | 'recoveryKey' = 'passphrase') {
  const result = await dispatch(app, 'vault.unlock', { method, secret });
  return result.ok ? null : `${result.error.code}: ${result.error.message}`;
}

/**
 * Opens the folder as the app would after the crash and checks it. Returns false when the vault cannot be
 * used for further rounds (it did not open), so the next round starts a new one.
 */
async function checkVault(
  vault: Vault,
  inFlight: Intent | null,
  options: CrashOptions,
  atMs: number,
  summary: CrashSummary,
  fail: (check: CheckName, message: string) => void,
): Promise<boolean> {
  const app = new Linkbook({
    dataDir: vault.dir,
    migrationsFolder: options.migrationsFolder,
    scrypt: options.scrypt,
    now: () => new Date(atMs),
  });
  try {
    const status = await call(app, 'vault.status', {});
    const state = status.ok ? status.value.state : `unknown (${status.error.message})`;
    if (!vault.created) {
      // Only the creation itself was in flight: the folder is a vault that opens, or one can be made in it.
      if (state === 'new') {
        const created = await call(app, 'vault.create', {
          schoolName: 'Crash Test Primary',
          workerName: 'Harness',
          passphrase: vault.passphrase,
          makeRecoveryKey: true,
        });
        if (!created.ok) {
          fail(
            'create-again-after-interrupted-create',
            `vault.status says "new" after a kill during vault.create, but vault.create then fails: ${created.error.code}: ${created.error.message} (files: ${listFiles(vault.dir)})`,
          );
          return false;
        }
        vault.recoveryKey = created.value.recoveryKey;
      } else {
        const refused = await tryUnlock(app, vault.passphrase);
        if (refused) {
          fail(
            'vault-opens',
            `after a kill during vault.create the folder says "${state}" but its passphrase does not open it: ${refused} (files: ${listFiles(vault.dir)})`,
          );
          return false;
        }
      }
      vault.created = true;
      vault.model = emptyContent();
    } else {
      if (state !== 'locked') {
        fail(
          'vault-opens',
          `vault.status says "${state}" for a vault that was created (files: ${listFiles(vault.dir)})`,
        );
        return false;
      }
      // The new passphrase of a change in flight is tried first, so the one that opens is tried last and the
      // vault is left open without a third (slow, memory-hard) unlock.
      const candidates = [vault.passphrase];
      if (inFlight?.op === 'vault.changePassphrase') candidates.unshift(inFlight.next);
      const opening: string[] = [];
      const refusals: string[] = [];
      for (const passphrase of candidates) {
        if (app.isUnlocked) await app.lock();
        const refused = await tryUnlock(app, passphrase);
        if (refused) refusals.push(`"${passphrase}": ${refused}`);
        else opening.push(passphrase);
      }
      if (opening.length === 0) {
        const recovery = vault.recoveryKey
          ? await tryUnlock(app, vault.recoveryKey, 'recoveryKey')
          : 'no recovery key known';
        fail(
          'vault-opens',
          `no passphrase opens the vault (${refusals.join('; ')}); the recovery key ${recovery ? `does not either (${recovery})` : 'does'} (files: ${listFiles(vault.dir)})`,
        );
        return false;
      }
      if (opening.length > 1)
        fail('one-passphrase-opens', `both the old and the new passphrase open the vault`);
      vault.passphrase = opening[0]!;
      if (!app.isUnlocked) {
        const refused = await tryUnlock(app, vault.passphrase);
        if (refused) {
          fail('vault-opens', `the passphrase opened the vault once, then not again: ${refused}`);
          return false;
        }
      }
    }

    const { sqlite, key } = openedVault(app);
    const integrity = sqlite.pragma('integrity_check') as { integrity_check: string }[];
    if (integrity.length !== 1 || integrity[0]?.integrity_check !== 'ok')
      fail(
        'integrity-check',
        `PRAGMA integrity_check: ${integrity
          .map((row) => row.integrity_check)
          .slice(0, 5)
          .join('; ')}`,
      );
    const orphans = sqlite.pragma('foreign_key_check') as unknown[];
    if (orphans.length > 0)
      fail('integrity-check', `PRAGMA foreign_key_check finds ${orphans.length} orphaned rows`);

    const actual = readContent(sqlite);
    summary.recordsChecked += recordCount(vault.model);
    const asAcked = compareContent(vault.model, actual);
    const committed = inFlight ? withInFlight(vault.model, inFlight, actual, vault.snapshots) : null;
    const asCommitted = committed ? compareContent(committed, actual) : null;
    if (asAcked.length > 0 && asCommitted?.length === 0) {
      summary.inFlightCommitted += 1;
      vault.model = committed!;
    } else if (asAcked.length > 0) {
      // Reported against whichever account of the crash explains more of what is there.
      const differences = asCommitted && asCommitted.length <= asAcked.length ? asCommitted : asAcked;
      const byCheck = new Map<ContentCheck, string[]>();
      for (const difference of differences)
        byCheck.set(difference.check, [...(byCheck.get(difference.check) ?? []), difference.message]);
      for (const [check, messages] of byCheck)
        fail(
          check,
          `${messages.length} record(s): ${messages.slice(0, 3).join('; ')}${messages.length > 3 ? '; …' : ''}`,
        );
      // From here the vault's records are the truth, so one loss is reported once, not in every later round.
      vault.model = actual;
    }

    const vaultKey = Buffer.from(key);
    await app.lock();
    const stray = strayVaultFiles(vault.dir, vaultKey, vault.verifiedBackups).filter(
      (problem) => !vault.reportedStray.has(problem),
    );
    vaultKey.fill(0);
    for (const problem of stray) vault.reportedStray.add(problem);
    if (stray.length > 0) fail('allowed-files', stray.join('; '));
    const present = new Set(
      existsSync(join(vault.dir, 'backups')) ? readdirSync(join(vault.dir, 'backups')) : [],
    );
    for (const file of vault.snapshots.keys()) if (!present.has(file)) vault.snapshots.delete(file);
    return true;
  } finally {
    // The folder goes back to the next child: one process per vault folder.
    await app.close();
  }
}

function listFiles(dir: string): string {
  if (!existsSync(dir)) return 'folder missing';
  const names = readdirSync(dir, { recursive: true, encoding: 'utf8' });
  return names.length ? names.sort().join(', ') : 'none';
}

// ---------------------------------------------------------------------------------------------------------
// Reporting.
// ---------------------------------------------------------------------------------------------------------

export function formatFailure(failure: CrashFailure): string {
  return `round ${failure.round} (scenario ${failure.scenario}, killed during ${failure.killedDuring}, seed ${failure.seed}): check "${failure.check}" failed: ${failure.message}`;
}

export function formatSummary(summary: CrashSummary): string {
  const median = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted.length ? Math.round(sorted[Math.floor(sorted.length / 2)]!) : 0;
  };
  const counts = (record: Record<string, number>) =>
    Object.entries(record)
      .sort(([, a], [, b]) => b - a)
      .map(([name, count]) => `${name} ${count}`)
      .join(', ');
  const byCheck: Record<string, number> = {};
  for (const failure of summary.failures) byCheck[failure.check] = (byCheck[failure.check] ?? 0) + 1;
  const lines = [
    `Crash harness, seed ${summary.seed}: ${summary.kills} kills in ${summary.rounds} rounds over ${summary.vaults} vaults, ${(summary.elapsedMs / 1000).toFixed(1)} s `,
    `  median per round: child start-up ${median(summary.childStartMs)} ms (overlapped with the previous round's checks), child run until killed ${median(summary.childRunMs)} ms, checks ${median(summary.checkMs)} ms`,
    `  kills per scenario: ${counts(summary.killsByScenario)}`,
    `  killed during: ${counts(summary.killedDuring)}`,
    `  acknowledged writes: ${summary.ackedWrites}; acknowledged records checked: ${summary.recordsChecked}; writes in flight found committed: ${summary.inFlightCommitted}`,
    `  failures: ${summary.failures.length}${summary.failures.length ? ` (${counts(byCheck)})` : ''}`,
    ...summary.failures.slice(0, 30).map((failure) => `    ${formatFailure(failure)}`),
  ];
  if (summary.failures.length > 30) lines.push(`    … and ${summary.failures.length - 30} more`);
  return lines.join('\n');
}
