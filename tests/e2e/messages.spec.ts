import { expect, test } from './support/fixtures';
import { FamilyForm } from './pages/family-form';
import { VaultScreens } from './pages/vault';

test('a confirmation fades after a few seconds, stays while hovered, and sits below a dialog', async ({
  page,
  linkbook,
}) => {
  const vault = new VaultScreens(page);
  await vault.open(linkbook.url);
  await vault.create();
  await page.getByRole('link', { name: 'Caseload' }).click();
  await page.getByRole('button', { name: 'Add a family' }).click();
  const form = new FamilyForm(page);
  await page.getByLabel('Family name').fill('Okafor family');
  await form
    .carer(0)
    .getByRole('button', { name: /Remove/ })
    .click();
  await form.fillChild(0, { name: 'Tobi Okafor', dateOfBirth: '14/03/2016', yearGroup: 'Year 4' });
  await form.save();
  const message = page.locator('.toast');
  await expect(message).toContainText('Family saved');

  // Held while the pointer is on it, however long that is.
  await message.hover();
  await page.clock.fastForward(20_000);
  await expect(message).toBeVisible();

  // A dialog opened over it is on top: the point at the message's centre belongs to the dialog's overlay.
  await page.getByRole('button', { name: 'Open a case' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  const box = (await message.boundingBox())!;
  const onTop = await page.evaluate(
    ([x, y]) => document.elementFromPoint(x!, y!)?.closest('.toast') !== null,
    [box.x + box.width / 2, box.y + box.height / 2],
  );
  expect(onTop).toBe(false);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // Left alone, it goes after a few seconds.
  await page.mouse.move(5, 5);
  await page.clock.fastForward(7_000);
  await expect(message).toHaveCount(0);
});
