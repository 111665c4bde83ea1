import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import type { ParsedInput, MethodName, Output } from '../shared/api';
import { ApiFailure, fail, type ApiError } from '../shared/errors';
import type { CopyProgress } from '../shared/vault';
import { MissingDatabaseError } from './db/connection';
import { getSettings, updateSettings } from './services/settings';
import { recordHandlers } from './handlers';
import type { ServiceDeps } from './services/deps';
import { UnlockAttempts } from './vault/attempts';
import { describeBackup, describeBackups } from './vault/backup';
import { lockFolder, type FolderLock } from './vault/folder-lock';
import { copyPlaces, copyVaultTo, findCopies, summariseCopy, UnusablePlaceError } from './vault/copies';
import { KeyFileDamagedError, readVaultKeys, restoreKeyFileFromCopy } from './vault/keyfile';
import type { ScryptParams } from './vault/keys';
import { vaultPaths } from './vault/paths';
import { recoverVaultFolder } from './vault/recover';
import {
  backupSession,
  changePassphrase,
  checkSecret,
  closeSession,
  completeRestore,
  createVault,
  DamagedVaultError,
  openVault,
  copyKey,
  prepareRestore,
  UnusableBackupError,
  vaultExists,
  WrongSecretError,
  type RestoreSource,
  type SecretMethod,
  type Session,
  type VaultOptions,
} from './vault/vault';

export interface LinkbookOptions {
  dataDir: string;
  migrationsFolder: string;
  now?: () => Date;
  newId?: () => string;
  scrypt?: ScryptParams;
}

type Handler<M extends MethodName> = (input: ParsedInput<M>) => Promise<Output<M>> | Output<M>;
export type Handlers = { [M in MethodName]: Handler<M> };

const LOCKED = 'Linkbook is locked. Unlock it to carry on.';

/**
 * The running app behind every transport: the vault's state (locked or not), the idle clock, and the
 * handler for each method in the contract. Electron's IPC and browser mode's HTTP server both call this.
 *
 * Constructing it takes the vault folder for this process alone (a second Linkbook on the same folder
 * throws FolderInUseError) and finishes or undoes whatever a kill interrupted there; `close` gives it back.
 */
export class Linkbook {
  private session: Session | null = null;
  private readonly attempts: UnlockAttempts;
  private readonly vault: VaultOptions;
  private readonly now: () => Date;
  private readonly newId: () => string;
  private readonly folderLock: FolderLock;
  private lastActivity: number;
  private readonly lockListeners = new Set<() => void>();
  /**
   * Vault operations (create, unlock, lock, change of passphrase, backup, restore) run one at a time: a lock
   * waits for a change of passphrase to finish rather than wiping the key it is still using.
   */
  private vaultQueue: Promise<unknown> = Promise.resolve();
  private copyProgress: CopyProgress = { stage: 'idle', done: 0, total: 0 };

  constructor(options: LinkbookOptions) {
    this.now = options.now ?? (() => new Date());
    this.newId = options.newId ?? randomUUID;
    this.vault = {
      paths: vaultPaths(options.dataDir),
      migrationsFolder: options.migrationsFolder,
      now: this.now,
      ...(options.scrypt ? { scrypt: options.scrypt } : {}),
    };
    this.folderLock = lockFolder(this.vault.paths);
    try {
      recoverVaultFolder(this.vault.paths);
    } catch (error) {
      this.folderLock.release();
      throw error;
    }
    this.attempts = new UnlockAttempts(this.vault.paths.attempts);
    this.lastActivity = this.now().getTime();
  }

  get isUnlocked(): boolean {
    return this.session !== null;
  }

  /** Any call from the worker counts as activity for the idle lock. */
  touch(): void {
    this.lastActivity = this.now().getTime();
  }

  onLock(listener: () => void): () => void {
    this.lockListeners.add(listener);
    return () => this.lockListeners.delete(listener);
  }

  /** Called on a timer by each shell: locks once the worker has been idle for the set number of minutes. */
  async lockIfIdle(): Promise<boolean> {
    if (!this.session) return false;
    const minutes = getSettings(this.session.db).idleLockMinutes;
    if (this.now().getTime() - this.lastActivity < minutes * 60_000) return false;
    await this.lock();
    return true;
  }

