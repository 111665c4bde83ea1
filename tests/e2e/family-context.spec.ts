import { sampleFamily } from '../support/sample-family';
import { callApi, dayFromToday } from './pages/add-contact';
import { VaultScreens } from './pages/vault';
import { expectAccessible, snap } from './support/axe';
import { expect, test } from './support/fixtures';
import { printToPdf } from './support/pdf';

test('every page about a family shows the family and its red safeguarding banner; the parents’ plan never prints it', async ({
  page,
  linkbook,
}) => {
  const vault = new VaultScreens(page);
  await vault.open(linkbook.url);
  await vault.create();
  const { id: familyId } = (await callApi(page, 'families.create', sampleFamily())) as { id: string };
  await callApi(page, 'concerns.record', {
    familyId,
    childId: null,
    occurredAt: `${dayFromToday(-1).iso}T08:50`,
    whatHappened: 'Zo said she was frightened to go home.',
    actionTaken: 'Listened and wrote it down straight away.',
    passedToDsl: null,
  });
  const family = (await callApi(page, 'families.get', { id: familyId })) as { children: { id: string }[] };
  const { planId } = (await callApi(page, 'plans.create', {
    familyId,
    childIds: [family.children[0]!.id],
    basedOnAssessmentId: null,
  })) as { planId: string };

  const pages = [
    [`/families/${familyId}/concerns/new`, 'Record a safeguarding concern'],
    [`/families/${familyId}/referrals/new`, 'Record a referral'],
    [`/families/${familyId}/plans/${planId}`, 'Action plan for Zo'],
    [`/families/${familyId}/plans/${planId}/print`, 'Our plan for Zo'],
    [`/families/${familyId}/chronology/print`, 'Chronology'],
  ] as const;
  for (const [path, heading] of pages) {
    await page.goto(new URL(path, linkbook.url).href);
    await expect(page.getByRole('heading', { name: heading, level: 1 })).toBeVisible();
    const context = page.getByRole('region', { name: 'Family' });
    await expect(context.getByRole('link', { name: 'Dąbrowski family' })).toBeVisible();
    await expect(context.getByRole('list', { name: 'Children' })).toContainText('Zo');
    await expect(page.getByRole('region', { name: 'Open safeguarding concerns' })).toContainText(
      'Open safeguarding concern',
    );
  }
  await expectAccessible(page, 'chronology print with the family');
  await snap(page, 'family-context-chronology-print');
  const chronology = await printToPdf(page, 'family-context-chronology');
  expect(chronology.flowing).toContain('Open safeguarding concern');

  await page.goto(new URL(`/families/${familyId}/plans/${planId}/print`, linkbook.url).href);
  await expect(page.getByRole('heading', { name: 'Our plan for Zo', level: 1 })).toBeVisible();
  await snap(page, 'family-context-plan-print');
  const plan = await printToPdf(page, 'family-context-plan');
  expect(plan.flowing).not.toMatch(/safeguarding/i);
  expect(plan.flowing).not.toContain('Dąbrowski family');
});
