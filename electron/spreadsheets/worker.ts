import { parentPort } from 'node:worker_threads';
import { parseSpreadsheet, UNREADABLE, type ParseOutcome } from './parse';
import type { WorkerInput } from './read';

/**
 * The spreadsheet worker's entry (see read.ts): parses each file it is sent, one at a time, and posts the
 * outcome back. Any failure the parser did not foresee still answers, as an unreadable file.
 */
parentPort?.on('message', (input: WorkerInput) => {
  parseSpreadsheet(input.fileName, input.bytes, { sheet: input.sheet, limits: input.limits })
    .catch((): ParseOutcome => ({ ok: false, message: UNREADABLE }))
    .then((outcome) => parentPort?.postMessage(outcome));
});
