import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ExcelJS from 'exceljs';
import PizZip from 'pizzip';
import type { Page } from '@playwright/test';
import { expectAccessible, snap } from './support/axe';
import { expect, test } from './support/fixtures';
import { callApi } from './pages/add-contact';
import { printToPdf } from './support/pdf';
import { VaultScreens } from './pages/vault';
import { sampleFamily } from '../support/sample-family';

const TEMPLATE = resolve('tests/fixtures/returns/authority-tagged.docx');

async function look(page: Page, name: string, screen: string): Promise<void> {
  await expectAccessible(page, screen);
  const sideways = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(sideways, `${screen} scrolls sideways`).toBeLessThanOrEqual(0);
  await snap(page, name);
}

/** A family on the caseload since September with three home visits and a phone call this autumn term. */
async function seed(page: Page): Promise<void> {
  await callApi(page, 'calendar.saveYear', {
    schoolYear: '2026/27',
    terms: [
      { name: 'Autumn term', startsOn: '2026-08-19', endsOn: '2026-12-18' },
      { name: 'Spring term', startsOn: '2027-01-06', endsOn: '2027-03-26' },
    ],
    closures: [],
  });
  const { id: familyId } = (await callApi(page, 'families.create', sampleFamily())) as { id: string };
  await callApi(page, 'cases.open', { familyId, on: '2026-09-07', note: '' });
  const family = (await callApi(page, 'families.get', { id: familyId })) as { children: { id: string }[] };
  const web = (assessedOn: string, score: number, safe: number) =>
    callApi(page, 'wellbeing.record', {
      childId: family.children[0]!.id,
      scale: 10,
      assessedOn,
      scoredBy: 'child',
      scores: Object.fromEntries(
        ['safe', 'healthy', 'achieving', 'nurtured', 'active', 'respected', 'responsible', 'included'].map(
          (key) => [key, { score: key === 'safe' ? safe : score, skippedReason: '', note: '' }],
        ),
      ),
    });
  await web('2026-09-15', 4, 5);
  await web('2026-11-10', 6, 4);
  for (const [occurredAt, type] of [
    ['2026-09-10T09:30', 'Home visit'],
    ['2026-10-01T14:00', 'Home visit'],
    ['2026-11-12T10:00', 'Home visit'],
    ['2026-11-13T10:00', 'Phone call'],
  ] as const)
    await callApi(page, 'contacts.create', {
      familyId,
      occurredAt,
      durationMinutes: 60,
      type,
      childIds: [],
      present: 'Mum',
      summary: 'Talked about mornings.',
      nextStep: '',
      nextStepDue: '',
    });
}

async function download(page: Page, button: string) {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: button, exact: true }).click();
  const file = await downloading;
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

const docxText = (bytes: Buffer) =>
  new PizZip(bytes)
    .file('word/document.xml')!
    .asText()
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<');

test('a term’s return: figures on screen, the records behind one, the built-in return and a tagged template', async ({
  page,
  linkbook,
}) => {
  test.setTimeout(420_000);
  const vault = new VaultScreens(page);
  await vault.open(linkbook.url);
  await vault.create();
  await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible({ timeout: 20_000 });
  await seed(page);

  // 1. Returns, from the left navigation: the term is chosen from the calendar's school year.
  await page.getByRole('link', { name: 'Returns' }).click();
  await expect(page.getByRole('heading', { name: 'Returns', level: 1 })).toBeVisible();
  await expect(page.getByText('Choose a term or two dates')).toBeVisible();
  await page
    .getByLabel('Term', { exact: true })
    .selectOption({ label: 'Autumn term (Wed 19 Aug 2026 to Fri 18 Dec 2026)' });
  const homeVisits = page.getByRole('button', {
    name: '3: show the records behind “Contacts of type "Home visit".”',
  });
  await expect(homeVisits).toBeVisible();
  await expect(
    page.getByRole('button', {
      name: /^1: show the records behind “Families with a case open on at least one day/,
    }),
  ).toBeVisible();
  await look(page, 'returns-term', 'the return on screen');

  // 2. The true figure opens the three contacts behind it.
  await homeVisits.click();
  const records = page.getByRole('dialog', { name: '3: Contacts of type "Home visit".' });
  await expect(records.getByRole('row')).toHaveCount(4);
  await expect(records.getByRole('cell', { name: 'Thu 10 Sep 2026' })).toBeVisible();
  await look(page, 'returns-records', 'the records behind a figure');
  await records.getByRole('button', { name: 'Close' }).click();
  await expect(homeVisits).toBeFocused();

  // 3. The built-in return in Excel, small numbers hidden, as it leaves the school.
  const xlsx = await download(page, 'Export');
  expect(xlsx.name).toBe('Termly return Autumn term 2026-27 Craigton Primary School.xlsx');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
  const rows = Array.from(workbook.getWorksheet('Return')!.getSheetValues(), (row) =>
    Array.isArray(row) ? row.slice(1) : [],
  );
  expect(rows).toContainEqual(['Contacts of type "Home visit".', '<5']);
  expect(rows).toContainEqual(['Hours of those contacts, to one decimal place.', 4]);

  // 4. The same in Word.
  await page.getByRole('radio', { name: 'Word document (.docx)' }).check();
  const docx = await download(page, 'Export');
  expect(docxText(docx.bytes)).toContain('Termly return to the local authority: Craigton Primary School');

  // 5. The authority's own Word template, added once; its tags listed with this term's values.
  await page.getByRole('link', { name: 'Authority templates and tags' }).click();
  await expect(page.getByRole('heading', { name: 'Authority templates and tags', level: 1 })).toBeVisible();
  await page.getByLabel('Name', { exact: true }).fill('Council return');
  await page.getByLabel('Template file').setInputFiles(TEMPLATE);
  await page.getByRole('button', { name: 'Add template' }).click();
  await expect(page.getByText(/Added Council return, with \d+ tags\./)).toBeVisible();
  await expect(page.getByRole('row', { name: /\{home_visits\}.*3$/ })).toBeVisible();
  await look(page, 'returns-templates', 'templates and tags');

  await page.getByRole('link', { name: 'Back to Returns' }).click();
  await page.getByLabel('Layout').selectOption({ label: 'Council return (authority-tagged.docx)' });
  const filled = await download(page, 'Export');
  const text = docxText(filled.bytes);
  expect(text).toContain('Return for Craigton Primary School');
  expect(text).toContain('Period: 19/08/2026 to 18/12/2026');
  expect(text).not.toMatch(/[{}]/);

  // 6. The impact report for the leadership team, printed on A4.
  await page.getByRole('link', { name: 'Impact report for the leadership team (printable)' }).click();
  await expect(
    page.getByRole('heading', { name: 'Impact report: Autumn term 2026/27', level: 1 }),
  ).toBeVisible();
  await expect(page.getByRole('row', { name: 'Safe 0 0 1' })).toBeVisible();
  await expectAccessible(page, 'impact report');
  const { layout } = await printToPdf(page, 'returns-impact');
  expect(layout).toContain('Confidential: for the school’s leadership team');
  expect(layout).toContain('Craigton Primary School');
  expect(layout).toMatch(/1 child had a second web in the period; 1 of them/);
});
