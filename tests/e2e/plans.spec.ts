import type { Locator, Page } from '@playwright/test';
import { sampleFamily } from '../support/sample-family';
import { callApi, dayFromToday } from './pages/add-contact';
import { VaultScreens } from './pages/vault';
import { expectAccessible, snap } from './support/axe';
import { expect, test } from './support/fixtures';
import { printToPdf } from './support/pdf';

const indicators = [
  'safe',
  'healthy',
  'achieving',
  'nurtured',
  'active',
  'respected',
  'responsible',
  'included',
];

function web(childId: string, assessedOn: string, low: Record<string, number>) {
  return {
    childId,
    scale: 10,
    assessedOn,
    scoredBy: 'agreed',
    scores: Object.fromEntries(
      indicators.map((key) => [key, { score: low[key] ?? 8, skippedReason: '', note: '' }]),
    ),
  };
}

/** A small crest drawn in the page, so the test ships no image of its own. */
async function setLogo(page: Page): Promise<void> {
  const dataBase64 = await page.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 160;
    canvas.height = 160;
    const draw = canvas.getContext('2d')!;
    draw.fillStyle = '#1d3557';
    draw.beginPath();
    draw.arc(80, 80, 76, 0, Math.PI * 2);
    draw.fill();
    draw.fillStyle = '#fff';
    draw.font = 'bold 54px sans-serif';
    draw.textAlign = 'center';
    draw.fillText('CPS', 80, 98);
    return canvas.toDataURL('image/png').split(',')[1]!;
  });
  await callApi(page, 'settings.setLogo', { mimeType: 'image/png', dataBase64 });
}

async function fillNeed(
  need: Locator,
  details: { outcome: string; target: string; who: string; name: string; what: string; by: string },
) {
  await need.getByLabel('What the family wants').fill(details.outcome);
  await need.getByRole('button', { name: 'Add a target' }).click();
  await need.getByLabel('Target 1').fill(details.target);
  await need.getByRole('button', { name: 'Add an action' }).click();
  const action = need.getByRole('group', { name: 'Action 1' });
  await action.getByLabel('Who').selectOption({ label: details.who });
  await action.getByLabel('Name (optional)').fill(details.name);
  await action.getByLabel('What they will do').fill(details.what);
  await action.getByLabel('By when (optional)').fill(details.by);
}

