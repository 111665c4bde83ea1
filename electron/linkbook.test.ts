import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from './dispatcher';
import type { Linkbook } from './linkbook';
import { PASSPHRASE, tempDir, testApp } from '../tests/support/temp-vault';

let dir: string;
let remove: () => void;
let clock: Date;
let app: Linkbook;
beforeEach(() => {
  ({ dir, remove } = tempDir());
  clock = new Date('2026-11-23T09:00:00Z');
  app = testApp(dir, () => clock);
});
afterEach(async () => {
  await app.close();
  remove();
});

const create = () =>
  dispatch(app, 'vault.create', {
    schoolName: 'Craigton Primary',
    workerName: 'Aisha Rahman',
    passphrase: PASSPHRASE,
    makeRecoveryKey: false,
  });
const unlock = (secret: string) => dispatch(app, 'vault.unlock', { method: 'passphrase', secret });
const advance = (seconds: number) => (clock = new Date(clock.getTime() + seconds * 1000));

describe('the vault’s life', () => {
  it('goes new → unlocked → locked → unlocked', async () => {
    expect(await dispatch(app, 'vault.status', {})).toEqual({
      ok: true,
      value: { state: 'new', retryAfterSeconds: 0 },
    });
    expect(await create()).toEqual({ ok: true, value: { recoveryKey: null } });
    expect(await dispatch(app, 'settings.get', {})).toEqual({
      ok: true,
      value: {
        schoolName: 'Craigton Primary',
        workerName: 'Aisha Rahman',
        idleLockMinutes: 10,
        wellbeingScale: 10,
        smallNumberThreshold: 5,
      },
    });
    await dispatch(app, 'vault.lock', {});
    expect(await dispatch(app, 'vault.status', {})).toMatchObject({ value: { state: 'locked' } });
    expect(await dispatch(app, 'families.list', {})).toMatchObject({ ok: false, error: { code: 'locked' } });
    expect(await unlock(PASSPHRASE)).toEqual({ ok: true, value: null });
    expect(await create()).toMatchObject({ ok: false, error: { code: 'vault_exists' } });
  });

  it('makes the worker wait longer after each wrong passphrase, from the third', async () => {
    await create();
    await app.lock();
    expect(await unlock('wrong passphrase one')).toMatchObject({
      error: { code: 'wrong_secret', retryAfterSeconds: 0 },
    });
    expect(await unlock('wrong passphrase two')).toMatchObject({
      error: { code: 'wrong_secret', retryAfterSeconds: 0 },
    });
    expect(await unlock('wrong passphrase three')).toMatchObject({
      error: { code: 'wrong_secret', retryAfterSeconds: 2 },
    });
    // Even the right passphrase is refused during the pause, so guessing cannot be hurried.
    expect(await unlock(PASSPHRASE)).toMatchObject({
      error: { code: 'too_many_attempts', retryAfterSeconds: 2 },
    });
    advance(2);
    expect(await unlock('wrong passphrase four')).toMatchObject({ error: { retryAfterSeconds: 4 } });
    advance(4);
    expect(await unlock(PASSPHRASE)).toEqual({ ok: true, value: null });
    await app.lock();
    expect(await unlock('a fresh typo here')).toMatchObject({ error: { retryAfterSeconds: 0 } });
  });

  it('locks by itself after the idle time set in settings, and not before', async () => {
    await create();
    await dispatch(app, 'settings.update', { idleLockMinutes: 5 });
    advance(4 * 60);
    expect(await app.lockIfIdle()).toBe(false);
    await dispatch(app, 'vault.status', {}); // the renderer's heartbeat while the worker is typing
    advance(4 * 60 + 59);
    expect(await app.lockIfIdle()).toBe(false);
    advance(1);
    let heard = false;
    app.onLock(() => (heard = true));
    expect(await app.lockIfIdle()).toBe(true);
    expect(heard).toBe(true);
    expect(app.isUnlocked).toBe(false);
  });

  it('changes the passphrase only when the current one is given', async () => {
    await create();
    expect(
      await dispatch(app, 'vault.changePassphrase', {
        current: 'not it at all',
        next: 'spring term passphrase',
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'wrong_secret', fields: { current: 'This is not your current passphrase.' } },
    });
    expect(
      await dispatch(app, 'vault.changePassphrase', { current: PASSPHRASE, next: 'short' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fields: { next: 'Use at least 12 characters, or 4 words.' } },
    });
    expect(
      await dispatch(app, 'vault.changePassphrase', { current: PASSPHRASE, next: 'spring term passphrase' }),
    ).toEqual({ ok: true, value: null });
    await app.lock();
    expect(await unlock(PASSPHRASE)).toMatchObject({ ok: false });
    expect(await unlock('spring term passphrase')).toEqual({ ok: true, value: null });
  });
});
