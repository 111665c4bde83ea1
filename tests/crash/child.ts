/**
 * The crash harness's child: writes through the dispatcher, as the app's windows do, until the parent kills
 * it. It reads its config as one JSON line on stdin (so it can be started, and its modules loaded, while the
 * parent is still checking the previous round), then prints an intent before every call and an ack only
 * after the call answered ok. Anything unexpected is printed as an error and ends the child.
 */
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { basename } from 'node:path';
import { createInterface } from 'node:readline';
import { dispatch } from '../../electron/dispatcher';
import { Linkbook } from '../../electron/linkbook';
import { setSpreadsheetWorker } from '../../electron/spreadsheets/read';
import type { Input, MethodName, Output } from '../../shared/api';
import type { ApiResult } from '../../shared/errors';
import { sampleChild, sampleFamily } from '../support/sample-family';
import {
  seededRandom,
  type ChildConfig,
  type ChildLine,
  type FamilyRecord,
  type Intent,
  type OpName,
  type Random,
} from './protocol';

function say(line: ChildLine): void {
  process.stdout.write(`${JSON.stringify(line)}\n`);
}

function announce(intent: Intent): void {
  currentOp = intent.op;
  stepsInOp = 0;
  say({ t: 'intent', ...intent });
}

/** The calls that change files: the places where a crash can leave a folder between two states. */
const FS_STEPS = [
  'mkdirSync',
  'rmSync',
  'unlinkSync',
  'renameSync',
  'copyFileSync',
  'openSync',
  'writeSync',
  'writeFileSync',
  'fsyncSync',
  'closeSync',
] as const;

let currentOp: OpName | null = null;
let stepsInOp = 0;

/**
 * Wraps the file-system calls so the child can stop before one of them. Bundled code reads them from the
 * module object at each call, and syncBuiltinESMExports carries the wrappers to ESM imports under tsx.
 */
function installFreeze(freeze: ChildConfig['freeze']): void {
  if (!freeze) return;
  const module = fs as unknown as Record<string, (...args: unknown[]) => unknown>;
  for (const name of FS_STEPS) {
    const original = module[name]!;
    module[name] = (...args: unknown[]) => {
      if (currentOp === freeze.op && ++stepsInOp === freeze.step) {
        // Only the file names: the data written (a key file, say) never leaves the child.
        const paths = name === 'renameSync' || name === 'copyFileSync' ? args.slice(0, 2) : args.slice(0, 1);
        const target = paths.map((arg) => (typeof arg === 'string' ? basename(arg) : 'fd')).join(', ');
        say({ t: 'frozen', op: freeze.op, step: freeze.step, call: `${name}(${target})` });
        // Blocks this thread outright: nothing after this point may run before the kill.
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 60_000);
      }
      return original.apply(fs, args);
    };
  }
  syncBuiltinESMExports();
}

class ChildError extends Error {
  constructor(
    readonly op: string,
    message: string,
  ) {
    super(message);
  }
}

const recordWeights = {
  'families.create': 3,
  'families.update': 2,
  'contacts.create': 3,
  'contacts.update': 1,
  'concerns.record': 2,
  'concerns.addAddendum': 1,
} satisfies Partial<Record<OpName, number>>;

/** Each scenario leans on its own operation, with record writes between so there is always work to lose. */
const scenarioWeights: Record<ChildConfig['scenario'], Partial<Record<OpName, number>>> = {
  records: recordWeights,
  backup: { ...recordWeights, 'vault.backupNow': 12 },
  restore: { ...recordWeights, 'vault.backupNow': 4, 'vault.restore': 8 },
  passphrase: { ...recordWeights, 'vault.changePassphrase': 12 },
  import: { ...recordWeights, 'directory.importCommit': 12 },
  create: recordWeights,
};

const IMPORT_HEADINGS = ['Service', 'Organisation', 'How to refer', 'Area'];
const importMapping = {
  name: 0,
  organisation: 1,
  referralRoute: 2,
  area: 3,
  offer: null,
  eligibility: null,
  phone: null,
  email: null,
  website: null,
  openingTimes: null,
  cost: null,
  languages: null,
  categories: null,
  notes: null,
  lastCheckedOn: null,
};

