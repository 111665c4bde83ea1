import { beforeEach, describe, expect, it } from 'vitest';
import { MAX_REMEMBERED_LAYOUTS, type ImportLayout } from '../../shared/imports';
import { vaultPerTest } from '../../tests/support/temp-vault';
import { write, type ServiceDeps } from '../services/deps';
import { getSettings } from '../services/settings';
import type { Session } from '../vault/vault';
import { rememberedLayouts, rememberLayout } from './layouts';

let session: Session;
let deps: ServiceDeps;
let clock = Date.parse('2026-11-24T09:00:00Z');
const vault = vaultPerTest();
beforeEach(async () => {
  session = vault.session;
  deps = { db: session.db, now: () => new Date((clock += 60_000)), newId: () => crypto.randomUUID() };
});

const layout = (headerRow: number): ImportLayout<string> => ({
  sheet: 'Services',
  headerRow,
  mapping: { name: 0 },
  fixed: {},
  values: {},
});
const remember = (area: string, fingerprint: string, headerRow: number) =>
  write(deps, (tx, audit, at) => rememberLayout(tx, audit, at, area, fingerprint, layout(headerRow)));

describe('remembered layouts', () => {
  it('are kept per import and per layout, the newest replacing the same layout', () => {
    remember('directory', 'a', 1);
    remember('attendance', 'a', 2);
    remember('directory', 'a', 3);
    expect(rememberedLayouts(deps.db, 'directory')).toMatchObject({ a: { headerRow: 3 } });
    expect(rememberedLayouts(deps.db, 'attendance')).toMatchObject({ a: { headerRow: 2 } });
    expect(rememberedLayouts(deps.db, 'returns')).toEqual({});
    // Kept beside the settings, never among them.
    expect(Object.keys(getSettings(deps.db))).not.toContain('importLayouts');
  });

  it('forget the least recently used past the limit', () => {
    for (let n = 0; n <= MAX_REMEMBERED_LAYOUTS; n++) remember('directory', `layout-${n}`, 1);
    const kept = Object.keys(rememberedLayouts(deps.db, 'directory'));
    expect(kept).toHaveLength(MAX_REMEMBERED_LAYOUTS);
    expect(kept).not.toContain('layout-0');
    expect(kept).toContain(`layout-${MAX_REMEMBERED_LAYOUTS}`);
  });
});
