import { expect, type Page } from '@playwright/test';

/** The accessible name of whatever has focus: its label, aria-label, or its text. */
function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element) return '';
    const labelledBy = element.getAttribute('aria-labelledby');
    const byId = labelledBy
      ?.split(' ')
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' ');
    const input = element as HTMLInputElement;
    return (
      element.getAttribute('aria-label') ??
      (byId || input.labels?.[0]?.textContent || element.textContent || '')
    )
      .replace(/\s+/g, ' ')
      .trim();
  });
}

/**
 * Presses Tab (only Tab) until the focused control's name starts with `name`: proof that a person with no
 * mouse can reach it, in the page's own tab order.
 */
export async function tabTo(page: Page, name: string | RegExp, maxPresses = 60): Promise<void> {
  const matches = (text: string) => (typeof name === 'string' ? text.startsWith(name) : name.test(text));
  for (let presses = 0; presses < maxPresses; presses++) {
    await page.keyboard.press('Tab');
    if (matches(await focusedName(page))) return;
  }
  expect.soft(await focusedName(page), `could not reach "${name}" with the Tab key`).toBe(String(name));
  throw new Error(`"${name}" is not reachable with the Tab key`);
}

export async function tabAndType(page: Page, name: string | RegExp, text: string): Promise<void> {
  await tabTo(page, name);
  await page.keyboard.type(text);
}