test('a plan is built from a wellbeing web, agreed, printed for the family, and reviewed with a new web', async ({
  page,
  linkbook,
}) => {
  test.setTimeout(300_000);
  const vault = new VaultScreens(page);
  await vault.open(linkbook.url);
  await vault.create();
  await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible({ timeout: 20_000 });

  const { id: familyId } = (await callApi(page, 'families.create', {
    familyName: 'Dąbrowski family',
    address: '14 Craigton Road\nGlasgow',
    postcode: 'G51 4TL',
    carers: [
      {
        name: 'Agnieszka Dąbrowska',
        relationship: 'Mother',
        phone: '07700 900123',
        email: '',
        preferredLanguage: 'Polish',
        interpreterNeeded: false,
        parentalResponsibility: true,
      },
    ],
    children: [
      {
        name: 'Zoë Dąbrowska',
        preferredName: 'Zo',
        dateOfBirth: '2016-03-14',
        yearGroup: 'P5',
        className: '5M',
        pupilId: '',
        freeSchoolMeals: false,
        additionalSupportNeeds: false,
        englishAdditionalLanguage: true,
        careExperienced: false,
        youngCarer: false,
        childProtection: false,
        attendanceConcern: true,
      },
    ],
  })) as { id: string };
  const family = (await callApi(page, 'families.get', { id: familyId })) as { children: { id: string }[] };
  const zo = family.children[0]!.id;
  // The first web, three months before the review.
  const start = dayFromToday(-91);
  await callApi(page, 'wellbeing.record', web(zo, start.iso, { nurtured: 3, included: 4, achieving: 6 }));
  await setLogo(page);
  await callApi(page, 'directory.save', {
    name: 'Lunchtime Friends Club',
    organisation: 'Craigton Primary School',
    offer: 'A quiet lunch club with games, run by the support assistants.',
    eligibility: 'Pupils in P4 to P7',
    referralRoute: 'professional',
    phone: '',
    email: '',
    website: '',
    openingTimes: 'Tuesdays and Thursdays, 12:15 to 13:00',
    cost: 'Free',
    languages: 'English',
    area: 'local',
    categories: ['Friendships'],
    indicators: ['included'],
    notes: '',
    lastCheckedOn: dayFromToday(-30).iso,
  });

  // 1. The Plans tab starts empty and says what goes there.
  await page.goto(new URL(`/families/${familyId}/plans`, linkbook.url).href);
  await expect(page.getByRole('heading', { name: 'Dąbrowski family', level: 1 })).toBeVisible({
    timeout: 20_000,
  });
  await expect(page.getByText('No action plans yet.')).toBeVisible();
  await expectAccessible(page, 'plans tab, empty');

  // 2. Start a plan from the web, by keyboard: the only child is already chosen.
  await page.getByRole('button', { name: 'Start a plan' }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Start an action plan' });
  await expect(dialog.getByLabel('Zo')).toBeChecked();
  await dialog.getByLabel('Build it from a wellbeing web').selectOption({ index: 1 });
  await expectAccessible(page, 'start a plan');
  await page.keyboard.press('Control+s');

  // 3. The draft proposes the low indicators, lowest first.
  await expect(page.getByRole('heading', { name: 'Action plan for Zo', level: 1 })).toBeVisible({
    timeout: 20_000,
  });
  const needs = page.locator('.plan-form section.need');
  await expect(needs).toHaveCount(2);
  await expect(needs.nth(0).getByRole('heading', { level: 3 })).toHaveText(
    '1. Nurtured (scored 3 out of 10)',
  );
  await expect(needs.nth(1).getByRole('heading', { level: 3 })).toHaveText(
    '2. Included (scored 4 out of 10)',
  );

  // Agreeing it half written lists every gap, next to its field; nothing is agreed.
  await page.getByRole('button', { name: 'Agree the plan' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'not ready to agree' });
  await expect(summary).toContainText('Set the date of the next review before finalising the plan.');
  await expect(summary).toContainText('Write the outcome wanted for Nurtured.');
  await expect(summary).toContainText('Add at least one action for Included.');
  await snap(page, 'plan-draft-errors');

  const today = dayFromToday(0);
  const review = dayFromToday(7);
  await fillNeed(needs.nth(0), {
    outcome: 'Mornings are calm and Zo gets to school on time.',
    target: 'Zo is in class by ten to nine on four days a week.',
    who: 'Parent or carer',
    name: 'Mum',
    what: 'Set an alarm for quarter past seven.',
    by: today.typed,
  });
  await fillNeed(needs.nth(1), {
    outcome: 'Zo has friends to play with at break time.',
    target: 'Zo joins a lunch club once a week.',
    who: 'Home-school link worker',
    name: '',
    what: 'Refer Zo to the lunchtime friends club.',
    by: review.typed,
  });
  await needs.nth(1).getByLabel('Support and services involved (optional)').fill('Lunch club at school.');
  await page.getByLabel('Review date').fill(review.typed);
  await page.keyboard.press('Control+s');
  await expect(page.getByText('Draft saved.')).toBeVisible();
  await expectAccessible(page, 'plan draft');
  await snap(page, 'plan-draft');

  await page.getByRole('button', { name: 'Agree the plan' }).click();
  await expect(page.getByText('Version 1: Agreed')).toBeVisible();
  await expect(page.getByRole('table').filter({ hasText: 'Set an alarm' })).toContainText('Mum');
  await expectAccessible(page, 'agreed plan');
  await snap(page, 'plan-agreed');

  // The worker's action is a referral: made from the plan, it lands on the family's record.
  await page
    .getByRole('button', { name: 'Signpost or refer: Refer Zo to the lunchtime friends club.' })
    .click();
  const signpost = page.getByRole('dialog', { name: 'Signpost or refer to a service' });
  await expect(signpost.getByLabel('Note (optional)')).toHaveValue(
    'For the action plan: Refer Zo to the lunchtime friends club.',
  );
  await signpost.getByLabel('Find a service').fill('lunch');
  await signpost
    .getByLabel(/Services \(/)
    .selectOption({ label: 'Lunchtime Friends Club (Craigton Primary School)' });
  await signpost.getByLabel('Referred').check();
  await signpost.getByRole('button', { name: 'Record it' }).click();
  await expect(signpost).toBeHidden();
  await page.getByRole('link', { name: 'Dąbrowski family: all plans' }).click();
  await page.getByRole('tab', { name: 'Overview' }).click();
  await expect(page.getByRole('region', { name: 'Services', exact: true })).toContainText(
    'Lunchtime Friends Club',
  );
  await page.goBack();
  await page.goBack();
  await expect(page.getByRole('heading', { name: 'Action plan for Zo', level: 1 })).toBeVisible();

  // 4. Today lists the action due today (and, within the week, the review).
  await page.getByRole('link', { name: 'Today' }).click();
  const due = page.getByRole('region', { name: 'Plans: reviews, actions and drafts' });
  await expect(due).toContainText('Set an alarm for quarter past seven.');
  await expect(due).toContainText('Mum, for Dąbrowski family (Zo)');
  await due.getByRole('link', { name: 'Set an alarm for quarter past seven.' }).click();
  await expect(page.getByRole('heading', { name: 'Action plan for Zo', level: 1 })).toBeVisible();

  // 5. The printed plan: reading ease shown first, then an A4 PDF in plain English.
  await page.keyboard.press('Control+p');
  const ease = page.getByRole('status').filter({ hasText: 'Reading ease' });
  await expect(ease).toBeVisible();
  const score = Number(/Reading ease: (-?\d+)/.exec((await ease.textContent()) ?? '')?.[1]);
  expect(score).toBeGreaterThanOrEqual(60);
  await expect(page.getByRole('img', { name: 'Craigton Primary School logo' })).toBeVisible();
  await expectAccessible(page, 'printed plan');
  await snap(page, 'plan-print-screen');
  const { layout: text, pages } = await printToPdf(page, 'plan');
  for (const words of [
    'Craigton Primary School',
    'Our plan for Zo',
    'What we are working on',
    'Feeling cared for',
    'Who will do what',
    'When we will meet again',
    'Signed',
    'Parent or carer',
    'Aisha Rahman',
  ]) {
    expect(text).toContain(words);
  }
  expect(text).not.toContain('SHANARRI');
  expect(pages.length).toBeGreaterThanOrEqual(1);
  expect(pages.length).toBeLessThanOrEqual(2);

  // 6. The review, three months after the first web: progress on each target and a new web, scored in the
  // review itself so nothing typed in it is left behind.
  await page.getByRole('link', { name: 'Back to the plan' }).click();
  await page.getByRole('link', { name: 'Review the plan' }).click();
  await expect(page.getByRole('heading', { name: 'Review the plan for Zo', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Save the review' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'before saving' })).toContainText(
    'Choose how this target is going.',
  );
  await page
    .getByRole('group', { name: /Nurtured: Zo is in class/ })
    .getByLabel('Achieved')
    .check();
  await page
    .getByRole('group', { name: /Included: Zo joins a lunch club/ })
    .getByLabel('In progress')
    .check();
  await expect(page.getByLabel('New wellbeing web')).toHaveValue('');
  await page.getByRole('button', { name: 'Score Zo’s web now' }).click();
  const scoring = page.getByRole('dialog', { name: 'Score Zo’s wellbeing web' });
  await scoring.getByRole('radio', { name: 'Agreed together' }).check();
  await expect(scoring.getByRole('radio', { name: '1 to 10' })).toBeChecked();
  const fresh: Record<string, number> = { Nurtured: 6, Included: 5, Achieving: 7 };
  for (const indicator of [
    'Safe',
    'Healthy',
    'Achieving',
    'Nurtured',
    'Active',
    'Respected',
    'Responsible',
    'Included',
  ])
    await scoring
      .getByRole('group', { name: `${indicator} score` })
      .getByRole('radio', { name: String(fresh[indicator] ?? 8), exact: true })
      .check();
  await expectAccessible(page, 'web scored in the review');
  await snap(page, 'plan-review-scoring');
  await scoring.getByRole('button', { name: 'Save assessment' }).click();
  await expect(scoring).toBeHidden();
  // The new web is chosen for the review, and what was typed before scoring it is all still there.
  await expect(page.getByLabel('New wellbeing web')).not.toHaveValue('');
  await expect(
    page.getByRole('group', { name: /Nurtured: Zo is in class/ }).getByLabel('Achieved'),
  ).toBeChecked();
  await page
    .getByLabel('Summary of the review (optional)')
    .fill('Zo is on time most days. She has joined chess club.');
  await expectAccessible(page, 'plan review');
  await snap(page, 'plan-review');
  await page.keyboard.press('Control+s');

  // 7. Version 2 starts as a draft with what is still open; both webs are laid over each other.
  await expect(page.getByText('Version 2: Draft')).toBeVisible({ timeout: 20_000 });
  const webTable = page.getByRole('table').filter({ hasText: 'Indicator' });
  await expect(webTable.getByRole('columnheader', { name: `At the start, ${start.typed}` })).toBeVisible();
  await expect(webTable.getByRole('columnheader', { name: `Now, ${today.typed}` })).toBeVisible();
  await expect(webTable.getByRole('row', { name: /Nurtured/ })).toContainText('3');
  await expect(webTable.getByRole('row', { name: /Nurtured/ })).toContainText('6');
  await expect(page.locator('.plan-form section.need').nth(0).getByLabel('Target 1')).toHaveCount(0);
  await expect(page.locator('.plan-form section.need').nth(1).getByLabel('Target 1')).toHaveValue(
    'Zo joins a lunch club once a week.',
  );
  await expectAccessible(page, 'plan version 2');
  await snap(page, 'plan-version-2');

  // The reviewed version stays readable, with how each target went.
  await page.getByRole('link', { name: /Version 1 \(reviewed/ }).click();
  await expect(page.getByText('Version 1: Reviewed')).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'Zo is in class by ten to nine' })).toContainText(
    'Achieved',
  );
  await expect(page.getByText('Zo is on time most days.')).toBeVisible();
  await snap(page, 'plan-version-1-reviewed');
});

test('a long plan for two children on the 1-to-5 scale breaks its pages between whole parts', async ({
  page,
  linkbook,
}) => {
  const vault = new VaultScreens(page);
  await vault.open(linkbook.url);
  await vault.create();
  await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible({ timeout: 20_000 });
  await callApi(page, 'settings.update', { wellbeingScale: 5 });
  const { id: familyId } = (await callApi(page, 'families.create', sampleFamily())) as { id: string };
  const family = (await callApi(page, 'families.get', { id: familyId })) as { children: { id: string }[] };
  const childIds = family.children.map((child) => child.id);
  const assessments: string[] = [];
  for (const childId of childIds) {
    const scores = Object.fromEntries(indicators.map((key, n) => [key, 1 + (n % 5)]));
    const { id } = (await callApi(page, 'wellbeing.record', {
      ...web(childId, dayFromToday(-7).iso, scores),
      scale: 5,
    })) as { id: string };
    assessments.push(id);
  }

  const { planId, versionId } = (await callApi(page, 'plans.create', {
    familyId,
    childIds,
    basedOnAssessmentId: assessments[0],
  })) as { planId: string; versionId: string };
  const needs = indicators.map((indicator, number) => ({
    indicator,
    outcome: `Goal ${number + 1}: the children feel good at home and at school, and we all know the next step.`,
    targets: [1, 2, 3].map((step) => ({
      description: `Step ${number + 1}.${step}: the children try one new thing each week and tell us how it went.`,
    })),
    actions: (['worker', 'parent', 'school'] as const).map((who, step) => ({
      who,
      whoName: '',
      what: `Job ${number + 1}.${step + 1}: meet on Monday, talk about the week, write down what went well and what was hard (job ${number + 1}.${step + 1}).`,
      dueOn: dayFromToday(14 + step).iso,
    })),
    support: 'The school nurse and the family support group.',
  }));
  await callApi(page, 'plans.saveDraft', { versionId, reviewOn: dayFromToday(42).iso, needs });
  await callApi(page, 'plans.finalise', { versionId });

  await page.goto(new URL(`/families/${familyId}/plans/${planId}`, linkbook.url).href);
  await expect(page.getByRole('heading', { name: /Action plan for Zo and Kacper/, level: 1 })).toBeVisible();
  await page.keyboard.press('Control+p');
  await expect(page.getByRole('heading', { name: /Our plan for Zo and Kacper/, level: 1 })).toBeVisible();
  const headings = (await page.locator('.plan-sheet-need h3').allTextContents()).map((text) =>
    text.replace(/\s+/g, ' ').trim(),
  );
  expect(headings).toHaveLength(8);
  const signers = await page.locator('.plan-sheet-signer').allTextContents();
  expect(signers.length).toBeGreaterThanOrEqual(3);
  const { pages } = await printToPdf(page, 'long-plan', { dpi: 50 });
  expect(pages.length).toBeGreaterThan(2);
  const pageOf = (words: string) => {
    const found = pages.findIndex((text) => text.includes(words));
    expect(found, `"${words}" is not in the printed plan`).toBeGreaterThanOrEqual(0);
    return found;
  };

  // The web is the one the plan was built on: Zo's, on the school's 1-to-5 scale.
  expect(pages[0]).toContain('How we agreed things are going for Zo. 5 is the best.');
  pages.forEach((text, index) => expect(text).toContain(`Page ${index + 1} of ${pages.length}`));
  headings.forEach((heading, number) => {
    // A heading never ends a page: each part starts on the page with its goal.
    expect(pageOf(heading), heading).toBe(pageOf(`Goal ${number + 1}:`));
    // Each row of "Who will do what" is whole: its first and last words on one page.
    for (const step of [1, 2, 3])
      expect(pageOf(`Job ${number + 1}.${step}:`)).toBe(pageOf(`hard (job ${number + 1}.${step}).`));
  });
  // The meeting date and the signatures are whole, and the signatures end the plan.
  expect(pageOf('When we will meet again')).toBe(pageOf('We will meet again on'));
  const signed = pageOf('Signed');
  expect(signed).toBe(pages.length - 1);
  for (const signer of signers) expect(pages[signed]).toContain(signer);
});
