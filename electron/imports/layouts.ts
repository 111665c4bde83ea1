import { eq } from 'drizzle-orm';
import { MAX_REMEMBERED_LAYOUTS, type ImportLayout } from '../../shared/imports';
import type { Db, Tx } from '../db/connection';
import { settings } from '../db/schema';
import type { Audit } from '../services/deps';

/**
 * Remembered layouts live in the settings table under one key (no schema change): per import, per
 * fingerprint of the header cells, the layout the worker last confirmed. Headings only, never a row's data.
 */
const LAYOUTS_KEY = 'importLayouts';

type Stored = Record<string, Record<string, ImportLayout<string> & { usedAt: string }>>;

function readAll(db: Db | Tx): Stored {
  const row = db.select().from(settings).where(eq(settings.key, LAYOUTS_KEY)).get();
  return row ? (JSON.parse(row.value) as Stored) : {};
}

/** The layouts an import (named by `area`, e.g. "directory") has remembered, by fingerprint. */
export function rememberedLayouts(db: Db, area: string): Record<string, ImportLayout<string>> {
  return readAll(db)[area] ?? {};
}

/** Called inside the import's own transaction, so a layout is remembered only with an import that happened. */
export function rememberLayout(
  tx: Tx,
  audit: Audit,
  at: string,
  area: string,
  fingerprint: string,
  layout: ImportLayout<string>,
): void {
  const all = readAll(tx);
  const entries = Object.entries({ ...all[area], [fingerprint]: { ...layout, usedAt: at } })
    .sort(([, a], [, b]) => b.usedAt.localeCompare(a.usedAt))
    .slice(0, MAX_REMEMBERED_LAYOUTS);
  const value = JSON.stringify({ ...all, [area]: Object.fromEntries(entries) });
  tx.insert(settings)
    .values({ key: LAYOUTS_KEY, value })
    .onConflictDoUpdate({ target: settings.key, set: { value } })
    .run();
  audit('update', 'settings', LAYOUTS_KEY);
}
