import { expect, type Locator, type Page } from '@playwright/test';
import { dayFromToday } from '../support/clock';

/** A day `offset` days from the tests' today, as the worker types it and as lists show it. */
export const day = (offset: number): { typed: string; shown: string } => dayFromToday(offset);

/** "Record a referral": the family (existing or new), the referral and the consent. */
export class ReferralForm {
  constructor(private readonly page: Page) {}

  async chooseNewFamily(): Promise<void> {
    await this.page.getByLabel('A family not yet in Linkbook').check();
  }

  async fillReferral(referral: {
    receivedOn: string;
    referrerName: string;
    referrerRole: string;
    concerns: string;
    triedSoFar?: string;
    hopedOutcome?: string;
  }): Promise<void> {
    const section = this.page.getByRole('region', { name: 'The referral' });
    await section.getByLabel('Date received').fill(referral.receivedOn);
    await section.getByLabel('Who referred').fill(referral.referrerName);
    await section.getByLabel('Their role').selectOption(referral.referrerRole);
    await section.getByLabel('Concerns').fill(referral.concerns);
    if (referral.triedSoFar) await section.getByLabel('What has been tried so far').fill(referral.triedSoFar);
    if (referral.hopedOutcome) await section.getByLabel('Outcome hoped for').fill(referral.hopedOutcome);
  }

  async consentGiven(on: string, by: string): Promise<void> {
    const section = this.page.getByRole('region', { name: 'Consent' });
    await section.getByLabel('Yes').check();
    await section.getByLabel('Date consent was given').fill(on);
    await section.getByLabel('Who gave consent').fill(by);
  }

  async chooseChild(name: string): Promise<void> {
    await this.page
      .getByRole('group', { name: 'Which child is this referral for?' })
      .getByLabel(name)
      .check();
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: 'Save referral' }).click();
  }
}

/** The family page: its header (with the concern banner) and the Overview's casework sections. */
export class FamilyCasework {
  readonly banner: Locator;

  constructor(private readonly page: Page) {
    this.banner = page.getByRole('region', { name: 'Open safeguarding concerns' });
  }

  section(name: 'Cases' | 'Referrals' | 'Safeguarding concerns' | 'Other professionals involved'): Locator {
    return this.page.getByRole('region', { name, exact: true });
  }

  dialog(name: string | RegExp): Locator {
    return this.page.getByRole('dialog', { name });
  }

  async openTab(name: 'Overview' | 'Chronology' | 'Children' | 'Documents'): Promise<void> {
    await this.page.getByRole('tab', { name }).click();
    await expect(this.page.getByRole('tab', { name })).toHaveAttribute('aria-selected', 'true');
  }

  /** The chronology's entry titles, top to bottom, once `count` entries show. */
  async chronologyTitles(count: number): Promise<string[]> {
    const entries = this.page
      .getByRole('list', { name: 'Chronology entries' })
      .getByRole('heading', { level: 3 });
    await expect(entries).toHaveCount(count, { timeout: 20_000 });
    return entries.allTextContents();
  }
}
