import type { Locator, Page } from '@playwright/test';
import { callApi, dayFromToday } from './pages/add-contact';
import { FamilyForm } from './pages/family-form';
import { VaultScreens } from './pages/vault';
import { look, snap } from './support/axe';
import { expect, test } from './support/fixtures';
import { printToPdf } from './support/pdf';
import { tabTo } from './support/keyboard';

const FAMILY = 'Ó Briain family';
const INDICATORS = [
  'Safe',
  'Healthy',
  'Achieving',
  'Nurtured',
  'Active',
  'Respected',
  'Responsible',
  'Included',
] as const;
type Scores = Record<(typeof INDICATORS)[number], number | null>;

/** The name attribute of the focused control (radios in a group share it). */
function focusedField(page: Page): Promise<string> {
  return page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name ?? '');
}

/**
 * Fills the Assess form with the keyboard alone: Tab between fields, Space and arrow keys in radio groups,
 * a typed digit for each score (0 for 10), arrow up to "Not scored" from the first score, Ctrl+S to save.
 */
async function assessByKeyboard(
  page: Page,
  { date, scores, reason }: { date?: string; scores: Scores; reason: string },
): Promise<void> {
  await tabTo(page, 'Date of the assessment');
  if (date) {
    await page.keyboard.press('Control+a');
    await page.keyboard.type(date);
  } else {
    await expect(page.getByLabel('Date of the assessment')).toHaveValue(dayFromToday(0).typed);
  }
  await page.keyboard.press('Tab');
  expect(await focusedField(page)).toBe('scoredBy');
  await page.keyboard.press('Space'); // the first choice, "The child"
  await expect(page.getByRole('radio', { name: 'The child' })).toBeChecked();
  await page.keyboard.press('Tab');
  // The scale starts on the school's setting (1 to 5 here); this assessment uses the paper web's 1 to 10.
  await expect(page.getByRole('radio', { name: '1 to 5' })).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('radio', { name: '1 to 10' })).toBeChecked();
  for (const indicator of INDICATORS) {
    await page.keyboard.press('Tab');
    expect(await focusedField(page)).toBe(`scores.${indicator.toLowerCase()}.score`);
    const score = scores[indicator];
    if (score === null) {
      await page.keyboard.press('ArrowUp'); // from the first score round to the last choice, "Not scored"
      await page.keyboard.press('Tab');
      await expect(page.getByLabel(`Why ${indicator} was not scored`)).toBeFocused();
      await page.keyboard.type(reason);
    } else {
      await page.keyboard.type(score === 10 ? '0' : String(score));
    }
    await page.keyboard.press('Tab');
    await expect(page.getByLabel(`Note on ${indicator} (optional)`)).toBeFocused();
    if (indicator === 'Safe') await page.keyboard.type('Says the walk to school feels safer now.');
  }
  await page.keyboard.press('Control+s');
}

function row(table: Locator, indicator: string): Locator {
  return table.getByRole('row', { name: new RegExp(`^${indicator}\\b`) });
}

