import type { Locator, Page } from '@playwright/test';

export interface ChildDetails {
  name: string;
  preferredName?: string;
  dateOfBirth: string;
  yearGroup?: string;
}

/** The add/edit family form: sections by legend ("Carer 1", "Child 2"). */
export class FamilyForm {
  constructor(private readonly page: Page) {}

  child(index: number): Locator {
    return this.page.getByRole('group', { name: `Child ${index + 1}`, exact: true });
  }

  carer(index: number): Locator {
    return this.page.getByRole('group', { name: `Carer ${index + 1}`, exact: true });
  }

  async fillChild(index: number, child: ChildDetails): Promise<void> {
    const group = this.child(index);
    await group.getByLabel('Full name').fill(child.name);
    if (child.preferredName) await group.getByLabel('Preferred name').fill(child.preferredName);
    await group.getByLabel('Date of birth').fill(child.dateOfBirth);
    if (child.yearGroup) await group.getByLabel('Year group').selectOption(child.yearGroup);
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: 'Save family' }).click();
  }
}