  /** Locks once any vault operation under way has finished. */
  lock(): Promise<void> {
    return this.exclusive(async () => this.closeNow());
  }

  /** Locks and lets the vault folder go, for another process to use; the last thing a shell does. */
  async close(): Promise<void> {
    await this.lock();
    this.folderLock.release();
  }

  private closeNow(): void {
    if (!this.session) return;
    const session = this.session;
    this.session = null;
    closeSession(session);
    for (const listener of this.lockListeners) listener();
  }

  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = this.vaultQueue.then(work, work);
    this.vaultQueue = run.catch(() => undefined);
    return run;
  }

  /**
   * Every check of a secret (unlock, restore, change of passphrase) passes here: during a pause after
   * repeated wrong secrets nothing is checked at all (so guesses cannot be hurried, and a guess refused for
   * the pause does not lengthen it), a wrong secret is counted and said next to its field, and the vault's
   * own problems (damaged, missing, a damaged key file) are said in words the worker can act on.
   */
  private async withSecret<T>(field: string, wrong: string, act: () => Promise<T>): Promise<T> {
    const wait = this.attempts.retryAfterSeconds(this.now());
    if (wait > 0) {
      fail('too_many_attempts', `Too many wrong tries. Wait ${wait} seconds, then try again.`, {
        retryAfterSeconds: wait,
      });
    }
    let result: T;
    try {
      result = await act();
    } catch (error) {
      if (!(error instanceof WrongSecretError)) throw vaultProblem(error);
      this.attempts.recordFailure(this.now());
      fail('wrong_secret', `${wrong} Check it and try again.`, {
        fields: { [field]: wrong },
        retryAfterSeconds: this.attempts.retryAfterSeconds(this.now()),
      });
    }
    this.attempts.recordSuccess();
    this.touch();
    return result;
  }

  private openSession(method: SecretMethod, secret: string): Promise<void> {
    return this.withSecret('secret', wrongSecret(method), async () => {
      this.session = await openVault(this.vault, method, secret);
    });
  }

  /**
   * Restores a backup or a copy from elsewhere. Everything that can refuse it (the secret, the backup's
   * check) runs before the open records are touched; then every window goes back to its lock screen, the
   * records are replaced (those replaced are kept as a backup), and the vault opens as at any unlock.
   */
  private restore(from: RestoreSource, method: SecretMethod, secret: string): Promise<null> {
    return this.exclusive(async () => {
      const prepared = await this.withSecret('secret', wrongSecret(method), () =>
        inPlace('file', () => prepareRestore(this.vault, from, method, secret)),
      );
      this.closeNow();
      completeRestore(this.vault, prepared);
      await this.openSession(method, secret);
      return null;
    });
  }

  private deps(): ServiceDeps {
    if (!this.session) fail('locked', LOCKED);
    return { db: this.session.db, now: this.now, newId: this.newId };
  }

  readonly handlers: Handlers = {
    'vault.status': () => ({
      state: this.session ? 'unlocked' : vaultExists(this.vault.paths) ? 'locked' : 'new',
      retryAfterSeconds: this.attempts.retryAfterSeconds(this.now()),
    }),
    'vault.create': (input) =>
      this.exclusive(async () => {
        if (vaultExists(this.vault.paths))
          fail('vault_exists', 'This computer already has a Linkbook vault.');
        const { session, recoveryKey } = await createVault(
          this.vault,
          input.passphrase,
          input.makeRecoveryKey,
          (db) =>
            updateSettings(
              { db, now: this.now, newId: this.newId },
              { schoolName: input.schoolName, workerName: input.workerName },
            ),
        );
        this.session = session;
        this.touch();
        return { recoveryKey };
      }),
    'vault.unlock': (input) =>
      this.exclusive(async () => {
        if (!vaultExists(this.vault.paths)) fail('no_vault', 'There is no vault yet. Create one first.');
        // Already open (another window unlocked it): the secret is still checked, never taken on trust.
        if (this.session)
          await this.withSecret('secret', wrongSecret(input.method), async () => {
            if (!(await checkSecret(this.vault.paths, input.method, input.secret)))
              throw new WrongSecretError();
          });
        else await this.openSession(input.method, input.secret);
        return null;
      }),
    'vault.useKeyCopy': () =>
      this.exclusive(async () => {
        try {
          restoreKeyFileFromCopy(this.vault.paths);
        } catch (error) {
          throw vaultProblem(error);
        }
        return null;
      }),
    'vault.backups': () => describeBackups(this.vault.paths.backups),
    'vault.backupNow': () =>
      this.exclusive(async () => {
        const session = this.session;
        if (!session) fail('locked', LOCKED);
        const file = backupSession(this.vault, session, 'on-demand');
        return describeBackup(this.vault.paths.backups, basename(file));
      }),
    'vault.restore': (input) => this.restore({ backup: input.file }, input.method, input.secret),
    'vault.copyPlaces': () => copyPlaces(),
    'vault.copyProgress': () => this.copyProgress,
    'vault.copyTo': (input) =>
      this.exclusive(async () => {
        const session = this.session;
        if (!session) fail('locked', LOCKED);
        return inPlace('folder', () =>
          copyVaultTo(
            this.vault.paths,
            session.sqlite,
            session.key,
            readVaultKeys(this.vault.paths),
            input.folder,
            this.now(),
            (progress) => (this.copyProgress = progress),
          ),
        );
      }),
    'vault.findCopies': (input) => inPlace('folder', async () => findCopies(input.folder)),
    'vault.inspectCopy': (input) =>
      this.exclusive(() =>
        this.withSecret('secret', wrongSecret(input.method), () =>
          inPlace('file', async () => {
            const key = await copyKey(input.file, input.method, input.secret);
            try {
              return summariseCopy(input.file, key);
            } finally {
              key.fill(0);
            }
          }),
        ),
      ),
    'vault.restoreCopy': (input) => this.restore({ copy: input.file }, input.method, input.secret),
    'vault.lock': async () => {
      await this.lock();
      return null;
    },
    'vault.changePassphrase': (input) =>
      this.exclusive(async () => {
        const session = this.session;
        if (!session) fail('locked', LOCKED);
        await this.withSecret('current', 'This is not your current passphrase.', () =>
          changePassphrase(this.vault, session, input.current, input.next),
        );
        return null;
      }),

    ...recordHandlers(() => this.deps()),
  };
}

