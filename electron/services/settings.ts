import { inArray } from 'drizzle-orm';
import { DEFAULT_IDLE_LOCK_MINUTES, settingsFields, type Settings } from '../../shared/settings';
import { settings } from '../db/schema';
import type { Db } from '../db/connection';
import { write, type ServiceDeps } from './deps';

const keys = Object.keys(settingsFields.shape) as (keyof Settings)[];
const defaults: Settings = { schoolName: '', workerName: '', idleLockMinutes: DEFAULT_IDLE_LOCK_MINUTES };

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
