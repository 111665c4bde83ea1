import { expect, type Locator, type Page } from '@playwright/test';
import { snap } from '../support/axe';

/** The Add contact dialog, opened from anywhere with Ctrl+Shift+N. */
export class AddContactDialog {
  readonly dialog: Locator;

  constructor(private readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Add a contact' });
  }

  /** Opens it with the shortcut; the focus starts in the Family picker. */
  async openWithShortcut(): Promise<void> {
    await this.page.keyboard.press('Control+Shift+N');
    await expect(this.dialog).toBeVisible();
    await expect(this.dialog.getByRole('combobox', { name: 'Family' })).toBeFocused();
  }

  /** Types part of a name into the focused Family picker and takes the first match with Enter. */
  async chooseFamily(partOfName: string, familyName: string, snapAs?: string): Promise<void> {
    await this.page.keyboard.type(partOfName);
    const option = this.dialog.getByRole('option', { name: new RegExp(escape(familyName)) });
    await expect(option).toBeVisible({ timeout: 20_000 });
    await expect(option).toHaveAttribute('aria-selected', 'true');
    if (snapAs) await snap(this.page, snapAs);
    await this.page.keyboard.press('Enter');
    await expect(this.dialog.getByRole('combobox', { name: 'Family' })).toHaveValue(familyName);
  }

  async expectClosed(): Promise<void> {
    await expect(this.dialog).toHaveCount(0, { timeout: 20_000 });
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export { dayFromToday } from '../support/clock';

/**
 * Calls the API as the page does (browser mode, with this start's token): for setting up what a test
 * needs but does not test, such as a concern recorded by another screen.
 */
export async function callApi(page: Page, method: string, input: unknown): Promise<unknown> {
  return page.evaluate(
    async ([name, body]) => {
      const response = await fetch(`/api/${name}`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          Authorization: `Bearer ${sessionStorage.getItem('linkbook.token') ?? ''}`,
        },
        body: JSON.stringify(body),
      });
      const result = (await response.json()) as { ok: boolean; value?: unknown; error?: unknown };
      if (!result.ok) throw new Error(`${name} failed: ${JSON.stringify(result.error)}`);
      return result.value;
    },
    [method, input] as const,
  );
}
