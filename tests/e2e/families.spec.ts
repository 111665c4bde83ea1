import { expectAccessible, snap } from './support/axe';
import { expect, test } from './support/fixtures';
import { tabAndType, tabTo } from './support/keyboard';
import { FamilyForm } from './pages/family-form';
import { VaultScreens } from './pages/vault';

test('add a family with two children using only the keyboard', async ({ page, linkbook }) => {
  const vault = new VaultScreens(page);
  await vault.open(linkbook.url);
  await vault.create();
  await page.getByRole('link', { name: 'Caseload' }).click();
  await expect(page.getByRole('heading', { name: 'Caseload', level: 1 })).toBeVisible();
  await expect(page.getByText(/No families yet/)).toBeVisible();
  await expectAccessible(page, 'empty caseload');
  await snap(page, 'caseload-empty');

  await tabTo(page, 'Add a family');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Add a family', level: 1 })).toBeVisible();
  await expectAccessible(page, 'add a family');

  await tabAndType(page, 'Family name', 'Dąbrowski family');
  await tabAndType(page, 'Address', '2/1 14 Craigton Road');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Glasgow');
  await tabAndType(page, 'Postcode', 'G51 4TL');
  await tabAndType(page, 'Name', 'Agnieszka Dąbrowska');
  await tabAndType(page, 'Relationship', 'Mother');
  await tabAndType(page, 'Phone', '07700 900123');
  await tabAndType(page, 'Preferred language', 'Polish');
  await tabTo(page, 'Interpreter needed');
  await page.keyboard.press('Space');

  await tabAndType(page, 'Full name', 'Zoë Dąbrowska');
  await tabAndType(page, 'Preferred name', 'Zo');
  await tabAndType(page, 'Date of birth', '14/03/2016');
  await tabAndType(page, 'Year group', 'Year 5');
  await tabTo(page, 'Free school meals');
  await page.keyboard.press('Space');

  await tabTo(page, 'Add a child');
  await page.keyboard.press('Enter');
  // The new child's first field takes the focus.
  await page.keyboard.type('Kacper Dąbrowski');
  await tabAndType(page, 'Date of birth', '31/02/2019');
  await page.keyboard.press('Tab');
  await expect(page.getByText('31 February 2019 is not a real date.')).toBeVisible();
  await snap(page, 'family-form-error');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('02/09/2019');
  await expect(page.getByText('31 February 2019 is not a real date.')).toHaveCount(0);
  await snap(page, 'family-form-filled');
  await page.keyboard.press('Control+s');

  await expect(page.getByRole('heading', { name: 'Dąbrowski family', level: 1 })).toBeVisible();
  await expect(page).toHaveTitle('Linkbook');
  const header = page.getByRole('list', { name: 'Children' });
  await expect(header).toContainText('Zo');
  await expect(header).toContainText('Kacper');
  await expectAccessible(page, 'family overview');
  await snap(page, 'family-overview');
  await page.getByRole('tab', { name: 'Children' }).click();
  await expect(page).toHaveURL(/\/children$/);
  await expect(page.getByText('14/03/2016')).toBeVisible();
  await expectAccessible(page, 'family children');
  await snap(page, 'family-children');
});

test('lock, unlock, find a family by name without its accents, edit it, archive it and undo', async ({
  page,
  linkbook,
}) => {
  const vault = new VaultScreens(page);
  await vault.open(linkbook.url);
  await vault.create();
  for (const [familyName, child, born] of [
    ['Dąbrowski family', 'Zoë Dąbrowska', '14/03/2016'],
    ["O'Neill family", 'Siobhán O’Neill', '02/11/2017'],
    ['Nguyễn family', 'Minh Nguyễn', '21/06/2015'],
  ] as const) {
    await page.getByRole('link', { name: 'Caseload' }).click();
    await page.getByRole('button', { name: 'Add a family' }).click();
    const form = new FamilyForm(page);
    await page.getByLabel('Family name').fill(familyName);
    await form
      .carer(0)
      .getByRole('button', { name: /Remove/ })
      .click();
    await form.fillChild(0, { name: child, dateOfBirth: born, yearGroup: 'Year 4' });
    await form.save();
    await expect(page.getByRole('heading', { name: familyName, level: 1 })).toBeVisible();
  }

  await page.getByRole('button', { name: 'Lock' }).click();
  await vault.expectLocked();
  await expect(page.getByText('Dąbrowski family')).toHaveCount(0);
  await vault.unlock();

  await page.getByRole('link', { name: 'Caseload' }).click();
  await expect(page.getByText(/Showing 1.3 of 3 families/)).toBeVisible();
  await expectAccessible(page, 'caseload');
  await snap(page, 'caseload');
  await page.getByLabel('Find a family').fill('dabrowski');
  await expect(page.getByText(/Showing 1.1 of 1 family/)).toBeVisible();
  await snap(page, 'caseload-filtered');
  await page.getByLabel('Find a family').press('Tab');
  const row = page.getByRole('row', { name: /Dąbrowski family/ });
  await row.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Dąbrowski family', level: 1 })).toBeVisible();

  await page
    .getByRole('link', { name: 'Edit family' })
    .or(page.getByRole('button', { name: 'Edit family' }))
    .click();
  await page.getByLabel('Family name').fill('Dąbrowski-Nowak family');
  await page.getByRole('link', { name: 'Caseload' }).click();
  await expect(page.getByRole('alertdialog')).toContainText('Leave without saving?');
  await expectAccessible(page, 'leave without saving');
  await snap(page, 'family-edit-leave');
  await page.getByRole('button', { name: 'Stay' }).click();
  await new FamilyForm(page).save();
  await expect(page.getByRole('heading', { name: 'Dąbrowski-Nowak family', level: 1 })).toBeVisible();

  await page.getByRole('button', { name: 'Archive family' }).click();
  const confirm = page.getByRole('alertdialog');
  await expect(confirm).toContainText('Nothing is deleted');
  await snap(page, 'family-archive-confirm');
  await confirm.getByRole('button', { name: /Archive/ }).click();
  await expect(page.getByText('Family archived')).toBeVisible();
  await snap(page, 'family-archived');
  await page.getByRole('button', { name: 'Undo' }).click();
  await page.getByRole('link', { name: 'Caseload' }).click();
  // The caseload remembers the worker's search; the restored family is back in it.
  await expect(page.getByLabel('Find a family')).toHaveValue('dabrowski');
  await expect(page.getByRole('row', { name: /Dąbrowski-Nowak family/ })).toBeVisible();
  await page.getByLabel('Find a family').fill('');
  await expect(page.getByText(/Showing 1.3 of 3 families/)).toBeVisible();
});
