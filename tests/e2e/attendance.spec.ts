import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { look } from './support/axe';
import { expect, test } from './support/fixtures';
import { tabTo } from './support/keyboard';
import { callApi } from './pages/add-contact';
import { VaultScreens } from './pages/vault';
import { sampleChild, sampleFamily } from '../support/sample-family';

const SUMMARY = resolve('tests/fixtures/attendance-e2e/summary-autumn.csv');
const MARKS = resolve('tests/fixtures/attendance-e2e/marks-autumn.xlsx');

/**
 * Three families: Arjun matched by his UPN, Zofia by name and date of birth only nearly (the export adds a
 * middle name), Layla by UPN with support begun on Monday 12 October 2026, when her case opened.
 */
async function caseload(page: Page): Promise<{ kowalski: string; haddad: string }> {
  const one = (familyName: string, child: Parameters<typeof sampleChild>[0]) =>
    callApi(
      page,
      'families.create',
      sampleFamily({ familyName, children: [sampleChild(child)] }),
    ) as Promise<{
      id: string;
    }>;
  await one('Patel family', {
    name: 'Arjun Patel',
    preferredName: '',
    dateOfBirth: '2016-07-14',
    pupilId: 'A801200012345',
  });
  const kowalski = await one('Kowalski family', {
    name: 'Zofia Kowalska',
    preferredName: '',
    dateOfBirth: '2015-02-03',
    pupilId: '',
  });
  const haddad = await one('Haddad family', {
    name: 'Layla Haddad',
    preferredName: '',
    dateOfBirth: '2017-04-09',
    pupilId: 'C801200054321',
  });
  await callApi(page, 'cases.open', { familyId: haddad.id, on: '2026-10-12', note: '' });
  return { kowalski: kowalski.id, haddad: haddad.id };
}

/** A headline figure by its exact label ("Persistently absent" is not "No longer persistently absent"). */
const figure = (page: Page, label: string) =>
  page
    .locator('.figure-card')
    .filter({ has: page.getByText(label, { exact: true }) })
    .locator('dd');

async function start(page: Page, url: string) {
  const vault = new VaultScreens(page);
  await vault.open(url);
  await vault.create();
  await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible({ timeout: 20_000 });
  return caseload(page);
}