class Child {
  private readonly app: Linkbook;
  private readonly random: Random;
  private clock: number;
  private passphrase: string;
  private familyIds: string[] = [];
  private readonly backups: string[];
  private step = 0;

  constructor(private readonly config: ChildConfig) {
    this.random = seededRandom(config.seed);
    this.clock = config.clockStartMs;
    this.passphrase = config.passphrase;
    this.backups = [...config.backups];
    this.app = new Linkbook({
      dataDir: config.dataDir,
      migrationsFolder: config.migrationsFolder,
      scrypt: config.scrypt,
      now: () => {
        this.clock += config.clockTickMs;
        return new Date(this.clock);
      },
    });
  }

  private tag(): string {
    return `r${this.config.round}o${this.step}`;
  }

  private call<M extends MethodName>(method: M, input: Input<M>): Promise<ApiResult<Output<M>>> {
    return dispatch(this.app, method, input) as Promise<ApiResult<Output<M>>>;
  }

  private async value<M extends MethodName>(method: M, input: Input<M>): Promise<Output<M>> {
    const result = await this.call(method, input);
    if (!result.ok)
      throw new ChildError(method, `${method} refused: ${result.error.code}: ${result.error.message}`);
    return result.value;
  }

  /** Prints the intent, makes the call, and prints the ack only once it answered ok. */
  private async write<M extends MethodName>(
    intent: Intent,
    method: M,
    input: Input<M>,
    ack: (value: Output<M>) => Omit<Extract<ChildLine, { t: 'ack' }>, 't' | 'op'> = () => ({}),
  ): Promise<Output<M>> {
    announce(intent);
    const value = await this.value(method, input);
    say({ t: 'ack', op: intent.op, ...ack(value) });
    return value;
  }

  async run(): Promise<void> {
    if (this.config.scenario === 'create') {
      await this.write(
        { op: 'vault.create', passphrase: this.passphrase },
        'vault.create',
        {
          schoolName: 'Crash Test Primary',
          workerName: 'Harness',
          passphrase: this.passphrase,
          makeRecoveryKey: true,
        },
        (value) => ({ recoveryKey: value.recoveryKey }),
      );
    } else {
      await this.unlock();
    }
    await this.loadFamilies();
    const weights = scenarioWeights[this.config.scenario];
    for (;;) {
      if (this.clock >= this.config.clockLimitMs) {
        say({ t: 'idle' });
        // Kept alive until the parent's kill: an ended child would be a round without a crash.
        setInterval(() => undefined, 60_000);
        return;
      }
      this.step += 1;
      await this.operation(this.random.weighted(weights));
    }
  }

  private async unlock(): Promise<void> {
    await this.write({ op: 'vault.unlock', passphrase: this.passphrase }, 'vault.unlock', {
      method: 'passphrase',
      secret: this.passphrase,
    });
  }

  private async loadFamilies(): Promise<void> {
    const ids: string[] = [];
    for (let page = 0; ; page++) {
      const { rows, total } = await this.value('families.list', { status: 'all', page, pageSize: 200 });
      ids.push(...rows.map((row) => row.id));
      if (ids.length >= total || rows.length === 0) break;
    }
    this.familyIds = ids;
  }

  private async operation(op: OpName): Promise<void> {
    const familyId = this.familyIds.length ? this.random.pick(this.familyIds) : null;
    switch (op) {
      case 'families.update':
        if (familyId) return this.updateFamily(familyId);
        return this.createFamily();
      case 'contacts.create':
        if (familyId) return this.createContact(familyId);
        return this.createFamily();
      case 'contacts.update':
        if (familyId) return this.updateContact(familyId);
        return this.createFamily();
      case 'concerns.record':
        if (familyId) return this.recordConcern(familyId);
        return this.createFamily();
      case 'concerns.addAddendum':
        if (familyId) return this.addAddendum(familyId);
        return this.createFamily();
      case 'vault.backupNow':
        return this.backup();
      case 'vault.restore':
        return this.restore();
      case 'vault.changePassphrase':
        return this.changePassphrase();
      case 'directory.importCommit':
        return this.importServices();
      default:
        return this.createFamily();
    }
  }

