import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sampleFamily } from '../support/sample-family';
import { callApi } from './pages/add-contact';
import { PASSPHRASE, VaultScreens } from './pages/vault';
import { expectAccessible, snap } from './support/axe';
import { expect, test } from './support/fixtures';

test('a vault copied to a USB stick moves to a new laptop, records and passphrase with it', async ({
  page,
  linkbook,
}) => {
  // The USB stick: a folder of its own, outside either laptop's Linkbook folder.
  const stick = mkdtempSync(join(tmpdir(), 'linkbook-usb-'));
  try {
    const vault = new VaultScreens(page);
    await vault.open(linkbook.url);
    await vault.create();
    await callApi(page, 'families.create', sampleFamily({ familyName: 'Okafor family' }));

    await page.getByRole('link', { name: 'Settings' }).click();
    const backups = page.getByRole('region', { name: 'Backups' });
    await backups.getByRole('button', { name: 'Copy to a folder or USB stick' }).click();
    const dialog = page.getByRole('dialog', { name: 'Copy to a folder or USB stick' });
    await dialog.getByRole('button', { name: 'Make the copy' }).click();
    await expect(dialog.getByText('Choose a USB stick, or type the folder to copy to.')).toBeVisible();
    await dialog.getByRole('radio', { name: 'Another folder' }).check();
    await dialog.getByLabel('Folder', { exact: true }).fill(join(stick, 'not plugged in'));
    await dialog.getByRole('button', { name: 'Make the copy' }).click();
    await expect(dialog.getByText(/^There is no folder at .*check it is plugged in/)).toBeVisible();
    await dialog.getByLabel('Folder', { exact: true }).fill(stick);
    await expectAccessible(page, 'copy to a folder or USB stick');
    await snap(page, 'copy-to-usb');
    await dialog.getByRole('button', { name: 'Make the copy' }).click();
    await expect(dialog.getByText(/^A checked copy of your records \(.+\) is in/)).toBeVisible({
      timeout: 30_000,
    });
    await snap(page, 'copy-to-usb-done');
    await dialog.getByRole('button', { name: 'Done' }).click();
    expect(readdirSync(join(stick, 'Linkbook backups'))).toHaveLength(2);

    // The new laptop: Linkbook starts on an empty folder and offers to bring records from a copy.
    await linkbook.newLaptop();
    await page.goto(linkbook.url);
    await page.getByRole('button', { name: 'Restore from a copy elsewhere' }).click();
    await expect(
      page.getByRole('heading', { name: 'Restore from a copy elsewhere', level: 1 }),
    ).toBeVisible();
    await page.getByRole('radio', { name: 'Another folder' }).check();
    await page.getByLabel('Folder', { exact: true }).fill(stick);
    await page.getByRole('button', { name: 'Look for copies' }).click();
    await expect(page.getByRole('radio', { checked: true, name: /\d{2}:\d{2}/ })).toHaveCount(1);
    await page.getByLabel('Passphrase', { exact: true }).fill('not my passphrase at all');
    await page.getByRole('button', { name: 'Open this copy' }).click();
    await expect(page.getByText('That passphrase is not right.')).toBeVisible();
    await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Open this copy' }).click();
    const holds = page.getByRole('definition');
    await expect(holds.first()).toHaveText('Craigton Primary School');
    await expect(holds.last()).toHaveText('1 family, 2 children, 0 contacts');
    await expectAccessible(page, 'restore from a copy elsewhere');
    await snap(page, 'restore-copy');
    await page.getByRole('button', { name: 'Restore this copy' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Restore copy' }).click();
    await expect(page.getByRole('link', { name: 'Caseload' })).toBeVisible({ timeout: 20_000 });
    await page.getByRole('link', { name: 'Caseload' }).click();
    await expect(page.getByRole('link', { name: 'Okafor family' })).toBeVisible();

    // The copy's passphrase opens the vault on the new laptop from now on.
    await page.getByRole('button', { name: 'Lock' }).click();
    await vault.expectLocked();
    await vault.unlock();
    await expect(page.getByRole('link', { name: 'Caseload' })).toBeVisible({ timeout: 20_000 });
  } finally {
    rmSync(stick, { recursive: true, force: true });
  }
});
