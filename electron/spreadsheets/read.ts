import { dirname, join } from 'node:path';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import { fail } from '../../shared/errors';
import { SPREADSHEET_LIMITS, type ParseOutcome, type Spreadsheet, type SpreadsheetLimits } from './parse';

export { SPREADSHEET_LIMITS, type Spreadsheet, type SpreadsheetLimits } from './parse';

/** What the worker is sent for each file (see worker.ts). */
export interface WorkerInput {
  fileName: string;
  bytes: Uint8Array;
  sheet: string | undefined;
  limits: SpreadsheetLimits;
}

/**
 * How long one file may take, and how much memory its worker may use. A sheet within SPREADSHEET_LIMITS
 * takes a few seconds and well under this heap; a file built to be expensive (a zip that inflates to
 * gigabytes, a merge over the whole sheet) hits one of these instead, and only its worker is stopped.
 */
export const PARSE_TIME_LIMIT_MS = 30_000;
export const PARSE_RESOURCE_LIMITS: ResourceLimits = {
  maxOldGenerationSizeMb: 320,
  maxYoungGenerationSizeMb: 32,
  stackSizeMb: 4,
};

export const TOO_SLOW =
  'This spreadsheet took too long to read, so Linkbook stopped. Save just the table as a new .xlsx or .csv file and try again.';
export const TOO_BIG =
  'This spreadsheet is too big for Linkbook to read. Save just the table as a new .xlsx or .csv file and try again.';

let configuredWorker: string | null = null;

/**
 * Says where the worker's script is. Only browser mode needs to: it runs from source as ES modules, which
 * have no __filename to find it by (electron/server/cli.ts calls this).
 */
export function setSpreadsheetWorker(file: string): void {
  configuredWorker = file;
}

function workerFile(): string {
  if (configuredWorker) return configuredWorker;
  // Bundled for Electron, this code is in main.cjs and scripts/build-electron.mjs writes the worker beside
  // it; under vitest (which gives modules __filename) the source's entry is beside this file.
  if (typeof __filename === 'string') {
    const bundled = __filename.endsWith('.cjs');
    return join(dirname(__filename), bundled ? 'spreadsheet-worker.cjs' : 'worker-from-source.mjs');
  }
  throw new Error('Linkbook cannot find its spreadsheet worker: call setSpreadsheetWorker first.');
}

/**
 * Starting a worker costs a few hundred milliseconds bundled and a second or two from source (tsx), so one
 * is kept for the next file; it is stopped after IDLE_MS unused, or at once when a file overruns it.
 */
const IDLE_MS = 60_000;
let idle: { worker: Worker; timer: NodeJS.Timeout; limits: ResourceLimits } | null = null;

function takeWorker(limits: ResourceLimits): Worker {
  if (idle?.limits === limits) {
    clearTimeout(idle.timer);
    const { worker } = idle;
    idle = null;
    return worker;
  }
  const worker = new Worker(workerFile(), { resourceLimits: limits });
  // An idle worker must not keep the process alive, so that browser mode can stop.
  worker.unref();
  // An 'error' with no listener would throw in this thread; a parse listens for its own (parseInWorker).
  worker.on('error', () => undefined);
  worker.once('exit', () => {
    if (idle?.worker === worker) {
      clearTimeout(idle.timer);
      idle = null;
    }
  });
  return worker;
}

function keepWorker(worker: Worker, limits: ResourceLimits): void {
  if (idle) void idle.worker.terminate();
  const timer = setTimeout(() => {
    if (idle?.worker === worker) idle = null;
    void worker.terminate();
  }, IDLE_MS);
  timer.unref();
  idle = { worker, timer, limits };
}

function parseInWorker(
  input: WorkerInput,
  timeLimitMs: number,
  limits: ResourceLimits,
): Promise<ParseOutcome> {
  return new Promise((resolve, reject) => {
    const worker = takeWorker(limits);
    const settle = (outcome: ParseOutcome | Error, reusable: boolean) => {
      clearTimeout(timer);
      // Only this call's own listeners: removing all of a Worker's listeners stops its messages for good.
      worker.off('message', onMessage).off('error', onError).off('exit', onExit);
      if (reusable) keepWorker(worker, limits);
      else void worker.terminate();
      if (outcome instanceof Error) reject(outcome);
      else resolve(outcome);
    };
    const onMessage = (outcome: ParseOutcome) => settle(outcome, true);
    const onError = (error: Error & { code?: string }) =>
      settle(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? { ok: false, message: TOO_BIG } : error, false);
    const onExit = (code: number) =>
      settle(new Error(`The spreadsheet worker stopped (exit code ${code}).`), false);
    const timer = setTimeout(() => settle({ ok: false, message: TOO_SLOW }, false), timeLimitMs);
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    worker.postMessage(input);
  });
}

/** One file at a time: a worker may use PARSE_RESOURCE_LIMITS, and two of them need not fit at once. */
let queue: Promise<unknown> = Promise.resolve();

/**
 * Reads one sheet of an XLSX or CSV file (the first, unless `sheet` names another) as text, in a worker
 * thread. A file that is too big, too slow or not a spreadsheet is refused with a sentence for the worker
 * (code invalid_input); meanwhile every other request is served, because the parsing happens elsewhere.
 */
export function readSpreadsheet(
  fileName: string,
  bytes: Uint8Array,
  options: {
    sheet?: string;
    limits?: SpreadsheetLimits;
    /** Tests only: smaller bounds, to see a bad file stopped without waiting for the real ones. */
    timeLimitMs?: number;
    resourceLimits?: ResourceLimits;
  } = {},
): Promise<Spreadsheet> {
  const input: WorkerInput = {
    fileName,
    bytes,
    sheet: options.sheet,
    limits: options.limits ?? SPREADSHEET_LIMITS,
  };
  const run = queue.then(() =>
    parseInWorker(
      input,
      options.timeLimitMs ?? PARSE_TIME_LIMIT_MS,
      options.resourceLimits ?? PARSE_RESOURCE_LIMITS,
    ),
  );
  queue = run.catch(() => undefined);
  return run.then((outcome) => {
    if (!outcome.ok) fail('invalid_input', outcome.message);
    return outcome.spreadsheet;
  });
}
