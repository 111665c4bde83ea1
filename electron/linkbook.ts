import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import type { ParsedInput, MethodName, Output } from '../shared/api';
import { fail } from '../shared/errors';
import { getSettings, updateSettings } from './services/settings';
import { recordHandlers } from './handlers';
import type { ServiceDeps } from './services/deps';
import { UnlockAttempts } from './vault/attempts';
import type { ScryptParams } from './vault/keys';
import { vaultPaths } from './vault/paths';
import { backupVault, describeBackup, describeBackups } from './vault/backup';
import {
  changePassphrase,
  closeSession,
  createVault,
  DamagedVaultError,
  openVault,
  restoreBackup,
  UnusableBackupError,
  vaultExists,
  WrongSecretError,
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

/**
 * The running app behind every transport: the vault's state (locked or not), the idle clock, and the
 * handler for each method in the contract. Electron's IPC and browser mode's HTTP server both call this.
 */
export class Linkbook {
  private session: Session | null = null;
  private readonly attempts = new UnlockAttempts();
  private readonly vault: VaultOptions;
  private readonly now: () => Date;
  private readonly newId: () => string;
  private lastActivity: number;
  private readonly lockListeners = new Set<() => void>();
  /** Vault operations run one at a time: a double-clicked Unlock must not open two handles. */
  private vaultQueue: Promise<unknown> = Promise.resolve();

  constructor(options: LinkbookOptions) {
    this.now = options.now ?? (() => new Date());
    this.newId = options.newId ?? randomUUID;
    this.vault = {
      paths: vaultPaths(options.dataDir),
      migrationsFolder: options.migrationsFolder,
      now: this.now,
      ...(options.scrypt ? { scrypt: options.scrypt } : {}),
    };
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
  lockIfIdle(): boolean {
    if (!this.session) return false;
    const minutes = getSettings(this.session.db).idleLockMinutes;
    if (this.now().getTime() - this.lastActivity < minutes * 60_000) return false;
    this.lock();
    return true;
  }

  lock(): void {
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
   * Opens a session with the worker's secret, as unlocking and restoring both do: repeated wrong secrets
   * make the worker wait, a wrong one is said next to its field, and a damaged vault says what to do.
   */
  private async withSecret(
    method: 'passphrase' | 'recoveryKey',
    open: () => Promise<Session>,
  ): Promise<void> {
    const wait = this.attempts.retryAfterSeconds(this.now());
    if (wait > 0) {
      fail('too_many_attempts', `Too many wrong tries. Wait ${wait} seconds, then try again.`, {
        retryAfterSeconds: wait,
      });
    }
    try {
      this.session = await open();
    } catch (error) {
      if (error instanceof DamagedVaultError)
        fail(
          'vault_damaged',
          'Linkbook’s records did not pass their check as they opened. Restore the latest backup: nothing in the backups has changed.',
        );
      if (!(error instanceof WrongSecretError)) throw error;
      this.attempts.recordFailure(this.now());
      const what = method === 'passphrase' ? 'passphrase' : 'recovery key';
      fail('wrong_secret', `That ${what} does not open this vault. Check it and try again.`, {
        fields: { secret: `That ${what} is not right.` },
        retryAfterSeconds: this.attempts.retryAfterSeconds(this.now()),
      });
    }
    this.attempts.recordSuccess();
    this.touch();
  }

  private deps(): ServiceDeps {
    if (!this.session) fail('locked', 'Linkbook is locked. Unlock it to carry on.');
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
        );
        this.session = session;
        updateSettings(this.deps(), { schoolName: input.schoolName, workerName: input.workerName });
        return { recoveryKey };
      }),
    'vault.unlock': (input) =>
      this.exclusive(async () => {
        if (!vaultExists(this.vault.paths)) fail('no_vault', 'There is no vault yet. Create one first.');
        if (this.session) return null;
        await this.withSecret(input.method, () => openVault(this.vault, input.method, input.secret));
        return null;
      }),
    'vault.backups': () => describeBackups(this.vault.paths.backups),
    'vault.backupNow': () =>
      this.exclusive(async () => {
        const session = this.session;
        if (!session) fail('locked', 'Linkbook is locked. Unlock it to carry on.');
        const file = backupVault(
          session.sqlite,
          session.key,
          this.vault.paths.backups,
          'on-demand',
          this.now(),
        );
        return describeBackup(this.vault.paths.backups, basename(file));
      }),
    'vault.restore': (input) =>
      this.exclusive(async () => {
        if (!vaultExists(this.vault.paths)) fail('no_vault', 'There is no vault yet. Create one first.');
        // The records on screen are about to be replaced: every window goes back to its lock screen.
        this.lock();
        try {
          await this.withSecret(input.method, () =>
            restoreBackup(this.vault, input.file, input.method, input.secret),
          );
        } catch (error) {
          if (!(error instanceof UnusableBackupError)) throw error;
          fail('invalid_input', error.message, { fields: { file: error.message } });
        }
        return null;
      }),
    'vault.lock': () => {
      this.lock();
      return null;
    },
    'vault.changePassphrase': (input) =>
      this.exclusive(async () => {
        const session = this.session;
        if (!session) fail('locked', 'Linkbook is locked. Unlock it to carry on.');
        try {
          await changePassphrase(this.vault, session, input.current, input.next);
        } catch (error) {
          if (!(error instanceof WrongSecretError)) throw error;
          fail('wrong_secret', 'Your current passphrase is not right.', {
            fields: { current: 'This is not your current passphrase.' },
          });
        }
        return null;
      }),

    ...recordHandlers(() => this.deps()),
  };
}
