import { expectAccessible, snap } from './support/axe';
import { expect, test } from './support/fixtures';
import { tabAndType, tabTo } from './support/keyboard';
import { sampleFamily } from '../support/sample-family';
import { callApi } from './pages/add-contact';
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

test('a backup taken in Settings is restored from the lock screen, and the restore is undone', async ({
  page,
  linkbook,
}) => {
  const vault = new VaultScreens(page);
  await vault.open(linkbook.url);
  await vault.create();

  await page.getByRole('link', { name: 'Settings' }).click();
  const backups = page.getByRole('region', { name: 'Backups' });
  await backups.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByText(/^Backed up at \w{3} \d{1,2} \w{3} \d{4}, \d{2}:\d{2}\.$/)).toBeVisible();
  await expect(backups.getByRole('table', { name: 'The backup' })).toContainText('Backed up by you');
  await snap(page, 'settings-backups');

  // A family added after the backup.
  await callApi(page, 'families.create', sampleFamily({ familyName: 'Nguyễn family' }));
  await page.getByRole('button', { name: 'Lock' }).click();
  await vault.expectLocked();

  // Restore the backup with the keyboard: the newest backup is chosen already.
  await tabTo(page, 'Restore from a backup');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Restore from a backup', level: 1 })).toBeVisible();
  await expect(page.getByRole('radio', { checked: true })).toHaveCount(1);
  await expectAccessible(page, 'restore from a backup');
  await snap(page, 'restore-screen');
  await tabTo(page, 'Passphrase');
  await page.keyboard.type(PASSPHRASE);
  await page.keyboard.press('Enter');
  const confirm = page.getByRole('alertdialog', { name: /Restore the backup from/ });
  await expect(confirm).toContainText('Anything recorded after that time will not be in Linkbook.');
  await snap(page, 'restore-confirm');
  await expect(confirm.getByRole('button', { name: 'Keep my records as they are' })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('link', { name: 'Caseload' })).toBeVisible({ timeout: 20_000 });
  await page.getByRole('link', { name: 'Caseload' }).click();
  await expect(page.getByText('Dąbrowski family')).toHaveCount(0);
  await expect(page.getByText('Nguyễn family')).toHaveCount(0);

  // The records the restore replaced are the newest backup now; restoring them brings the family back.
  await page.getByRole('button', { name: 'Lock' }).click();
  await vault.expectLocked();
  await page.getByRole('button', { name: 'Restore from a backup' }).click();
  const replaced = page.getByRole('radio', { name: /Records replaced by a restore/ });
  await replaced.check();
  await page.getByLabel('Passphrase', { exact: true }).fill('not my passphrase at all');
  await page.getByRole('button', { name: 'Restore this backup' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Restore backup' }).click();
  await expect(page.getByText('That passphrase is not right.')).toBeVisible();
  await expect(replaced).toBeChecked();
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Restore this backup' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Restore backup' }).click();
  await expect(page.getByRole('link', { name: 'Caseload' })).toBeVisible({ timeout: 20_000 });
  await page.getByRole('link', { name: 'Caseload' }).click();
  await expect(page.getByRole('link', { name: 'Nguyễn family' })).toBeVisible();
});
