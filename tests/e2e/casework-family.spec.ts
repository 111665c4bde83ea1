import { look, snap } from './support/axe';
import { expect, test } from './support/fixtures';
import { printToPdf } from './support/pdf';
import { FamilyForm } from './pages/family-form';
import { day, FamilyCasework, ReferralForm } from './pages/casework';
import { dayFromToday } from './support/clock';
import { VaultScreens } from './pages/vault';

const FAMILY = 'Nguyễn family';

test('a referral for a new family is accepted, a concern goes to the DSL and is resolved, the chronology prints, a letter is attached', async ({
  page,
  linkbook,
}) => {
  test.setTimeout(420_000);
  const vault = new VaultScreens(page);
  await vault.open(linkbook.url);
  await vault.create();
  await page.getByRole('link', { name: 'Caseload' }).click();
  await expect(page.getByRole('heading', { name: 'Caseload', level: 1 })).toBeVisible({ timeout: 20_000 });

  // 1. A referral for a family not yet in Linkbook: the family and the referral are saved together.
  await page.getByRole('button', { name: 'Record a referral' }).click();
  await expect(page.getByRole('heading', { name: 'Record a referral', level: 1 })).toBeVisible();
  await expect(page).toHaveURL(/\/referrals\/new$/);
  const referral = new ReferralForm(page);
  await referral.chooseNewFamily();
  const familyForm = new FamilyForm(page);
  await page.getByLabel('Family name').fill(FAMILY);
  await familyForm.carer(0).getByLabel('Name').fill('Thảo Nguyễn');
  await familyForm.carer(0).getByLabel('Relationship').selectOption('Mother');
  await familyForm.fillChild(0, { name: 'Minh Nguyễn', dateOfBirth: '21/06/2015', yearGroup: 'P6' });
  await page.getByRole('button', { name: 'Add a child' }).click();
  await familyForm.fillChild(1, {
    name: 'Linh Nguyễn',
    preferredName: 'Lin',
    dateOfBirth: '09/01/2019',
    yearGroup: 'P2',
  });

  // Saving with the referral half done lists what is missing, each next to its field.
  await referral.save();
  const problems = page.getByRole('alert').filter({ hasText: 'before saving' });
  await expect(problems).toContainText('Choose which child this referral is for.');
  await expect(problems).toContainText('Enter the concerns.');
  await expect(problems).toContainText('Choose who referred.');
  await look(page, 'referral-form-errors', 'referral form with errors');

  await referral.chooseChild('Minh Nguyễn');
  await referral.fillReferral({
    receivedOn: day(-5).typed,
    referrerName: 'Mrs Okafor',
    referrerRole: 'Class teacher',
    concerns: 'Minh has been late most mornings this term and says he is “too tired to learn”.',
    triedSoFar: 'Breakfast club place offered; a letter home.',
    hopedOutcome: 'Minh arrives on time and settled.',
  });
  await referral.consentGiven(day(-5).typed, 'Thảo Nguyễn');
  await snap(page, 'referral-form-filled');
  await page.keyboard.press('Control+s');

  // 2. The family's Overview: the referral waits for a decision.
  await expect(page.getByRole('heading', { name: FAMILY, level: 1 })).toBeVisible({ timeout: 20_000 });
  await expect(page).toHaveURL(/\/families\/[0-9a-f-]+\/overview$/);
  const family = new FamilyCasework(page);
  const referrals = family.section('Referrals');
  await expect(referrals).toContainText('Awaiting a decision');
  await expect(referrals).toContainText('Mrs Okafor (Class teacher)');
  await expect(family.section('Cases')).toContainText('No case is open');
  await expect(page.getByRole('tab')).toHaveText([
    'Overview',
    'Chronology',
    'Children',
    'Wellbeing',
    'Plans',
    'Attendance',
    'Documents',
  ]);
  await look(page, 'overview-referral-waiting', 'overview with a referral awaiting a decision');

  // Decide: signposting needs where and why; accepting opens a case.
  await referrals.getByRole('button', { name: /^Decide/ }).click();
  const decide = family.dialog('Decide on this referral');
  await expect(decide).toBeVisible();
  await decide.getByLabel('Signpost').check();
  await decide.getByRole('button', { name: 'Save decision' }).click();
  await expect(decide.getByText('Say where the family was signposted.').first()).toBeVisible();
  await expect(decide.getByText('Give a reason for this decision.').first()).toBeVisible();
  await look(page, 'decide-referral-errors', 'decide dialog with errors');
  await decide.getByLabel('Accept').check();
  await decide.getByLabel('Date of the decision').fill(day(-4).typed);
  await decide.getByLabel('Note (optional)').fill('Taken on after talking with Mrs Okafor.');
  await decide.getByRole('button', { name: 'Save decision' }).click();
  await expect(decide).toHaveCount(0, { timeout: 20_000 });
  await expect(page.getByText('Referral accepted. A case is open.')).toBeVisible();
  const cases = family.section('Cases');
  await expect(cases.getByRole('heading', { name: `Case opened ${day(-4).shown}` })).toBeVisible();
  await expect(cases.getByRole('button', { name: /Change status/ })).toBeVisible();
  await expect(referrals).toContainText(`Accepted on ${day(-4).shown}`);
  await expect(referrals).not.toContainText('Awaiting a decision');

  // Closing asks for the reason and the outcome; the case goes to monitoring instead.
  await cases.getByRole('button', { name: /Change status/ }).click();
  const status = family.dialog('Change the case status');
  await status.getByLabel('Closed').check();
  await status.getByRole('button', { name: 'Save status' }).click();
  await expect(status.getByText('Give the reason for closing.').first()).toBeVisible();
  await expect(status.getByText('Describe the outcome for the family.').first()).toBeVisible();
  await status.getByLabel('Monitoring').check();
  await status.getByRole('button', { name: 'Save status' }).click();
  await expect(status).toHaveCount(0, { timeout: 20_000 });
  await expect(cases.getByText('Monitoring').first()).toBeVisible();

  // Another professional, with the family's agreement to share.
  await family
    .section('Other professionals involved')
    .getByRole('button', { name: 'Add a professional' })
    .click();
  const professional = family.dialog('Add a professional');
  await professional.getByLabel('Name').fill('Dr Amara Osei');
  await professional.getByLabel('Agency').fill('Health visiting');
  await professional.getByLabel('Phone').fill('0141 496 0000');
  await professional.getByLabel('The family agreed we can share information with them').check();
  await professional.getByRole('button', { name: 'Add professional' }).click();
  await expect(professional).toHaveCount(0, { timeout: 20_000 });
  await expect(family.section('Other professionals involved')).toContainText('Dr Amara Osei');
  await look(page, 'overview-case-open', 'overview with a case');

  // 3. A safeguarding concern, passed to the DSL as it is recorded.
  await family.section('Safeguarding concerns').getByRole('button', { name: 'Record a concern' }).click();
  await expect(page.getByRole('heading', { name: 'Record a safeguarding concern', level: 1 })).toBeVisible();
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  await expect(page.getByText("In the person's own words, in quotes. Facts, not opinion.")).toBeVisible();
  await expect(page.getByText('Once saved, a concern cannot be changed or deleted.')).toBeVisible();
  const when = page.getByRole('group', { name: 'When it happened' });
  await when.getByLabel('Date').fill(day(-1).typed);
  await when.getByLabel('Time').fill('08:50');
  // Nothing is chosen for the worker as to which child it is about: saving without saying is refused
  // beside the question. (The form opened at its top, not where the family page was scrolled to.)
  const which = page.getByRole('group', { name: 'Which child is it about?' });
  await expect(which.getByRole('radio', { checked: true })).toHaveCount(0);
  await page.getByRole('button', { name: 'Save concern' }).click();
  await expect(
    which.getByText('Say which child it is about, or choose “Not about one child”.'),
  ).toBeVisible();
  await which.getByLabel('Minh').check();
  await page
    .getByLabel('What was seen or said')
    .fill('Minh had a bruise on his left forearm. He said “Dad grabbed me when I dropped the plate”.');
  await page
    .getByLabel('Action taken')
    .fill('Listened, did not ask leading questions, told the DSL by phone.');
  await page.getByLabel('I have passed this to the DSL').check();
  const passed = page.getByRole('group', { name: 'When it was passed on' });
  await passed.getByLabel('Date').fill(day(-1).typed);
  await passed.getByLabel('Time').fill('09:15');
  await page.getByLabel('How it was passed on').selectOption('Phone call');
  await page.getByLabel("DSL's name").fill('Mr Rafferty');
  await look(page, 'concern-form', 'concern form');
  await page.getByRole('button', { name: 'Save concern' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Save this concern?' });
  await expect(confirm).toContainText('cannot be changed or deleted');
  await confirm.getByRole('button', { name: 'Save concern' }).click();

  // The concern's own page: read-only, with the pass to the DSL as its first addition.
  await expect(page.getByRole('heading', { name: 'Safeguarding concern', level: 1 })).toBeVisible({
    timeout: 20_000,
  });
  await expect(
    page.getByText(`Passed to Mr Rafferty on ${day(-1).shown}, 09:15 (Phone call).`),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Pass to DSL' })).toHaveCount(0);
  await page.getByRole('link', { name: `Back to ${FAMILY}` }).click();
  await expect(family.banner).toContainText(
    `Open safeguarding concern — recorded ${day(-1).shown}, 08:50. Passed to the DSL.`,
  );
  await look(page, 'overview-concern-open', 'overview with an open concern');

  // The DSL's decision, then resolved: each an addition with its own time.
  await family.banner.getByRole('link', { name: /View the concern/ }).click();
  await page.getByRole('button', { name: 'Add the DSL’s decision' }).click();
  const decision = family.dialog('Add the DSL’s decision');
  await decision
    .getByLabel('The DSL’s decision')
    .fill('Referred to social work; a home visit is planned this week.');
  await decision.getByRole('button', { name: 'Add decision' }).click();
  await expect(decision).toHaveCount(0, { timeout: 20_000 });
  await page.getByRole('button', { name: 'Mark resolved' }).click();
  const resolve = family.dialog('Mark the concern resolved');
  await resolve.getByRole('button', { name: 'Mark resolved' }).click();
  await expect(resolve.getByText('Enter the reason it is resolved.').first()).toBeVisible();
  await resolve.getByLabel('Why it is resolved').fill('Social work visited; a safety plan is in place.');
  await resolve.getByRole('button', { name: 'Mark resolved' }).click();
  await expect(resolve).toHaveCount(0, { timeout: 20_000 });
  const additions = page.locator('.addendum');
  await expect(additions).toHaveCount(3);
  await expect(additions.nth(0)).toContainText('Passed to the DSL');
  await expect(additions.nth(1)).toContainText('DSL’s decision');
  await expect(additions.nth(2)).toContainText('Resolved');
  await expect(page.getByRole('list', { name: 'Status' })).toContainText('Resolved');
  await look(page, 'concern-with-additions', 'concern with additions');
  await page.getByRole('link', { name: `Back to ${FAMILY}` }).click();
  await expect(page.getByRole('heading', { name: FAMILY, level: 1 })).toBeVisible();
  await expect(family.section('Safeguarding concerns')).toContainText('Resolved');
  await expect(family.banner).toHaveCount(0);

  // 4. The chronology, oldest first, then newest first and filtered.
  await family.openTab('Chronology');
  await expect(page).toHaveURL(/\/chronology$/);
  const titles = await family.chronologyTitles(8);
  expect(titles.slice(0, 6)).toEqual([
    'Request for assistance received',
    'Referral accepted',
    'Case opened',
    'Safeguarding concern',
    'Concern passed to the DSL',
    'Case now monitoring',
  ]);
  // Added within the same minute, so in either order.
  expect(titles.slice(6).sort()).toEqual(['DSL decision on a concern', 'Safeguarding concern resolved']);
  await expect(
    page.getByRole('list', { name: 'Chronology entries' }).getByRole('listitem').first(),
  ).toContainText(day(-5).shown);
  await look(page, 'chronology', 'chronology');

  // A contact added from here (the top bar's Add contact dialog, with this family), corrected, then deleted.
  const chronologyTab = page.getByRole('tabpanel', { name: 'Chronology' });
  await chronologyTab.getByRole('button', { name: 'Add a contact' }).click();
  const addContact = page.getByRole('dialog', { name: 'Add a contact' });
  await addContact.getByLabel('Summary').fill('Home visit. Mum said “mornings are easier now”.');
  await addContact.getByRole('button', { name: 'Save contact' }).click();
  await expect(addContact).toHaveCount(0, { timeout: 20_000 });
  await family.chronologyTitles(9);
  const contactEntry = chronologyTab.getByRole('listitem').filter({ hasText: 'mornings are easier now' });
  await contactEntry.getByRole('button', { name: /^Edit/ }).click();
  const editContact = page.getByRole('dialog', { name: 'Edit contact' });
  await editContact
    .getByLabel('Summary')
    .fill('Home visit with Mum and Minh. Mum said “mornings are easier now”.');
  await editContact.getByRole('button', { name: 'Save contact' }).click();
  await expect(editContact).toHaveCount(0, { timeout: 20_000 });
  await expect(contactEntry).toContainText('Home visit with Mum and Minh.');
  await snap(page, 'chronology-with-contact');
  await contactEntry.getByRole('button', { name: /^Delete/ }).click();
  const confirmDelete = page.getByRole('alertdialog', { name: 'Delete this contact?' });
  await expect(confirmDelete).toContainText('removed from the chronology');
  await confirmDelete.getByRole('button', { name: 'Delete contact' }).click();
  await family.chronologyTitles(8);
  await expect(contactEntry).toHaveCount(0);

  await page.getByLabel('Newest first').check();
  expect((await family.chronologyTitles(8))[7]).toBe('Request for assistance received');
  await page.getByLabel('Newest first').uncheck();
  await page.getByLabel('Additions to concerns').uncheck();
  await page.getByLabel('Case changes').uncheck();
  expect(await family.chronologyTitles(3)).toEqual([
    'Request for assistance received',
    'Referral accepted',
    'Safeguarding concern',
  ]);
  await expect(page).toHaveURL(
    /kinds=contact%2Creferral%2Cdecision%2Cconcern|kinds=contact,referral,decision,concern/,
  );
  await page.getByLabel('Additions to concerns').check();
  await page.getByLabel('Case changes').check();
  await family.chronologyTitles(8);

  // Two terms of contacts, so the printed chronology runs over several pages.
  const familyId = /\/families\/([0-9a-f-]+)\//.exec(page.url())?.[1] ?? '';
  await seedContacts(page, familyId, 28);
  await page.reload();
  await family.chronologyTitles(36);

  // 5. The printed chronology (Ctrl+P opens the print view), to PDF and to PNG to look at.
  await page.keyboard.press('Control+p');
  await expect(page).toHaveURL(/\/chronology\/print$/);
  await expect(page.getByRole('heading', { name: 'Chronology', level: 1 })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  // The header row, 36 entries and the closing line.
  await expect(page.getByRole('row')).toHaveCount(38, { timeout: 20_000 });
  await expect(page.getByText('Prepared by')).toBeVisible();
  await expect(page.getByText(`Aisha Rahman on ${day(0).shown}`)).toBeVisible();
  await look(page, 'chronology-print-screen', 'chronology print view');
  // Cells wrap, so entries are read from the text in drawing order with the line breaks taken out.
  const { layout: text, flowing } = await printToPdf(page, 'chronology', { dpi: 80 });
  expect(text).toContain('Confidential');
  expect(text).toContain('Chronology');
  expect(text).toContain(FAMILY);
  expect(text).toContain('Craigton Primary School');
  expect(flowing).toContain('Request for assistance received');
  expect(flowing).toContain(`Chronology: ${FAMILY}`);
  expect(flowing).toContain('He said “Dad grabbed me when I dropped the plate”.');
  expect(text).toMatch(/Prepared by\s+Aisha Rahman on/);
  expect(text).toMatch(/Page 1 of [2-9]/);
  expect(text).toContain('Page 2 of');
  // The table's header row is repeated at the top of every page.
  expect(text.match(/What happened/g)?.length ?? 0).toBeGreaterThan(1);

  // 6. Documents: the wrong kind of file and one too big are refused before sending; a PDF is attached.
  await page.getByRole('link', { name: 'Back to the family' }).click();
  await expect(page.getByRole('heading', { name: FAMILY, level: 1 })).toBeVisible();
  await family.openTab('Documents');
  await expect(page.getByText('No documents yet.')).toBeVisible();
  const fileInput = page.getByLabel('File', { exact: true });
  await fileInput.setInputFiles({
    name: 'notes.docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    buffer: Buffer.from('not a pdf'),
  });
  await expect(page.getByText('“notes.docx” is not a PDF, JPEG or PNG file.')).toBeVisible();
  await fileInput.setInputFiles({
    name: 'scan.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.alloc(11 * 1024 * 1024, 0x25),
  });
  await expect(page.getByText('“scan.pdf” is 11.0 MB. Files can be at most 10 MB.')).toBeVisible();
  await fileInput.setInputFiles('tests/fixtures/consent-letter.pdf');
  await expect(page.getByText('Files can be at most 10 MB.')).toHaveCount(0);
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('consent-letter.pdf');
  await page.getByLabel('Name', { exact: true }).fill('Consent to share, signed');
  await page.getByRole('button', { name: 'Attach file' }).click();
  const row = page.getByRole('row', { name: /Consent to share, signed/ });
  await expect(row).toBeVisible({ timeout: 20_000 });
  await expect(row).toContainText('PDF');
  await expect(row).toContainText('1 KB');
  await expect(row).toContainText('The family');
  await look(page, 'documents', 'documents');
});

const summaries = [
  'Phone call with Mum about Minh’s lateness. She said “the bus is never on time”.',
  'Home visit. The flat was cold; Mum said the heating has been broken for two weeks. Passed the housing officer’s number.',
  '1:1 with Minh: worry scale. He rated home 6/10 and school 8/10, and said “I like breakfast club”.',
  'Team Around the Family meeting with health visiting and the class teacher. Plan agreed for mornings.',
  'Coffee morning: Mum came for the first time and talked with other parents.',
  'Visit with no answer at 09:30. Left a card.',
  'Email to Mum with the breakfast club timetable.',
];
const types = [
  'Phone call',
  'Home visit',
  '1:1 session with child',
  'Team Around the Family/Child meeting',
  'Group session',
  'Visit with no answer',
  'Email or letter',
] as const;

/** Contacts over the weeks before the referral, through the API as the app itself sends them. */
async function seedContacts(page: import('@playwright/test').Page, familyId: string, count: number) {
  const contacts = Array.from({ length: count }, (_, index) => {
    const two = (n: number) => String(n).padStart(2, '0');
    return {
      familyId,
      occurredAt: `${dayFromToday(-8 - index * 4).iso}T${two(9 + (index % 7))}:${index % 2 ? '15' : '40'}`,
      durationMinutes: 15 + (index % 4) * 15,
      type: types[index % types.length],
      childIds: [],
      present: index % 3 === 0 ? 'Mum (Thảo)' : '',
      summary: summaries[index % summaries.length],
      nextStep: '',
      nextStepDue: '',
    };
  });
  const failures = await page.evaluate(async (all) => {
    const token = sessionStorage.getItem('linkbook.token') ?? '';
    const problems: string[] = [];
    for (const contact of all) {
      const response = await fetch('/api/contacts.create', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify(contact),
      });
      const result = (await response.json()) as { ok: boolean; error?: { message: string } };
      if (!result.ok) problems.push(result.error?.message ?? 'failed');
    }
    return problems;
  }, contacts);
  expect(failures).toEqual([]);
}

test('a referral for a family already in Linkbook, found by typing, is declined; another starts from the family page', async ({
  page,
  linkbook,
}) => {
  test.setTimeout(300_000);
  const vault = new VaultScreens(page);
  await vault.open(linkbook.url);
  await vault.create();
  await page.getByRole('link', { name: 'Caseload' }).click();
  await page.getByRole('button', { name: 'Add a family' }).click();
  const familyForm = new FamilyForm(page);
  await page.getByLabel('Family name').fill("O'Neill family");
  await familyForm.carer(0).getByLabel('Name').fill('Siobhán O’Neill');
  await familyForm.carer(0).getByLabel('Relationship').selectOption('Mother');
  await familyForm.fillChild(0, { name: 'Aoife O’Neill', dateOfBirth: '02/11/2017', yearGroup: 'P3' });
  await familyForm.save();
  await expect(page.getByRole('heading', { name: "O'Neill family", level: 1 })).toBeVisible({
    timeout: 20_000,
  });

  // From the Caseload: find the family by part of its name; its only child is chosen with it.
  await page.getByRole('link', { name: 'Caseload' }).click();
  await page.getByRole('button', { name: 'Record a referral' }).click();
  await expect(page.getByLabel('A family already in Linkbook')).toBeChecked();
  await page.getByLabel('Find the family').fill('neill');
  const choose = page.getByRole('button', { name: /Choose O'Neill family/ });
  await expect(choose).toBeVisible({ timeout: 20_000 });
  await look(page, 'referral-existing-family-matches', 'referral form, families that match');
  await choose.click();
  await expect(page.getByText("Family: O'Neill family")).toBeVisible();
  await expect(page.getByLabel('Aoife O’Neill')).toBeChecked();
  const referral = new ReferralForm(page);
  await referral.fillReferral({
    receivedOn: day(-2).typed,
    referrerName: 'Siobhán O’Neill',
    referrerRole: 'Parent or self',
    concerns: 'Mum asked for help with Aoife’s sleep; “she is up every night”.',
  });
  await referral.save();
  await expect(page.getByRole('heading', { name: "O'Neill family", level: 1 })).toBeVisible({
    timeout: 20_000,
  });

  // Declined, with the reason; no case opens.
  const family = new FamilyCasework(page);
  await family
    .section('Referrals')
    .getByRole('button', { name: /^Decide/ })
    .click();
  const decide = family.dialog('Decide on this referral');
  await decide.getByLabel('Decline').check();
  await decide.getByLabel('Date of the decision').fill(day(-1).typed);
  await decide.getByLabel('Reason').fill('The school nurse is already supporting the family with sleep.');
  await page.keyboard.press('Control+s');
  await expect(decide).toHaveCount(0, { timeout: 20_000 });
  await expect(family.section('Referrals')).toContainText('Declined on');
  await expect(family.section('Cases')).toContainText('No case is open');

  // From the family page, the family is already chosen.
  await family.section('Referrals').getByRole('button', { name: 'Record a referral' }).click();
  await expect(page).toHaveURL(/\/families\/[0-9a-f-]+\/referrals\/new$/);
  await expect(page.getByText("Family: O'Neill family")).toBeVisible();
  await expect(page.getByLabel('A family not yet in Linkbook')).toHaveCount(0);
  await referral.chooseChild('Aoife O’Neill');
  await referral.fillReferral({
    receivedOn: day(0).typed,
    referrerName: 'Ms Dąbrowska',
    referrerRole: 'Class teacher',
    concerns: 'Aoife has fallen asleep in class twice this week.',
  });
  await look(page, 'referral-from-family-page', 'referral form from the family page');
  await referral.save();
  await expect(family.section('Referrals').getByText('Awaiting a decision').first()).toBeVisible({
    timeout: 20_000,
  });
  await family.openTab('Chronology');
  expect(await family.chronologyTitles(3)).toEqual([
    'Request for assistance received',
    'Referral declined',
    'Request for assistance received',
  ]);
});
