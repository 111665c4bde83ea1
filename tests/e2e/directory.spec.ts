import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { look, snap } from './support/axe';
import { expect, test } from './support/fixtures';
import { printToPdf } from './support/pdf';
import { tabTo } from './support/keyboard';
import { day, FamilyCasework } from './pages/casework';
import { FamilyForm } from './pages/family-form';
import { VaultScreens } from './pages/vault';
import { UNTIDY_SHEET, untidyDirectory } from '../support/untidy-directory';

const SAMPLE = resolve('tests/fixtures/directory-services.csv');

test('the school’s directory is imported, filtered and checked; a family is signposted and the outcome reaches the chronology; a leaflet prints', async ({
  page,
  linkbook,
}) => {
  test.setTimeout(420_000);
  const vault = new VaultScreens(page);
  await vault.open(linkbook.url);
  await vault.create();
  await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible({ timeout: 20_000 });

  // 1. To the Directory by keyboard: it starts empty, saying what to do.
  await tabTo(page, 'Directory');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Directory of services', level: 1 })).toBeVisible();
  await expect(page.getByText('The directory is empty.')).toBeVisible();
  await look(page, 'directory-empty', 'empty directory');

  // 2. The import wizard, by keyboard: choose the file, match the columns, check, confirm.
  await tabTo(page, 'Import from a spreadsheet');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Import services from a spreadsheet' })).toBeVisible();
  await look(page, 'directory-import-choose', 'import: choose a file');
  await page.getByLabel('Spreadsheet').setInputFiles(SAMPLE);
  await tabTo(page, 'Read the spreadsheet');
  await page.keyboard.press('Enter');
  // A CSV has one sheet, its headings in the first row: the guess is right, so Next.
  await expect(
    page.getByRole('heading', { name: 'Step 2 of 4: choose the sheet and the heading row' }),
  ).toBeFocused();
  await expect(page.getByLabel('Row with the column headings')).toHaveValue('1');
  await tabTo(page, 'Next: match the columns');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Step 3 of 4: match the columns' })).toBeFocused();
  await expect(page.getByText('17 rows below the headings in row 1')).toBeVisible();
  // The sample's own headings are matched already; Languages and Notes are not in it.
  await expect(page.getByLabel('Service name', { exact: true })).toHaveValue('0');
  await expect(page.getByLabel('Categories and indicators', { exact: true })).toHaveValue('11');
  await expect(page.getByLabel('Languages', { exact: true })).toHaveValue('');
  await look(page, 'directory-import-map', 'import: match the columns');
  await tabTo(page, 'Show what will be imported');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Step 4 of 4: check and import' })).toBeFocused();
  await expect(page.getByText('15 of 17 rows can be imported.')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Preview of the services to import' })).toContainText(
    'Talk Time Helpline',
  );
  const unreadable = page.getByRole('region', { name: 'Rows that cannot be read (2)' });
  await expect(unreadable).toContainText('Row 14: “31/02/2025” is not a real date as DD/MM/YYYY.');
  await expect(unreadable).toContainText('Row 17: It has no service name');
  await expect(page.getByRole('region', { name: 'Possible duplicates (1)' })).toContainText(
    'Row 12: Craigton Food Larder (Craigton Churches Together) is also on row 11.',
  );
  await look(page, 'directory-import-check', 'import: check');
  // Nothing is written while rows that cannot be read are not agreed to be left out.
  await tabTo(page, 'Import 14 services');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toContainText('Agree to leave out the rows that cannot be read');
  await tabTo(page, 'Leave out these 2 rows');
  await page.keyboard.press('Space');
  await tabTo(page, 'Import 14 services');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Import finished' })).toBeFocused({ timeout: 20_000 });
  await expect(page.getByRole('status').filter({ hasText: 'added' })).toContainText(
    '14 services added, 1 duplicate skipped.',
  );
  await look(page, 'directory-import-done', 'import: finished');
  await page.getByRole('link', { name: 'Go to the directory' }).click();

  // 3. The list, filtered by category, area, referral route and free text.
  await expect(page.getByText('14 services', { exact: false }).first()).toBeVisible();
  await look(page, 'directory-list', 'directory list');
  await page.getByLabel('Category').selectOption('Food');
  await expect(page.getByRole('status').filter({ hasText: 'match' })).toHaveText(/^1 service match/);
  await expect(page.getByRole('row')).toHaveCount(2);
  await expect(page.getByRole('link', { name: 'Craigton Food Larder' })).toBeVisible();
  await page.getByLabel('Category').selectOption('');
  await page.getByLabel('Area').selectOption('regional');
  await expect(page.getByRole('row')).toHaveCount(3);
  await page.getByLabel('How to refer').selectOption('professional');
  await expect(page.getByRole('row')).toHaveCount(3);
  await page.getByLabel('Wellbeing indicator').selectOption('nurtured');
  await expect(page.getByRole('row')).toHaveCount(2);
  await expect(page.getByRole('link', { name: 'Young Carers Club' })).toBeVisible();
  await page.getByLabel('Area').selectOption('');
  await page.getByLabel('How to refer').selectOption('');
  await page.getByLabel('Wellbeing indicator').selectOption('');
  await page.getByLabel('Find a service').fill('volunteers');
  await expect(page.getByRole('row')).toHaveCount(2);
  await expect(page.getByRole('link', { name: 'Home Visiting Volunteers' })).toBeVisible();
  await page.getByLabel('Find a service').fill('');
  await page.getByLabel('Stale only').check();
  // The Lone Parent Line was never checked, so it is stale whatever today is.
  await expect(page.getByRole('row', { name: /Lone Parent Line/ })).toContainText('Stale');
  await snap(page, 'directory-stale');
  await page.getByLabel('Stale only').uncheck();

  // Rows move with the arrow keys and open with Enter.
  await page
    .getByRole('row', { name: /Talk Time Helpline/ })
    .first()
    .focus();
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/directory\/[0-9a-f-]+$/);
  await expect(page.getByRole('link', { name: 'Back to the directory' })).toBeVisible();
  await page.getByRole('link', { name: 'Back to the directory' }).click();

  // 4. Today lists the entries to check; one click marks one checked, and Undo puts it back.
  await page.getByRole('link', { name: 'Today' }).click();
  const toCheck = page.getByRole('region', { name: 'Directory entries to check' });
  await expect(toCheck.getByRole('link', { name: 'Lone Parent Line' })).toBeVisible();
  await look(page, 'today-directory-to-check', 'Today with entries to check');
  await toCheck.getByRole('button', { name: /Mark as checked\W+Lone Parent Line/ }).click();
  await expect(page.getByText('Lone Parent Line marked as checked today.')).toBeVisible();
  await expect(toCheck.getByRole('link', { name: 'Lone Parent Line' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(toCheck.getByRole('link', { name: 'Lone Parent Line' })).toBeVisible();
  await toCheck.getByRole('button', { name: /Mark as checked\W+Lone Parent Line/ }).click();
  await expect(toCheck.getByRole('link', { name: 'Lone Parent Line' })).toHaveCount(0);

  // 5. The app's one search finds a service and opens it.
  await page.keyboard.press('Control+k');
  await page.keyboard.type('larder');
  await expect(page.getByRole('option', { name: /Service\W+Craigton Food\W+Larder/ })).toBeVisible();
  // Enter opens the first result only once the results are for all that was typed, not for "larde".
  await expect(page.getByRole('status').filter({ hasText: 'for “larder”' })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Craigton Food Larder', level: 1 })).toBeVisible();
  await expect(page.getByText('Low-cost food shop, £4 for 10 items; referral not needed')).toBeVisible();
  await look(page, 'directory-service', 'service page');
  await page.getByRole('button', { name: 'Edit' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit Craigton Food Larder' });
  await expect(edit).toBeVisible();
  await edit.getByLabel('Languages').fill('English, Polish, Urdu');
  await look(page, 'directory-service-edit', 'edit a service');
  await page.keyboard.press('Control+s');
  await expect(edit).toBeHidden();
  await expect(page.getByText('English, Polish, Urdu')).toBeVisible();

  // 6. A family is signposted to the larder from its Overview, and the outcome recorded later.
  await page.getByRole('link', { name: 'Caseload' }).click();
  await page.getByRole('button', { name: 'Add a family' }).click();
  const form = new FamilyForm(page);
  await page.getByLabel('Family name').fill('Dąbrowski family');
  await form
    .carer(0)
    .getByRole('button', { name: /Remove/ })
    .click();
  await form.fillChild(0, { name: 'Zoë Dąbrowska', dateOfBirth: '14/03/2016', yearGroup: 'Year 4' });
  await form.save();
  await expect(page.getByRole('heading', { name: 'Dąbrowski family', level: 1 })).toBeVisible();
  const services = page.getByRole('region', { name: 'Services', exact: true });
  await expect(services).toContainText('Not signposted or referred to any service yet.');
  await services.getByRole('button', { name: 'Signpost or refer to a service' }).click();
  const signpost = page.getByRole('dialog', { name: 'Signpost or refer to a service' });
  await signpost.getByRole('button', { name: 'Record it' }).click();
  await expect(signpost.getByRole('alert')).toContainText('Choose a service.');
  // What the list shows as chosen is what is chosen: nothing yet, until a service is picked.
  await expect(signpost.getByLabel(/Services \(/).locator('option:checked')).toHaveText(
    'No service chosen yet',
  );
  await signpost.getByLabel('Find a service').fill('food');
  await expect(signpost.getByLabel(/Services \(1 found\)/)).toBeVisible();
  await signpost.getByLabel(/Services \(/).focus();
  await expect(signpost.getByLabel(/Services \(/).locator('option:checked')).toHaveText(
    'No service chosen yet',
  );
  await signpost
    .getByLabel(/Services \(/)
    .selectOption({ label: 'Craigton Food Larder (Craigton Churches Together)' });
  await signpost.getByLabel('Note (optional)').fill('Gave Mrs Dąbrowska the leaflet; she will go on Friday.');
  await look(page, 'signpost-dialog', 'signpost dialog');
  await signpost.getByRole('button', { name: 'Record it' }).click();
  await expect(signpost).toBeHidden();
  await expect(services).toContainText('Craigton Food Larder (Craigton Churches Together)');
  await expect(services).toContainText('Not yet recorded');
  await services.getByRole('button', { name: /Record the outcome\W+Craigton Food Larder/ }).click();
  const outcome = page.getByRole('dialog', { name: 'Outcome: Craigton Food Larder' });
  await outcome.getByLabel('Engaged').check();
  await outcome.getByLabel('Note (optional)').fill('Goes every Friday now.');
  await look(page, 'signpost-outcome-dialog', 'outcome dialog');
  await outcome.getByRole('button', { name: 'Save the outcome' }).click();
  await expect(outcome).toBeHidden();
  await expect(services).toContainText(`Engaged, ${day(0).shown}. Goes every Friday now.`);
  await look(page, 'family-services', 'family overview with services');

  const family = new FamilyCasework(page);
  await family.openTab('Chronology');
  await expect(
    page.getByText('Signposted to Craigton Food Larder (Craigton Churches Together)'),
  ).toBeVisible();
  await expect(
    page.getByText(/Outcome: engaged \(\d{2}\/\d{2}\/\d{4}\)\. Goes every Friday now\./),
  ).toBeVisible();
  await snap(page, 'family-chronology-signpost');

  // 7. A leaflet for the parent: three services, one A4 page in plain English.
  await page.getByRole('link', { name: 'Directory' }).click();
  await page.getByRole('link', { name: 'Print a leaflet' }).click();
  await expect(page.getByRole('heading', { name: 'Print a leaflet for a parent' })).toBeVisible();
  await page.getByRole('button', { name: 'Show the leaflet' }).click();
  await expect(page.getByRole('alert')).toHaveText('Choose at least one service for the leaflet.');
  for (const name of [
    'Craigton Food Larder (Craigton Churches Together)',
    'Money and Benefits Advice (Craigton office) (Craigton Advice Centre)',
    'Parent Talk',
    'Home Visiting Volunteers (Fàilte Family Support)',
  ])
    await page.getByLabel(name, { exact: true }).check();
  await look(page, 'leaflet-choose', 'leaflet: choose services');
  await page.getByRole('button', { name: 'Show the leaflet' }).click();
  await expect(page.getByRole('heading', { name: 'Services that can help', level: 1 })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(
    page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 2 }) }),
  ).toHaveCount(4);
  await look(page, 'leaflet-screen', 'leaflet print view');
  const { flowing: text, pages } = await printToPdf(page, 'leaflet');
  expect(pages).toHaveLength(1);
  expect(text).toContain('Craigton Primary School');
  expect(text).toContain('Services that can help');
  expect(text).toContain('You can contact them yourself, or ask us at school to refer you.');
  expect(text).toContain('Phone: 0808 157 0107');
  expect(text).not.toContain('Print');

  // 8. The directory exports to an Excel file with the same columns it imports.
  await page.getByRole('link', { name: 'Back to the directory' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export to Excel' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^Directory of services \d{4}-\d{2}-\d{2}\.xlsx$/);
  const saved = resolve('test-results/directory-export.xlsx');
  await download.saveAs(saved);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(saved) as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  expect((sheet.getRow(1).values as string[]).slice(1, 4)).toEqual([
    'Service',
    'Organisation',
    'What they offer',
  ]);
  expect(sheet.rowCount).toBe(15);
});

test('a directory kept the way schools keep them imports every row, and its layout is remembered for next time', async ({
  page,
  linkbook,
}, testInfo) => {
  test.setTimeout(240_000);
  const workbook = testInfo.outputPath('Family support directory.xlsx');
  writeFileSync(workbook, await untidyDirectory());
  const vault = new VaultScreens(page);
  await vault.open(linkbook.url);
  await vault.create();
  await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible({ timeout: 20_000 });
  await tabTo(page, 'Directory');
  await page.keyboard.press('Enter');
  await tabTo(page, 'Import from a spreadsheet');
  await page.keyboard.press('Enter');

  const readTheFile = async () => {
    await expect(page.getByRole('heading', { name: 'Step 1 of 4: choose the spreadsheet' })).toBeVisible();
    await page.getByLabel('Spreadsheet').setInputFiles(workbook);
    await tabTo(page, 'Read the spreadsheet');
    await page.keyboard.press('Enter');
  };
  await readTheFile();

  // The notes sheet and the title lines are passed over; the worker sees what was chosen and can change it.
  await expect(
    page.getByRole('heading', { name: 'Step 2 of 4: choose the sheet and the heading row' }),
  ).toBeFocused();
  await expect(page.getByLabel('Sheet', { exact: true })).toHaveValue(UNTIDY_SHEET);
  await expect(page.getByLabel('Row with the column headings')).toHaveValue('4');
  await look(page, 'directory-import-untidy-sheet', 'import: sheet and heading row');
  await tabTo(page, 'Next: match the columns');
  await page.keyboard.press('Enter');

  // "Organisation" names each service; sample values are shown beside each column.
  await expect(page.getByRole('heading', { name: 'Step 3 of 4: match the columns' })).toBeFocused();
  const mapping = page.getByRole('table', { name: 'Which column holds each detail' });
  await expect(page.getByLabel('Service name', { exact: true })).toHaveValue('0');
  await expect(mapping.getByRole('row', { name: /^Area covered/ })).toContainText(
    'Craigton · Govan and Ibrox · Riverside',
  );
  // Cost is not in the file: the same for every row, typed once.
  await page.getByLabel('Cost for every row').fill('Free');
  // The towns are matched to Local by keyboard; "Ring the office" stays a note.
  const areas = page.getByRole('table', { name: /Values under “Area covered”/ });
  for (const town of ['Craigton', 'Govan and Ibrox', 'Riverside', 'Southside']) {
    await areas.getByLabel(town, { exact: true }).focus();
    await areas.getByLabel(town, { exact: true }).selectOption('local');
  }
  const routes = page.getByRole('table', { name: /Values under “How to refer”/ });
  await expect(routes.getByLabel('Ring the office', { exact: true })).toHaveValue('note');
  await expect(routes.getByLabel('Via school or GP', { exact: true })).toHaveValue('professional');
  await look(page, 'directory-import-untidy-map', 'import: columns and values');
  await tabTo(page, 'Show what will be imported');
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { name: 'Step 4 of 4: check and import' })).toBeFocused();
  await expect(page.getByText('11 of 11 rows can be imported.')).toBeVisible();
  const preview = page.getByRole('table', { name: 'Preview of the services to import' });
  await expect(preview.getByRole('row', { name: /Dąbrowski Polish Saturday School/ })).toContainText(
    'How to refer: Ring the office',
  );
  await look(page, 'directory-import-untidy-check', 'import: check the untidy file');
  await tabTo(page, 'Import 11 services');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'added' })).toContainText('11 services added.', {
    timeout: 20_000,
  });

  // Next term: the same layout goes straight to the check, as set last time. One click imports it.
  await tabTo(page, 'Import another spreadsheet');
  await page.keyboard.press('Enter');
  await readTheFile();
  await expect(page.getByRole('heading', { name: 'Step 4 of 4: check and import' })).toBeFocused();
  await expect(page.getByText('laid out like one you imported before')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Possible duplicates (11)' })).toBeVisible();
  await look(page, 'directory-import-untidy-remembered', 'import: remembered layout');
});