  private familyInput(tag: string, childCount: number, carerCount: number, childIds: string[] = []) {
    const record: FamilyRecord = {
      name: `Family ${tag} c${childCount} k${carerCount}`,
      children: Array.from({ length: childCount }, (_, i) => `Child ${tag} #${i + 1}`),
      carers: Array.from({ length: carerCount }, (_, i) => `Carer ${tag} #${i + 1}`),
    };
    const [carer] = sampleFamily().carers;
    const input = sampleFamily({
      familyName: record.name,
      children: record.children.map((name, i) => ({
        ...sampleChild({ name }),
        ...(childIds[i] ? { id: childIds[i] } : {}),
      })),
      carers: record.carers.map((name) => ({ ...carer!, name })),
    });
    return { record, input };
  }

  private async createFamily(): Promise<void> {
    const { record, input } = this.familyInput(this.tag(), this.random.int(1, 4), this.random.int(0, 3));
    const { id } = await this.write({ op: 'families.create', record }, 'families.create', input, (value) => ({
      id: value.id,
    }));
    this.familyIds.push(id);
  }

  /** Renames every child and carer and adds a child: a torn update shows as names from two writes. */
  private async updateFamily(id: string): Promise<void> {
    const family = await this.value('families.get', { id });
    const childIds = family.children.map((child) => child.id);
    const childCount = Math.min(15, childIds.length + 1);
    const { record, input } = this.familyInput(this.tag(), childCount, this.random.int(0, 3), childIds);
    await this.write({ op: 'families.update', id, record }, 'families.update', { ...input, id });
  }

  private async childIdsOf(familyId: string): Promise<string[]> {
    const family = await this.value('families.get', { id: familyId });
    const ids = family.children.map((child) => child.id);
    return ids.filter(() => this.random.chance(0.6));
  }

  private contactInput(familyId: string, summary: string, childIds: string[]) {
    return {
      familyId,
      occurredAt: '2026-08-20T10:00', // before the harness's clock starts (1 September)
      durationMinutes: 30,
      type: 'Home visit' as const,
      childIds,
      present: '',
      summary,
      nextStep: '',
      nextStepDue: '',
    };
  }

  private async createContact(familyId: string): Promise<void> {
    const childIds = await this.childIdsOf(familyId);
    const summary = `Contact ${this.tag()} children ${childIds.length}`;
    await this.write(
      { op: 'contacts.create', record: { familyId, summary, childIds: [...childIds].sort() } },
      'contacts.create',
      this.contactInput(familyId, summary, childIds),
      (value) => ({ id: value.id }),
    );
  }

  private async updateContact(familyId: string): Promise<void> {
    const contacts = await this.value('contacts.list', { familyId });
    if (contacts.length === 0) return this.createContact(familyId);
    const { id } = this.random.pick(contacts);
    const childIds = await this.childIdsOf(familyId);
    const summary = `Contact ${this.tag()} children ${childIds.length}`;
    await this.write(
      { op: 'contacts.update', id, record: { familyId, summary, childIds: [...childIds].sort() } },
      'contacts.update',
      { ...this.contactInput(familyId, summary, childIds), id },
    );
  }

  /** A concern passed to the DSL is written with its first addendum in one transaction. */
  private async recordConcern(familyId: string): Promise<void> {
    const passed = this.random.chance(0.5);
    const whatHappened = `Concern ${this.tag()} ${passed ? 'passed' : 'kept'}`;
    await this.write(
      {
        op: 'concerns.record',
        record: { familyId, whatHappened, addenda: passed ? ['passed_to_dsl'] : [] },
      },
      'concerns.record',
      {
        familyId,
        childId: null,
        occurredAt: '2026-08-20T09:30',
        whatHappened,
        actionTaken: 'Spoke to the child and wrote it down',
        passedToDsl: passed
          ? { passedAt: '2026-11-20T09:45', passedHow: 'In person', dslName: 'Morag Bell' }
          : null,
      },
      (value) => ({ id: value.id }),
    );
  }

