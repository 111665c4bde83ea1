import ExcelJS from 'exceljs';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildReturnsVault } from '../../tests/support/returns-vault';
import { vaultPerTest } from '../../tests/support/temp-vault';
import type { ServiceDeps } from './deps';
import { caseloadTracker, weeklyTracker } from './returnsTrackers';

let deps: ServiceDeps;
const vault = vaultPerTest();
beforeEach(() => {
  deps = {
    db: vault.session.db,
    now: () => new Date('2026-11-20T12:00:00Z'),
    newId: () => crypto.randomUUID(),
  };
  buildReturnsVault(deps);
});

async function rowsOf(dataBase64: string, sheet: string) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(dataBase64, 'base64') as unknown as ArrayBuffer);
  return Array.from(workbook.getWorksheet(sheet)!.getSheetValues(), (row) =>
    Array.isArray(row) ? row.slice(1) : [],
  );
}

describe('the weekly activity tracker', () => {
  it('counts contacts and events held from Monday 00:00 to Sunday 23:59, deleted and cancelled left out', async () => {
    const rows = await rowsOf((await weeklyTracker(deps, '2026-10-26')).dataBase64, 'Week');
    const row = (name: string) => rows.find((one) => one[0] === name);
    expect(rows[1]).toEqual(['Weekly activity tracker: Craigton Primary']);
    // Saturday 31/10 at 23:59 and Sunday 01/11 at 00:00 are both in the week.
    expect(row('Phone call')).toEqual(['Phone call', 1, 0.3]);
    expect(row('Home visit')).toEqual(['Home visit', 1, 0.5]);
    // 09:00 to 10:30 on Saturday and on Sunday; the parent group moved to the Sunday before is not.
    expect(row('Event: Coffee morning')).toEqual(['Event: Coffee morning', 2, 3]);
    expect(row('Event: Parent group')).toEqual(['Event: Parent group', 0, 0]);
    expect(row('Total')).toEqual(['Total', 4, 3.8]);

    const earlier = await rowsOf((await weeklyTracker(deps, '2026-10-05')).dataBase64, 'Week');
    expect(earlier.find((one) => one[0] === 'Home visit')).toEqual(['Home visit', 0, 0]);
    expect(earlier.find((one) => one[0] === 'Event: Craft club')).toEqual(['Event: Craft club', 0, 0]);
    expect(earlier.find((one) => one[0] === 'Total')).toEqual(['Total', 2, 2.2]);
  });
});

describe('the caseload tracker', () => {
  it('has one row per open case of an active family, with its referral, last contact and status', async () => {
    const rows = await rowsOf((await caseloadTracker(deps)).dataBase64, 'Caseload');
    const header = rows.findIndex((one) => one[0] === 'Family');
    const cases = rows.slice(header + 1).filter((one) => one.length > 0);
    expect(cases.map((one) => one[0])).toEqual(['Ahmed', 'Dąbrowski', 'Evans', 'Farah']);
    expect(cases[0]).toEqual([
      'Ahmed',
      '01/09/2026',
      'Opened without a referral',
      '',
      '',
      '01/11/2026',
      '',
      'Active',
    ]);
  });
});
