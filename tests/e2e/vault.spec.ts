import { expectAccessible, snap } from './support/axe';
import { expect, test } from './support/fixtures';
import { tabAndType, tabTo } from './support/keyboard';
import { PASSPHRASE, VaultScreens } from './pages/vault';

test('create the vault with the keyboard only, lock it, and unlock after a wrong try', async ({
  page,
  linkbook,
}) => {
  await page.goto(linkbook.url);
  await expect(page).toHaveTitle('Linkbook');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectAccessible(page, 'create vault');
  await snap(page, 'vault-create');

  await tabAndType(page, 'School name', 'Craigton Primary School');
  await tabAndType(page, 'Your name', 'Aisha Rahman');
  await tabAndType(page, 'Passphrase', 'short');
  await expect(page.getByText(/at least 12 characters, or four words/i).first()).toBeVisible();
  await page.keyboard.press('Control+A');
  await page.keyboard.type(PASSPHRASE);
  await tabAndType(page, 'Type the passphrase again', PASSPHRASE);
  await expect(page.getByText(/cannot be recovered|no one can recover|nobody can/i).first()).toBeVisible();
  await snap(page, 'vault-create-filled');
  await tabTo(page, 'Create vault');
  await page.keyboard.press('Enter');

  const key = page.locator('.recovery-key');
  await expect(key).toBeVisible({ timeout: 20_000 });
  await expect(key).toHaveText(/^([0-9A-Z]{4}-){12}[0-9A-Z]{4}$/);
  await expectAccessible(page, 'recovery key');
  await snap(page, 'vault-recovery-key');
  await tabTo(page, 'I have printed or written down my recovery key');
  await page.keyboard.press('Space');
  await tabTo(page, 'Continue');
  await page.keyboard.press('Enter');

  await expect(page.getByRole('link', { name: 'Caseload' })).toBeVisible();
  await expect(page.getByText('Craigton Primary School').first()).toBeVisible();

  await page.keyboard.press('Control+l');
  const vault = new VaultScreens(page);
  await vault.expectLocked();
  await expect(page.getByText('Craigton Primary School')).toHaveCount(0);
  await expectAccessible(page, 'unlock');
  await snap(page, 'vault-unlock');

  await vault.unlock('kettle orchard lantern puffins');
  await expect(page.getByText(/not right/i).first()).toBeVisible();
  await expect(page.getByLabel('Passphrase', { exact: true })).toBeFocused();
  await expect(page.getByLabel('Passphrase', { exact: true })).toHaveValue('');
  await snap(page, 'vault-unlock-wrong');
  await vault.unlock();
  await expect(page.getByRole('link', { name: 'Caseload' })).toBeVisible({ timeout: 20_000 });
});

test('the recovery key opens the vault after a restart, and a new passphrase replaces the old', async ({
  page,
  linkbook,
}) => {
  const vault = new VaultScreens(page);
  await vault.open(linkbook.url);
  const recoveryKey = await vault.create();

  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  await expectAccessible(page, 'settings');
  await snap(page, 'settings');
  await page.getByLabel('Current passphrase').fill(PASSPHRASE);
  await page.getByLabel('New passphrase', { exact: true }).fill('bramble harbour velvet comet');
  await page.getByLabel('Type the new passphrase again').fill('bramble harbour velvet comet');
  await page.getByRole('button', { name: 'Change passphrase' }).click();
  await expect(page.getByText(/Passphrase changed/).first()).toBeVisible({ timeout: 20_000 });

  await page.getByRole('link', { name: 'See the audit trail' }).click();
  await expect(page.getByRole('heading', { name: 'Audit trail', level: 1 })).toBeVisible();
  await expect(page.getByRole('row', { name: /Changed Setting/ }).first()).toBeVisible();
  await expect(page.getByText(/Showing 1.2 of 2 changes/)).toBeVisible();
  await expect(page.getByText('Craigton Primary School')).toHaveCount(1); // the school's name in the nav only
  await expectAccessible(page, 'audit trail');
  await snap(page, 'audit-trail');

  await linkbook.restart();
  await page.goto(linkbook.url);
  await vault.expectLocked();
  await vault.unlock(PASSPHRASE);
  await expect(page.getByText(/not right/i).first()).toBeVisible();
  await page.getByRole('button', { name: 'Use my recovery key instead' }).click();
  await page.getByLabel('Recovery key').fill(recoveryKey.toLowerCase());
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('link', { name: 'Caseload' })).toBeVisible({ timeout: 20_000 });
});