  private async addAddendum(familyId: string): Promise<void> {
    const concerns = await this.value('concerns.list', { familyId });
    if (concerns.length === 0) return this.recordConcern(familyId);
    const { id } = this.random.pick(concerns);
    await this.write({ op: 'concerns.addAddendum', concernId: id }, 'concerns.addAddendum', {
      concernId: id,
      kind: 'note',
      text: `Note ${this.tag()}`,
    });
  }

  private async backup(): Promise<void> {
    const backup = await this.write({ op: 'vault.backupNow' }, 'vault.backupNow', {}, (value) => ({
      file: value.file,
    }));
    this.backups.push(backup.file);
  }

  private async restore(): Promise<void> {
    const present = new Set((await this.value('vault.backups', {})).map((backup) => backup.file));
    const choices = this.backups.filter((file) => present.has(file));
    if (choices.length === 0) return this.backup();
    const file = this.random.pick(choices);
    await this.write(
      { op: 'vault.restore', file },
      'vault.restore',
      {
        file,
        method: 'passphrase',
        secret: this.passphrase,
      },
      () => ({ file }),
    );
    // The records are now the backup's: the families this child knew may be gone.
    await this.loadFamilies();
  }

  /**
   * Sometimes the vault is locked while the change is under way, as the idle timer or a second window can:
   * the change may then be refused, but it must never leave a key file the next unlock cannot use.
   */
  private async changePassphrase(): Promise<void> {
    const next = `crash passphrase ${this.tag()}`;
    const lockDuring = this.random.chance(0.3);
    announce({ op: 'vault.changePassphrase', next, lockDuring });
    const timer = lockDuring
      ? setTimeout(() => void dispatch(this.app, 'vault.lock', {}), this.random.int(0, 120))
      : null;
    const result = await this.call('vault.changePassphrase', { current: this.passphrase, next });
    if (timer) clearTimeout(timer);
    if (result.ok) {
      say({ t: 'ack', op: 'vault.changePassphrase' });
      this.passphrase = next;
    } else if (lockDuring && (result.error.code === 'wrong_secret' || result.error.code === 'locked')) {
      say({ t: 'nack', op: 'vault.changePassphrase', code: result.error.code });
    } else {
      throw new ChildError(
        'vault.changePassphrase',
        `refused: ${result.error.code}: ${result.error.message}`,
      );
    }
    if (!this.app.isUnlocked) await this.unlock();
  }

  private async importServices(): Promise<void> {
    const tag = this.tag();
    const names = Array.from({ length: this.random.int(5, 150) }, (_, i) => `Service ${tag} #${i + 1}`);
    const csv = [
      IMPORT_HEADINGS,
      ...names.map((name) => [name, `Crash import ${tag}`, 'Self-referral', 'Local']),
    ]
      .map((cells) => cells.join(','))
      .join('\r\n');
    await this.write({ op: 'directory.importCommit', names }, 'directory.importCommit', {
      fileName: `import-${tag}.csv`,
      dataBase64: Buffer.from(csv, 'utf8').toString('base64'),
      mapping: importMapping,
      duplicates: 'skip',
      skipUnreadable: false,
    });
  }
}

function readConfig(): Promise<ChildConfig> {
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: process.stdin });
    lines.once('line', (line) => {
      lines.close();
      try {
        resolve(JSON.parse(line) as ChildConfig);
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
  });
}

say({ t: 'loaded' });
readConfig()
  .then((config) => {
    installFreeze(config.freeze);
    setSpreadsheetWorker(config.spreadsheetWorker);
    return new Child(config).run();
  })
  .catch((error: unknown) => {
    say({
      t: 'error',
      op: error instanceof ChildError ? error.op : 'child',
      message: error instanceof Error ? error.message : String(error),
    });
    process.exit(3);
  });