test('a child is assessed by keyboard, assessed again, the webs are laid over each other, and the caseload shows the change', async ({
  page,
  linkbook,
}) => {
  test.setTimeout(420_000);
  const vault = new VaultScreens(page);
  await vault.open(linkbook.url);
  await vault.create();
  await expect(page.getByRole('link', { name: 'Settings' })).toBeVisible({ timeout: 20_000 });

  // 1. Settings: the Wellbeing Web scale (1 to 10 until changed) and the school logo.
  await page.getByRole('link', { name: 'Settings' }).click();
  const scale10 = page.getByRole('radio', { name: /^1 to 10/ });
  await expect(scale10).toBeChecked();
  await page.getByRole('radio', { name: /^1 to 5/ }).check();
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Settings saved.')).toBeVisible();
  const logoInput = page.getByLabel('Choose a logo');
  await logoInput.setInputFiles({
    name: 'logo.png',
    mimeType: 'image/png',
    buffer: Buffer.from('not a png'),
  });
  await expect(page.getByText('Choose a PNG or JPEG image.')).toBeVisible();
  await page
    .getByLabel('Choose a logo')
    .setInputFiles({ name: 'crest.png', mimeType: 'image/png', buffer: await drawnLogo(page) });
  await expect(page.getByRole('img', { name: 'Craigton Primary School logo' })).toBeVisible();
  await look(page, 'wellbeing-settings', 'settings with the scale and a logo');
  await page.getByRole('button', { name: 'Remove the logo' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Remove the logo' }).click();
  await expect(page.getByRole('img', { name: 'Craigton Primary School logo' })).toHaveCount(0);
  await expect(page.getByText('No logo yet.')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('radio', { name: /^1 to 5/ })).toBeChecked({ timeout: 20_000 });

  // 2. A family with two children.
  await page.getByRole('link', { name: 'Caseload' }).click();
  await page.getByRole('button', { name: 'Add a family' }).click();
  const familyForm = new FamilyForm(page);
  await page.getByLabel('Family name').fill(FAMILY);
  await familyForm.carer(0).getByLabel('Name').fill('Siobhán Ó Briain');
  await familyForm.carer(0).getByLabel('Relationship').selectOption('Mother');
  await familyForm.fillChild(0, { name: 'Caoimhe Ó Briain', dateOfBirth: '02/11/2014', yearGroup: 'P6' });
  await page.getByRole('button', { name: 'Add a child' }).click();
  await familyForm.fillChild(1, {
    name: 'Pádraig Ó Briain',
    preferredName: 'Paddy',
    dateOfBirth: '21/06/2017',
    yearGroup: 'P3',
  });
  await familyForm.save();
  await expect(page.getByRole('heading', { name: FAMILY, level: 1 })).toBeVisible({ timeout: 20_000 });
  const familyId = /\/families\/([0-9a-f-]{36})\//.exec(page.url())?.[1] ?? '';
  expect(familyId).not.toBe('');

  // 3. The Wellbeing tab, between Children and Plans; Paddy chosen; nothing assessed yet.
  const tabs = page.getByRole('tablist', { name: 'Family record' }).getByRole('tab');
  await expect(tabs).toHaveText([
    'Overview',
    'Chronology',
    'Children',
    'Wellbeing',
    'Plans',
    'Attendance',
    'Documents',
  ]);
  await page.getByRole('tab', { name: 'Wellbeing' }).click();
  await expect(page).toHaveURL(/\/wellbeing$/);
  await page.getByRole('radio', { name: 'Paddy' }).check();
  await expect(page.getByText("No wellbeing assessments yet. Assess Paddy's wellbeing.")).toBeVisible();
  await look(page, 'wellbeing-empty', 'wellbeing tab, nothing assessed');

  // 4. The first web, 60 days ago, by keyboard only. Saving with nothing chosen says what is missing first.
  await page.getByRole('button', { name: "Assess Paddy's wellbeing" }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: "Assess Paddy's wellbeing" })).toBeVisible();
  await page.keyboard.press('Control+s');
  const problems = page.getByRole('alert').filter({ hasText: 'before saving' });
  await expect(problems).toContainText('Choose who gave these scores.');
  await expect(problems).toContainText('Score Safe, or say why it was not scored.');
  await expect(page.locator('#field-scores-included-score-error')).toHaveText(
    'Score Included, or say why it was not scored.',
  );
  await look(page, 'wellbeing-form-errors', 'assess form with errors');
  await page.locator('h2', { hasText: "Assess Paddy's wellbeing" }).click(); // a neutral place to tab on from
  const earlier = dayFromToday(-60);
  await assessByKeyboard(page, {
    date: earlier.typed,
    scores: {
      Safe: 7,
      Healthy: 5,
      Achieving: 8,
      Nurtured: 6,
      Active: 4,
      Respected: null,
      Responsible: 9,
      Included: 10,
    },
    reason: 'Paddy did not want to talk about this today.',
  });
  await expect(page.getByText('Wellbeing assessment for Paddy saved.')).toBeVisible({ timeout: 20_000 });
  const web = page.locator('figure.wellbeing-web').first();
  await expect(web.locator('figcaption')).toHaveText(`Paddy's Wellbeing Web: ${earlier.shown}, the child`);
  await expect(web.locator('svg.recharts-surface')).toBeVisible();
  await expect(web.locator('.wellbeing-web-picture')).toHaveAttribute('aria-hidden', 'true');
  const table = web.getByRole('table');
  await expect(row(table, 'Safe')).toHaveText(/Safe\s*7/);
  await expect(row(table, 'Included')).toHaveText(/Included\s*10/);
  await expect(row(table, 'Respected')).toContainText('Not scored');
  await expect(table.getByRole('columnheader', { name: 'Change' })).toHaveCount(0);
  await expect(page.getByText('Not scored: Paddy did not want to talk about this today.')).toBeVisible();
  await expect(page.getByRole('row', { name: `${earlier.shown} The child 1 to 10 1 of 8` })).toBeVisible();
  await look(page, 'wellbeing-first-web', 'the first web');

  // 5. A review today, scored afresh: laid over the baseline, the change listed per indicator.
  await page.getByRole('button', { name: "Assess Paddy's wellbeing" }).click();
  await page.getByRole('heading', { name: "Assess Paddy's wellbeing" }).click();
  await assessByKeyboard(page, {
    scores: {
      Safe: 8,
      Healthy: 6,
      Achieving: 8,
      Nurtured: 7,
      Active: 6,
      Respected: 5,
      Responsible: 9,
      Included: 9,
    },
    reason: '',
  });
  await expect(page.getByText('Wellbeing assessment for Paddy saved.').first()).toBeVisible({
    timeout: 20_000,
  });
  const today = dayFromToday(0);
  await expect(web.locator('figcaption')).toHaveText(
    `Paddy's Wellbeing Web: ${earlier.shown}, the child and ${today.shown}, the child`,
  );
  await expect(page.getByLabel('Lay over it')).toHaveValue(/[0-9a-f-]{36}/);
  await expect(row(table, 'Safe')).toHaveText(/Safe\s*7\s*8\s*\+1 higher/);
  await expect(row(table, 'Active')).toHaveText(/Active\s*4\s*6\s*\+2 higher/);
  await expect(row(table, 'Achieving')).toHaveText(/Achieving\s*8\s*8\s*Same/);
  await expect(row(table, 'Included')).toHaveText(/Included\s*10\s*9\s*−1 lower/);
  await expect(row(table, 'Respected')).toHaveText(
    /Respected\s*Not scored\s*5\s*Cannot compare \(not scored\)/,
  );
  await expect(web.locator('.recharts-radar')).toHaveCount(2);
  await look(page, 'wellbeing-overlaid', 'two webs laid over each other');

  // Laying nothing over it shows the latest on its own.
  await page.getByLabel('Lay over it').selectOption({ label: 'Nothing' });
  await expect(web.locator('.recharts-radar')).toHaveCount(1);
  await expect(table.getByRole('columnheader', { name: 'Change' })).toHaveCount(0);
  await page.getByLabel('Lay over it').selectOption({ label: `${earlier.shown}, the child` });
  await expect(web.locator('.recharts-radar')).toHaveCount(2);

  // In print (and so in a PDF), the web and its table are there and tell the two webs apart in grey.
  await page.emulateMedia({ media: 'print' });
  await snap(page, 'wellbeing-print');
  const { layout: text } = await printToPdf(page, 'wellbeing-print-grey', { grey: true });
  expect(text).toContain('+2 higher');
  expect(text).toContain('Responsible');

  // 6. The parent's view on the same day is shown beside the child's.
  await callApi(page, 'wellbeing.record', {
    childId: await paddyId(page, familyId),
    scale: 10,
    assessedOn: today.iso,
    scoredBy: 'carer',
    scores: Object.fromEntries(
      INDICATORS.map((name, index) => [
        name.toLowerCase(),
        { score: 3 + index, skippedReason: '', note: name === 'Safe' ? 'Worries about the busy road.' : '' },
      ]),
    ),
  });
  await page.reload();
  await expect(page.getByRole('heading', { name: `Everyone's view on ${today.shown}` })).toBeVisible({
    timeout: 20_000,
  });
  const together = page.locator('figure.wellbeing-web').nth(1);
  await expect(together.getByRole('columnheader', { name: 'The child' })).toBeVisible();
  await expect(together.getByRole('columnheader', { name: 'Parent or carer' })).toBeVisible();
  await expect(row(together.getByRole('table'), 'Safe')).toHaveText(/Safe\s*8\s*3\s*−5 lower/);
  await look(page, 'wellbeing-same-day', 'same-day views together');

  // 7. The caseload's change over time, reached from the Caseload page by keyboard.
  await page.getByRole('link', { name: 'Caseload' }).click();
  await expect(page.getByRole('heading', { name: 'Caseload', level: 1 })).toBeVisible();
  await page.getByRole('heading', { name: 'Caseload', level: 1 }).click();
  await tabTo(page, 'Wellbeing over time');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Wellbeing over time', level: 1 })).toBeVisible();
  await expect(page).toHaveURL(/\/wellbeing$/);
  const movement = page.getByRole('table', { name: /Movement on each wellbeing indicator/ });
  const paddy = movement.getByRole('row', { name: /Paddy/ });
  await expect(paddy).toHaveCount(1); // the parent has only one web, so no movement of theirs yet
  const cells = paddy.getByRole('cell');
  await expect(cells.nth(0)).toContainText('Ó Briain family');
  await expect(cells.nth(1)).toHaveText(`The child${earlier.shown} to${today.shown} (1 to 10)`);
  await expect(cells.nth(2)).toHaveText('4'); // better: safe, healthy, nurtured, active
  await expect(cells.nth(3)).toHaveText('2'); // same: achieving, responsible
  await expect(cells.nth(4)).toHaveText('1'); // worse: included
  const perIndicator = cells.nth(5);
  await expect(perIndicator).toContainText('Safe7 → 8 (+1)');
  await expect(perIndicator).toContainText('Active4 → 6 (+2)');
  await expect(perIndicator).toContainText('Included10 → 9 (−1)');
  await expect(perIndicator).toContainText('Respected– → 5 (not scored)');
  await look(page, 'wellbeing-caseload', 'wellbeing over time');
  await page.getByLabel('Who scored').selectOption({ label: 'Parent or carer' });
  await expect(page.getByText('No child has two assessments scored by parent or carer.')).toBeVisible();
  await page.getByLabel('Who scored').selectOption({ label: 'Everyone' });
  await paddy.getByRole('link', { name: 'Paddy' }).click();
  await expect(page).toHaveURL(new RegExp(`/families/${familyId}/wellbeing\\?child=`));
  await expect(page.getByRole('radio', { name: 'Paddy' })).toBeChecked();
});

/** A crest drawn on a canvas in the page: a real PNG big enough to see in the preview. */
async function drawnLogo(page: Page): Promise<Buffer> {
  const dataUrl = await page.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 240;
    canvas.height = 120;
    const context = canvas.getContext('2d')!;
    context.fillStyle = '#00606b';
    context.beginPath();
    context.moveTo(20, 10);
    context.lineTo(100, 10);
    context.lineTo(100, 70);
    context.lineTo(60, 110);
    context.lineTo(20, 70);
    context.closePath();
    context.fill();
    context.fillStyle = '#0b0c0c';
    context.font = 'bold 28px sans-serif';
    context.fillText('Craigton', 110, 55);
    context.font = '20px sans-serif';
    context.fillText('Primary', 110, 85);
    return canvas.toDataURL('image/png');
  });
  return Buffer.from(dataUrl.replace(/^data:image\/png;base64,/, ''), 'base64');
}

async function paddyId(page: Page, familyId: string): Promise<string> {
  const family = (await callApi(page, 'families.get', { id: familyId })) as {
    children: { id: string; preferredName: string }[];
  };
  return family.children.find((child) => child.preferredName === 'Paddy')?.id ?? '';
}
