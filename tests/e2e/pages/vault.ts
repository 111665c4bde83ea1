import { expect, type Page } from '@playwright/test';

export const PASSPHRASE = 'kettle orchard lantern puffin';

/** The create-vault, recovery-key and unlock screens. */
export class VaultScreens {
  constructor(private readonly page: Page) {}

  async open(url: string): Promise<void> {
    await this.page.goto(url);
  }

  async create(schoolName = 'Craigton Primary School', workerName = 'Aisha Rahman'): Promise<string> {
    const page = this.page;
    await page.getByLabel('School name').fill(schoolName);
    await page.getByLabel('Your name').fill(workerName);
    await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await page.getByLabel('Type the passphrase again').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Create vault' }).click();
    return this.acknowledgeRecoveryKey();
  }

  async acknowledgeRecoveryKey(): Promise<string> {
    const page = this.page;
    const key = page.locator('.recovery-key');
    await expect(key).toBeVisible({ timeout: 20_000 });
    const text = (await key.textContent())?.trim() ?? '';
    await page.getByLabel(/I have printed or written down my recovery key/).check();
    await page.getByRole('button', { name: 'Continue' }).click();
    return text;
  }

  async unlock(secret = PASSPHRASE): Promise<void> {
    await this.page.getByLabel('Passphrase', { exact: true }).fill(secret);
    await this.page.getByRole('button', { name: 'Unlock' }).click();
  }

  async expectLocked(): Promise<void> {
    await expect(this.page.getByRole('button', { name: 'Unlock' })).toBeVisible({ timeout: 20_000 });
  }
}
