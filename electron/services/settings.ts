import { eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import { fail } from '../../shared/errors';
import {
  DEFAULT_IDLE_LOCK_MINUTES,
  DEFAULT_SMALL_NUMBER_THRESHOLD,
  DEFAULT_WELLBEING_SCALE,
  logoTypes,
  MAX_LOGO_BYTES,
  settingsFields,
  type SchoolLogo,
  type setLogoInput,
  type Settings,
} from '../../shared/settings';
import { settings } from '../db/schema';
import type { Db } from '../db/connection';
import { sniffMediaType } from './attachments';
import { write, type ServiceDeps } from './deps';

const keys = Object.keys(settingsFields.shape) as (keyof Settings)[];
const defaults: Settings = {
  schoolName: '',
  workerName: '',
  idleLockMinutes: DEFAULT_IDLE_LOCK_MINUTES,
  wellbeingScale: DEFAULT_WELLBEING_SCALE,
  smallNumberThreshold: DEFAULT_SMALL_NUMBER_THRESHOLD,
};
/** The logo lives in the same key/value table, under its own key, so settings.get never carries it. */
const LOGO_KEY = 'schoolLogo';

export function getSettings(db: Db): Settings {
  const rows = db.select().from(settings).where(inArray(settings.key, keys)).all();
  const stored = Object.fromEntries(rows.map((row) => [row.key, JSON.parse(row.value) as unknown]));
  return { ...defaults, ...stored };
}

export function updateSettings(deps: ServiceDeps, changes: Partial<Settings>): Settings {
  write(deps, (tx, audit) => {
    for (const [key, value] of Object.entries(changes)) {
      if (value === undefined) continue;
      tx.insert(settings)
        .values({ key, value: JSON.stringify(value) })
        .onConflictDoUpdate({ target: settings.key, set: { value: JSON.stringify(value) } })
        .run();
      audit('update', 'settings', key);
    }
  });
  return getSettings(deps.db);
}

export function getLogo(db: Db): SchoolLogo | null {
  const row = db.select().from(settings).where(eq(settings.key, LOGO_KEY)).get();
  return row ? (JSON.parse(row.value) as SchoolLogo) : null;
}

export function setLogo(deps: ServiceDeps, input: z.output<typeof setLogoInput>): SchoolLogo {
  const data = Buffer.from(input.dataBase64, 'base64');
  if (data.length === 0)
    fail('invalid_input', 'That image is empty.', {
      fields: { dataBase64: 'Choose an image that is not empty.' },
    });
  if (data.length > MAX_LOGO_BYTES)
    fail('invalid_input', 'The logo can be at most 1 MB.', {
      fields: { dataBase64: 'This image is larger than 1 MB. Choose a smaller one.' },
    });
  // The type is read from the bytes, so a renamed file (or anything else) is never stored as a logo.
  const actual = sniffMediaType(data);
  if (actual !== input.mimeType)
    fail('invalid_input', `This file is not a real ${logoTypes[input.mimeType]}.`, {
      fields: { dataBase64: 'Choose a PNG or JPEG image.' },
    });
  const logo: SchoolLogo = { mimeType: actual, dataBase64: data.toString('base64') };
  write(deps, (tx, audit) => {
    const value = JSON.stringify(logo);
    tx.insert(settings)
      .values({ key: LOGO_KEY, value })
      .onConflictDoUpdate({ target: settings.key, set: { value } })
      .run();
    audit('update', 'settings', LOGO_KEY);
  });
  return logo;
}

export function removeLogo(deps: ServiceDeps): null {
  write(deps, (tx, audit) => {
    const removed = tx.delete(settings).where(eq(settings.key, LOGO_KEY)).run();
    if (removed.changes > 0) audit('delete', 'settings', LOGO_KEY);
  });
  return null;
}