test('a summary export is imported by keyboard alone, a pupil confirmed, and the child flagged persistently absent on the attendance list, the caseload and the family', async ({
  page,
  linkbook,
}) => {
  test.setTimeout(300_000);
  const { kowalski } = await start(page, linkbook.url);

  // To Attendance by keyboard: children on the caseload, no figures yet.
  await tabTo(page, 'Attendance');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Attendance', level: 1 })).toBeVisible();
  await expect(page.getByText('No attendance figures yet.')).toBeVisible();
  await look(page, 'attendance-empty', 'attendance, no figures');

  await tabTo(page, 'Import attendance');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Import attendance', level: 1 })).toBeVisible();
  await look(page, 'attendance-import-choose', 'attendance import: choose a file');
  await page.getByLabel('Spreadsheet').setInputFiles(SUMMARY);
  await tabTo(page, 'Read the spreadsheet');
  await page.keyboard.press('Enter');

  // The title and date lines are passed over: the headings are on row 4.
  await expect(
    page.getByRole('heading', { name: 'Step 2 of 4: choose the sheet and the heading row' }),
  ).toBeFocused();
  await expect(page.getByLabel('Row with the column headings')).toHaveValue('4');
  await look(page, 'attendance-import-sheet', 'attendance import: sheet and heading row');
  await tabTo(page, 'Next: match the columns');
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { name: /^Step 3 of 4/ })).toBeFocused();
  await expect(page.getByLabel(/^Totals for each pupil/)).toBeChecked();
  await expect(page.getByLabel('Possible sessions', { exact: true })).toHaveValue('4');
  await expect(page.getByLabel('Register code', { exact: true })).toHaveCount(0);
  // The dates come from the "Date range" line above the headings.
  await expect(page.getByLabel('First day')).toHaveValue('01/09/2026');
  await expect(page.getByLabel('Last day')).toHaveValue('20/11/2026');
  await look(page, 'attendance-import-map-summary', 'attendance import: shape and columns');
  await tabTo(page, 'Show what will be imported');
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { name: 'Step 4 of 4: check and import' })).toBeFocused();
  await expect(figure(page, 'Pupils in the file')).toHaveText('3');
  await expect(figure(page, 'Matched to children on the caseload')).toHaveText('1');
  await expect(figure(page, 'Not on the caseload (counted only)')).toHaveText('1');
  const confirm = page.getByRole('group', { name: /Zofia/ });
  await expect(confirm).toContainText('The date of birth matches and the names are nearly the same.');
  await look(page, 'attendance-import-check-summary', 'attendance import: check, a pupil to confirm');

  // Importing before answering is refused, beside the question.
  await tabTo(page, 'Import attendance');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toContainText('choose which child this is, or leave the pupil out');
  await tabTo(page, /^Zofia Kowalska, born 03\/02\/2015/);
  await page.keyboard.press('Space');
  await expect(confirm.getByLabel(/^Zofia Kowalska, born 03\/02\/2015/)).toBeChecked();
  // The totals row at the bottom is no pupil: the worker agrees to leave it out.
  await expect(page.getByRole('region', { name: 'Rows that cannot be read (1)' })).toContainText('Row 8:');
  await tabTo(page, 'Leave out this row');
  await page.keyboard.press('Space');
  await tabTo(page, 'Import attendance');
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { name: 'Import finished' })).toBeFocused({ timeout: 30_000 });
  const report = page.getByRole('status').filter({ hasText: 'imported for' });
  await expect(report).toContainText('Attendance for 01/09/2026 to 20/11/2026 imported for 2 children');
  await expect(figure(page, 'Confirmed by you')).toHaveText('1');
  await look(page, 'attendance-import-report-summary', 'attendance import: report');

  // The caseload's attendance: Zofia (83.6%) is persistently absent and sorts first, lowest first.
  await tabTo(page, 'See the caseload’s attendance');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Attendance', level: 1 })).toBeVisible();
  const zofia = page.getByRole('row', { name: /Zofia Kowalska/ });
  await expect(zofia).toContainText('83.6%');
  await expect(zofia).toContainText('Persistently absent');
  await expect(figure(page, 'Persistently absent (missing 10% or more)')).toHaveText('1');
  await look(page, 'attendance-caseload', 'attendance of the caseload');
  // The list by keyboard: Tab reaches the first child's row, Enter opens the family's Attendance tab.
  await tabTo(page, /^Zofia Kowalska/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/families/${kowalski}/attendance$`));
  await expect(page.getByRole('heading', { name: 'Kowalski family', level: 1 })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Attendance' })).toContainText(
    'Zofia Kowalska: Persistently absent',
  );
  await expect(page.getByRole('table', { name: 'Zofia Kowalska’s attendance' })).toContainText('83.6%');
  await look(page, 'attendance-family-summary', 'family attendance from a summary');

  // The caseload list flags the family too.
  await tabTo(page, 'Caseload');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('row', { name: /Kowalski family/ })).toContainText(
    'Zofia Kowalska: Persistently absent',
  );
  await expect(page.getByRole('row', { name: /Patel family/ })).not.toContainText('absent');
  await look(page, 'attendance-caseload-flags', 'caseload with attendance flags');
});

test('a register-marks workbook is imported, its layout remembered; the family sees weekly attendance with support’s start, before and after, and the penalty-notice threshold', async ({
  page,
  linkbook,
}) => {
  test.setTimeout(300_000);
  const { haddad } = await start(page, linkbook.url);

  await page.getByRole('link', { name: 'Attendance' }).click();
  await page.getByRole('link', { name: 'Import attendance' }).click();
  await page.getByLabel('Spreadsheet').setInputFiles(MARKS);
  await page.getByRole('button', { name: 'Read the spreadsheet' }).click();

  // The notes sheet is passed over for the one holding the table, and the title line for the headings.
  await expect(page.getByLabel('Sheet')).toHaveValue('Marks');
  await expect(page.getByLabel('Row with the column headings')).toHaveValue('3');
  await page.getByRole('button', { name: 'Next: match the columns' }).click();

  await expect(page.getByLabel(/^Register marks, one column per date/)).toBeChecked();
  await expect(page.getByRole('status').filter({ hasText: 'columns of register marks' })).toHaveText(
    '100 columns of register marks found, from “Mon 07/09/2026 AM” to “Fri 20/11/2026 PM”.',
  );
  await expect(page.getByLabel('Possible sessions', { exact: true })).toHaveCount(0);
  await look(page, 'attendance-import-map-marks', 'attendance import: register marks');
  // Called totals, the file lacks their columns: said beside each field, and nothing moves on.
  await page.getByLabel(/^Totals for each pupil/).check();
  await page.getByRole('button', { name: 'Show what will be imported' }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await expect(page.getByLabel('Possible sessions', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator(':focus')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('heading', { name: /^Step 3 of 4/ })).toBeVisible();
  await look(page, 'attendance-import-map-errors', 'attendance import: what the mapping lacks');
  await page.getByLabel(/^Register marks, one column per date/).check();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.getByRole('button', { name: 'Show what will be imported' }).click();

  await expect(page.getByRole('heading', { name: 'Step 4 of 4: check and import' })).toBeFocused();
  await expect(figure(page, 'Register marks read')).toHaveText('100');
  // Ewan's one unknown mark is reported with its date, never guessed; his row is left out.
  await expect(page.getByRole('region', { name: 'Rows that cannot be read (1)' })).toContainText(
    'Row 5: “Q9” (Thu 10/09/2026 PM) is not one of England',
  );
  await look(page, 'attendance-import-check-marks', 'attendance import: check register marks');
  await page.getByLabel('Leave out this row and import the rest').check();
  await page.getByRole('button', { name: 'Import attendance' }).click();
  await expect(page.getByRole('heading', { name: 'Import finished' })).toBeFocused({ timeout: 30_000 });
  await expect(page.getByRole('status').filter({ hasText: 'imported for' })).toContainText(
    'imported for 1 child',
  );

  // Layla's page: the chart with support's start marked, and before and after over equal school time.
  await page.goto(new URL(`/families/${haddad}/attendance`, linkbook.url).href);
  await expect(page.getByRole('heading', { name: 'Haddad family', level: 1 })).toBeVisible({
    timeout: 20_000,
  });
  await expect(page.getByRole('list', { name: 'Attendance' })).toContainText(
    'Layla Haddad: Persistently absent',
  );
  const chart = page.locator('figure.weekly-chart');
  await expect(chart).toContainText('support began 12/10/2026, marked on the chart');
  await expect(chart.locator('svg')).toContainText('Support began');
  await expect(
    page.getByText(/Over 25 school days each side of 12\/10\/2026: 70% before, 90% after \(up 20 points\)/),
  ).toBeVisible();
  await expect(page.locator('.recent-unauthorised')).toContainText(
    'That reaches the 10 sessions at which a penalty notice is considered.',
  );
  await chart.getByText('Show the weekly figures as a table').click();
  await expect(chart.getByRole('row', { name: /07\/09\/2026/ })).toContainText('70%');
  await look(page, 'attendance-family-marks', 'family attendance with the weekly chart');
  // The whole page's picture has the fixed top bar drawn over it part way down: the threshold and chart as seen.
  await page
    .locator('.recent-unauthorised')
    .evaluate((element) => element.scrollIntoView({ block: 'start' }));
  await page.mouse.wheel(0, -120);
  await page.screenshot({ path: 'test-results/screens/attendance-family-marks-chart.png' });

  // Any range: the five weeks before support.
  await page.getByLabel('First day').fill('07/09/2026');
  await page.getByLabel('Last day').fill('09/10/2026');
  await page.getByRole('button', { name: 'Show these dates' }).click();
  await expect(
    page
      .getByRole('table', { name: 'Layla Haddad’s attendance', exact: true })
      .getByRole('row', { name: /07\/09\/2026 to 09\/10\/2026/ }),
  ).toContainText('70%');

  // Next term's export, same layout: straight to the check, set up as last time, naming what it replaces.
  await page.goto(new URL('/attendance/import', linkbook.url).href);
  await page.getByLabel('Spreadsheet').setInputFiles(MARKS);
  await page.getByRole('button', { name: 'Read the spreadsheet' }).click();
  await expect(page.getByRole('heading', { name: 'Step 4 of 4: check and import' })).toBeFocused();
  await expect(page.getByText('Set up as last time.')).toBeVisible();
  await expect(page.getByRole('note')).toContainText('This import replaces figures already held for 1 child');
  await expect(page.getByRole('note')).toContainText('07/09/2026 to 20/11/2026');
  await look(page, 'attendance-import-remembered', 'attendance import: remembered layout');
});
