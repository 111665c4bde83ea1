import { beforeEach, describe, expect, it } from 'vitest';
import { listAuditInput } from '../../shared/audit';
import { ApiFailure, type ApiError } from '../../shared/errors';
import { setLogoInput, updateSettingsInput } from '../../shared/settings';
import { vaultPerTest } from '../../tests/support/temp-vault';
import type { Session } from '../vault/vault';
import { listAudit } from './audit';
import type { ServiceDeps } from './deps';
import { getLogo, getSettings, removeLogo, setLogo, updateSettings } from './settings';

/** A real one-pixel PNG and the first bytes of a JPEG: what a sniffer reads. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(200, 7)]);

let session: Session;
let deps: ServiceDeps;
const vault = vaultPerTest();
beforeEach(async () => {
  session = vault.session;
  deps = { db: session.db, now: () => new Date('2026-11-23T09:00:00Z'), newId: () => crypto.randomUUID() };
});

function refusal(work: () => unknown): ApiError {
  try {
    work();
  } catch (error) {
    if (error instanceof ApiFailure) return error.error;
    throw error;
  }
  throw new Error('It was not refused.');
}

describe('the Wellbeing Web scale', () => {
  it('is 1 to 10 until the school chooses 1 to 5, and stays chosen', () => {
    expect(getSettings(session.db).wellbeingScale).toBe(10);
    expect(updateSettings(deps, { wellbeingScale: 5 }).wellbeingScale).toBe(5);
    expect(getSettings(session.db)).toMatchObject({ wellbeingScale: 5, idleLockMinutes: 10 });
  });

  it('accepts only the two scales', () => {
    expect(updateSettingsInput.safeParse({ wellbeingScale: 7 }).error?.issues[0]?.message).toBe(
      'Choose a scale of 1 to 10 or 1 to 5.',
    );
    expect(updateSettingsInput.safeParse({ wellbeingScale: 5 }).success).toBe(true);
  });
});

describe('the school logo', () => {
  it('is stored in the vault, read back, replaced and removed, each change audited', () => {
    expect(getLogo(session.db)).toBeNull();
    setLogo(deps, { mimeType: 'image/png', dataBase64: PNG.toString('base64') });
    expect(getLogo(session.db)).toEqual({ mimeType: 'image/png', dataBase64: PNG.toString('base64') });
    // The logo never rides along with the ordinary settings.
    expect(Object.keys(getSettings(session.db))).not.toContain('schoolLogo');

    setLogo(deps, { mimeType: 'image/jpeg', dataBase64: JPEG.toString('base64') });
    expect(getLogo(session.db)?.mimeType).toBe('image/jpeg');

    expect(removeLogo(deps)).toBeNull();
    expect(getLogo(session.db)).toBeNull();
    removeLogo(deps); // removing nothing is harmless and not audited

    const trail = listAudit(deps, listAuditInput.parse({ tableName: 'settings', recordId: 'schoolLogo' }));
    expect(trail.rows.map((row) => row.action)).toEqual(['delete', 'update', 'update']);
  });

  it('refuses a file whose bytes are not the image it claims to be', () => {
    const pdf = Buffer.from('%PDF-1.4 not a logo').toString('base64');
    const error = refusal(() => setLogo(deps, { mimeType: 'image/png', dataBase64: pdf }));
    expect(error.message).toBe('This file is not a real PNG image.');
    expect(error.fields).toEqual({ dataBase64: 'Choose a PNG or JPEG image.' });
    // A real JPEG sent as a PNG is refused too: the bytes decide.
    expect(() => setLogo(deps, { mimeType: 'image/png', dataBase64: JPEG.toString('base64') })).toThrow(
      'not a real PNG',
    );
    expect(getLogo(session.db)).toBeNull();
  });

  it('refuses a logo over 1 MB, before and after it reaches the service', () => {
    const big = Buffer.concat([PNG, Buffer.alloc(1024 * 1024)]).toString('base64');
    expect(setLogoInput.safeParse({ mimeType: 'image/png', dataBase64: big }).error?.issues[0]?.message).toBe(
      'The logo can be at most 1 MB.',
    );
    const error = refusal(() => setLogo(deps, { mimeType: 'image/png', dataBase64: big }));
    expect(error.fields).toEqual({ dataBase64: 'This image is larger than 1 MB. Choose a smaller one.' });
    expect(setLogoInput.safeParse({ mimeType: 'image/gif', dataBase64: 'R0lG' }).success).toBe(false);
    expect(getLogo(session.db)).toBeNull();
  });
});