/** A place or a backup that cannot serve is said beside the field that chose it. */
async function inPlace<T>(field: 'folder' | 'file', act: () => Promise<T>): Promise<T> {
  try {
    return await act();
  } catch (error) {
    if (!(error instanceof UnusablePlaceError || error instanceof UnusableBackupError)) throw error;
    fail('invalid_input', error.message, { fields: { [field]: error.message } });
  }
}

function wrongSecret(method: SecretMethod): string {
  return `That ${method === 'passphrase' ? 'passphrase' : 'recovery key'} is not right.`;
}

const RESTORE = 'Choose “Restore from a backup”: nothing in the backups has changed.';

function failure(code: ApiError['code'], message: string, offer: ApiError['offer']): ApiFailure {
  return new ApiFailure({ code, message, offer });
}

/** The vault's own problems, in words the worker can act on; anything else passes through unchanged. */
function vaultProblem(error: unknown): unknown {
  if (error instanceof DamagedVaultError)
    return failure(
      'vault_damaged',
      `Linkbook’s records did not pass their check as they opened. ${RESTORE}`,
      'restore',
    );
  if (error instanceof MissingDatabaseError)
    return failure(
      'vault_missing',
      `Linkbook’s records file is missing from its folder. ${RESTORE}`,
      'restore',
    );
  if (error instanceof KeyFileDamagedError)
    return error.copyReadable
      ? failure(
          'key_file_damaged',
          'Linkbook’s key file is damaged, so your records cannot be opened with it. A checked copy is kept beside it: use the copy, then unlock as usual.',
          'use_key_copy',
        )
      : failure(
          'key_file_damaged',
          `Linkbook’s key file and its copy are both damaged, so your records cannot be opened with them. Every backup keeps a key file of its own. ${RESTORE}`,
          'restore',
        );
  return error;
}
