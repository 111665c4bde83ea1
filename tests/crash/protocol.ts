/**
 * What the crash harness's parent and child say to each other. The child reads one config line on stdin and
 * writes one JSON line per event on stdout; stdout to a pipe is synchronous on Linux, so a line the parent
 * reads was written before anything that followed it, and an ack is never printed before dispatch returned.
 */
import type { ScryptParams } from '../../electron/vault/keys';

export const SCENARIOS = ['records', 'backup', 'restore', 'passphrase', 'import', 'create'] as const;
export type Scenario = (typeof SCENARIOS)[number];

/** A family as the harness compares it: names carry the tag of the write that last saved them. */
export interface FamilyRecord {
  name: string;
  children: string[];
  carers: string[];
}
export interface ContactRecord {
  familyId: string;
  summary: string;
  childIds: string[];
}
export interface ConcernRecord {
  familyId: string;
  whatHappened: string;
  addenda: string[];
}

export interface ChildConfig {
  dataDir: string;
  migrationsFolder: string;
  /** Where the spreadsheet worker's entry is: the bundled child has no source folder beside it to look in. */
  spreadsheetWorker: string;
  scrypt: ScryptParams;
  seed: number;
  round: number;
  scenario: Scenario;
  /** The child's injected clock: starts here and moves on by `clockTickMs` at every reading. */
  clockStartMs: number;
  clockTickMs: number;
  /** Past this the child stops writing and waits to be killed, so its clock never overtakes the next round. */
  clockLimitMs: number;
  /** The passphrase that opens the vault now; on a create round, the one to create it with. */
  passphrase: string;
  /** Acknowledged on-demand backups whose records the parent knows, so a restore can be checked. */
  backups: string[];
  /**
   * Stop just before the step-th file-system change (rename, remove, open, fsync...) made during `op`, and
   * say so, for the parent to kill there: a timed kill almost never lands between two renames.
   */
  freeze: { op: OpName; step: number } | null;
}

export type Intent =
  | { op: 'vault.create'; passphrase: string }
  | { op: 'vault.unlock'; passphrase: string }
  | { op: 'vault.backupNow' }
  | { op: 'vault.restore'; file: string }
  | { op: 'vault.changePassphrase'; next: string; lockDuring: boolean }
  | { op: 'families.create'; record: FamilyRecord }
  | { op: 'families.update'; id: string; record: FamilyRecord }
  | { op: 'contacts.create'; record: ContactRecord }
  | { op: 'contacts.update'; id: string; record: ContactRecord }
  | { op: 'concerns.record'; record: ConcernRecord }
  | { op: 'concerns.addAddendum'; concernId: string }
  | { op: 'directory.importCommit'; names: string[] };
export type OpName = Intent['op'];

export type ChildLine =
  | { t: 'loaded' }
  | ({ t: 'intent' } & Intent)
  /** Printed only after dispatch answered ok: the parent may hold the vault to it. */
  | { t: 'ack'; op: OpName; id?: string; file?: string; recoveryKey?: string | null }
  /** A refusal the scenario allows (a change raced by a lock): the write must have changed nothing. */
  | { t: 'nack'; op: OpName; code: string }
  /** The child stopped writing (its clock budget is spent) and waits to be killed. */
  | { t: 'idle' }
  /** The child is blocked just before a file-system call during `op`, waiting for its kill. */
  | { t: 'frozen'; op: OpName; step: number; call: string }
  | { t: 'error'; op: string; message: string };

/** mulberry32: small, fast and the same on every machine, so a seed names one run. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: <T>(items: readonly T[]) => {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[Math.floor(next() * items.length)] as T;
    },
    weighted: <T extends string>(weights: Partial<Record<T, number>>) => {
      const entries = Object.entries(weights) as [T, number][];
      let roll = next() * entries.reduce((sum, [, weight]) => sum + weight, 0);
      for (const [key, weight] of entries) {
        roll -= weight;
        if (roll < 0) return key;
      }
      return entries[entries.length - 1]![0];
    },
  };
}

export interface Random {
  next: () => number;
  int: (min: number, max: number) => number;
  chance: (p: number) => boolean;
  pick: <T>(items: readonly T[]) => T;
  weighted: <T extends string>(weights: Partial<Record<T, number>>) => T;
}
