import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import type { Page } from '@playwright/test';
import { look } from './support/axe';
import { expect, test } from './support/fixtures';
import { printToPdf } from './support/pdf';
import { tabTo } from './support/keyboard';
import { VaultScreens } from './pages/vault';

const nav = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true });

/** A family on the caseload, through the API as the app itself sends it. */
async function seedFamily(page: Page): Promise<string> {
  const family = {
    familyName: 'Ó Briain family',
    address: '3 Mill Lane',
    postcode: 'LS6 2AB',
    carers: [
      {
        name: 'Siobhán Ó Briain',
        relationship: 'Mother',
        phone: '07700 900456',
        email: '',
        preferredLanguage: 'English',
        interpreterNeeded: false,
        parentalResponsibility: true,
      },
    ],
    children: [
      {
        name: 'Cian Ó Briain',
        preferredName: '',
        dateOfBirth: '2018-05-02',
        yearGroup: 'Year 3',
        className: '3B',
        pupilId: '',
        freeSchoolMeals: false,
        additionalSupportNeeds: false,
        englishAdditionalLanguage: false,
        careExperienced: false,
        youngCarer: false,
        childProtection: false,
        attendanceConcern: false,
      },
    ],
  };
  const result = await page.evaluate(async (body) => {
    const token = sessionStorage.getItem('linkbook.token') ?? '';
    const response = await fetch('/api/families.create', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
    });
    return (await response.json()) as { ok: boolean; value?: { id: string }; error?: { message: string } };
  }, family);
  expect(result.error?.message).toBeUndefined();
  return result.value!.id;
}

test('a weekly coffee morning for the autumn term: holidays skipped, a date moved, attendance, print and .ics', async ({
  page,
  linkbook,
}) => {
  test.setTimeout(420_000);
  const vault = new VaultScreens(page);
  await vault.open(linkbook.url);
  await vault.create();
  await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible({ timeout: 20_000 });
  const familyId = await seedFamily(page);

  // 1. Terms and holidays: England's dates are offered, accepted and saved.
  await nav(page, 'Calendar').click();
  await expect(page.getByRole('heading', { name: 'Calendar', level: 1 })).toBeVisible();
  await expect(page.getByText('The 2026/27 terms and holidays are not set yet')).toBeVisible();
  await look(page, 'calendar-empty', 'calendar before terms are set');
  await page.getByRole('link', { name: 'Set the terms and holidays' }).click();
  await expect(page.getByRole('heading', { name: 'Terms and holidays', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Use the usual dates for 2026/27' }).click();
  await expect(page.locator('#terms-0-name')).toHaveValue('Autumn term');
  await expect(page.locator('#terms-0-name')).toBeFocused();
  await look(page, 'calendar-terms', 'terms and holidays');
  await page.keyboard.press('Control+s');
  await expect(page.getByText('Terms and holidays for 2026/27 saved.')).toBeVisible();
  await page.getByRole('link', { name: 'Back to the calendar' }).click();

  // 2. A weekly coffee morning for the autumn term, by keyboard.
  await expect(page.getByText('Autumn term: Wed 2 Sep 2026 to Fri 18 Dec 2026')).toBeVisible();
  await tabTo(page, 'Add an event');
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Add an event' });
  await expect(dialog).toBeVisible();
  await expect(page.getByLabel('Name of the event')).toBeFocused();
  await page.keyboard.type('Coffee morning');
  await tabTo(page, 'Kind of event');
  await page.getByLabel('Kind of event').selectOption('Coffee morning');
  await tabTo(page, 'Place');
  await page.keyboard.type('Community room');
  await tabTo(page, 'Starts at');
  await page.keyboard.type('09:00');
  await tabTo(page, 'Ends at');
  await page.keyboard.type('10:30');
  await tabTo(page, 'Every week');
  await expect(dialog.getByLabel('Every week')).toBeChecked();
  // The day ticked follows the first date typed, not the day the dialog opened on (today, a Tuesday).
  const firstDate = dialog.getByLabel('First date');
  const ticked = async (...days: string[]) => {
    for (const weekday of ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'])
      await expect(dialog.getByLabel(weekday, { exact: true }), weekday).toBeChecked({
        checked: days.includes(weekday),
      });
  };
  await tabTo(page, 'First date');
  await page.keyboard.press('Control+a');
  await page.keyboard.type('09/09/2026');
  await ticked('Wednesday');
  await page.keyboard.press('Control+a');
  await page.keyboard.type('08/09/2026');
  await ticked('Tuesday');
  // Once the worker ticks a day themselves, the days they chose stay whatever first date they type.
  await dialog.getByLabel('Saturday').check();
  await firstDate.fill('07/09/2026');
  await ticked('Tuesday', 'Saturday');
  await firstDate.fill('08/09/2026');
  await dialog.getByLabel('Saturday').uncheck();
  await ticked('Tuesday');
  await firstDate.focus();
  await tabTo(page, 'Tuesday');
  await expect(dialog.getByLabel('Tuesday')).toBeChecked();
  await tabTo(page, 'Last date');
  await expect(page.getByLabel('Last date')).toHaveValue('18/12/2026');
  await expect(dialog.getByLabel('Skip school holidays and closures')).toBeChecked();
  await expect(dialog.locator('.event-preview')).toContainText(
    'Every Tuesday, in term time. 14 dates, starting Tue 8 Sep 2026, Tue 15 Sep 2026',
  );
  await tabTo(page, 'Description for parents');
  await page.keyboard.type('Tea, toast and a friendly chat. Bring little ones along.');
  await look(page, 'calendar-event-form', 'add an event');
  await page.keyboard.press('Control+s');
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Coffee morning saved.')).toBeVisible();

  // 3. The term view: no coffee morning in half-term week.
  await page.getByRole('tab', { name: 'Term' }).click();
  const halfTerm = page.getByRole('region', { name: 'Week beginning Monday 26 October 2026' });
  await expect(halfTerm).toContainText('Autumn half-term: school closed');
  await expect(halfTerm).toContainText('No events this week.');
  const weekBefore = page.getByRole('region', { name: 'Week beginning Monday 19 October 2026' });
  await expect(weekBefore).toContainText('Tue 20 Oct 2026');
  await expect(page.locator('.term-view .occurrence')).toHaveCount(14);
  await look(page, 'calendar-term', 'term view');

  // 4. The month grid by keyboard: from today, Page Down to December and arrows to Tue 8 Dec.
  await page.getByRole('tab', { name: 'Month' }).click();
  await expect(page.getByRole('heading', { name: 'November 2026', exact: true })).toBeVisible();
  const selected = page.locator('[role="gridcell"][aria-selected="true"]');
  await expect(selected).toHaveAttribute('aria-label', 'Tue 24 Nov 2026, 1 event');
  await selected.focus();
  await page.keyboard.press('PageDown');
  await expect(page.getByRole('heading', { name: 'December 2026', exact: true })).toBeVisible();
  await expect(page.locator('[role="gridcell"]:focus')).toHaveAttribute(
    'aria-label',
    'Thu 24 Dec 2026, no events',
  );
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(page.locator('[role="gridcell"]:focus')).toHaveAttribute(
    'aria-label',
    'Tue 8 Dec 2026, 1 event',
  );
  await page.keyboard.press('PageUp');
  await expect(page.getByRole('heading', { name: 'November 2026', exact: true })).toBeVisible();
  await expect(page.locator('[role="gridcell"]:focus')).toHaveAttribute(
    'aria-label',
    'Sun 8 Nov 2026, no events',
  );
  // Sun 8 Nov, up a week to Sun 1 Nov, back five days into half-term.
  await page.keyboard.press('ArrowUp');
  for (let press = 0; press < 5; press++) await page.keyboard.press('ArrowLeft');
  await expect(page.locator('[role="gridcell"]:focus')).toHaveAttribute(
    'aria-label',
    'Tue 27 Oct 2026, Autumn half-term, no events',
  );
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('[role="gridcell"]:focus')).toHaveAttribute(
    'aria-label',
    'Tue 10 Nov 2026, 1 event',
  );
  await look(page, 'calendar-month', 'month view');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Tue 10 Nov 2026' })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');

  // 5. Move just this date to the Thursday afternoon.
  const occurrence = page.getByRole('dialog', { name: 'Coffee morning' });
  await expect(occurrence).toContainText('Tue 10 Nov 2026, 09:00 to 10:30');
  await look(page, 'calendar-occurrence', 'occurrence dialog');
  await occurrence.getByRole('button', { name: 'Move this date' }).click();
  const moving = page.getByRole('dialog', { name: 'Move Coffee morning on Tue 10 Nov 2026' });
  await moving.getByLabel('New date').fill('12/11/2026');
  await moving.getByLabel('Starts at').fill('13:30');
  await moving.getByLabel('Ends at').fill('15:00');
  await page.keyboard.press('Control+s');
  await expect(page.getByText('Coffee morning moved to Thu 12 Nov 2026, 13:30.')).toBeVisible();
  await expect(page.locator('[role="gridcell"][aria-label^="Tue 10 Nov 2026"]')).toHaveAttribute(
    'aria-label',
    'Tue 10 Nov 2026, no events',
  );

  // 6. Record who came: Siobhán from the caseload and 3 others.
  await page.locator('[role="gridcell"][aria-label^="Thu 12 Nov 2026"]').click();
  await page.getByRole('button', { name: /13:30–15:00 Coffee morning/ }).click();
  await expect(occurrence).toContainText('Moved from Tue 10 Nov 2026');
  await occurrence.getByRole('button', { name: 'Record who came' }).click();
  const attendance = page.getByRole('dialog', { name: 'Who came to Coffee morning on Thu 12 Nov 2026' });
  await attendance.getByLabel('Find a parent or carer on the caseload').fill('siobhan');
  await attendance.getByRole('button', { name: 'Add Siobhán Ó Briain (Ó Briain family)' }).click();
  await expect(attendance.getByLabel('Siobhán Ó Briain (Ó Briain family)')).toBeChecked();
  await attendance.getByLabel('Others who came, not on the caseload').fill('3');
  await look(page, 'calendar-attendance', 'record who came');
  await attendance.getByRole('button', { name: 'Save who came' }).click();
  await expect(page.getByText('Who came to Coffee morning on Thu 12 Nov 2026 saved.')).toBeVisible();
  await expect(page.getByRole('button', { name: /13:30–15:00 Coffee morning/ })).toContainText('4 came');

  // 6b. Cancel one date (asked first), then take it back with Undo.
  const seventeenth = page.locator('[role="gridcell"][aria-label^="Tue 17 Nov 2026"]');
  await seventeenth.click();
  await page.getByRole('button', { name: /09:00–10:30 Coffee morning/ }).click();
  await occurrence.getByRole('button', { name: 'Cancel this date' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Cancel Coffee morning on Tue 17 Nov 2026?' });
  await expect(confirm).toContainText('Only this date is cancelled; the rest of the series stays.');
  await confirm.getByRole('button', { name: 'Cancel this date' }).click();
  await expect(page.getByText('Coffee morning on Tue 17 Nov 2026 cancelled.')).toBeVisible();
  await expect(seventeenth).toHaveAttribute('aria-label', 'Tue 17 Nov 2026, no events');
  await expect(page.locator('[role="gridcell"][aria-label^="Tue 24 Nov 2026"]')).toHaveAttribute(
    'aria-label',
    'Tue 24 Nov 2026, 1 event',
  );
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('Coffee morning on Tue 17 Nov 2026 is back on.')).toBeVisible();
  await expect(seventeenth).toHaveAttribute('aria-label', 'Tue 17 Nov 2026, 1 event');

  // 7. The family page and the engagement figures.
  await page.goto(`${new URL(linkbook.url).origin}/families/${familyId}/overview`);
  const events = page.getByRole('region', { name: 'Events attended' });
  await expect(events).toContainText('Thu 12 Nov 2026 Coffee morning (Coffee morning): Siobhán Ó Briain', {
    timeout: 20_000,
  });
  await look(page, 'calendar-family', 'family overview with events');
  await nav(page, 'Calendar').click();
  await page.getByRole('link', { name: 'Engagement' }).click();
  await expect(page.getByRole('heading', { name: 'Parents engaged', level: 1 })).toBeVisible();
  const totals = page.locator('.engagement-totals');
  await expect(totals).toContainText('Parents and carers reached1');
  await expect(totals).toContainText('First-time attendees1');
  await expect(totals).toContainText('Repeat attendees0');
  await expect(totals).toContainText('Others not on the caseload3');
  // Dates held so far: 8/9 to today, 24/11, with half-term skipped.
  await expect(page.getByRole('row', { name: /Coffee morning/ })).toContainText('11');
  await look(page, 'calendar-engagement', 'engagement');

  // 8. This week's events on Today.
  await nav(page, 'Today').click();
  await expect(page.getByRole('region', { name: 'Events in the next 7 days' })).toContainText(
    'Coffee morning',
  );
  await expect(page.getByRole('region', { name: 'Events in the next 7 days' })).toContainText(
    'Tue 24 Nov 2026, 09:00',
  );

  // 9. Print the term calendar and look at it.
  await nav(page, 'Calendar').click();
  await page.getByRole('link', { name: 'Print term calendar' }).click();
  await expect(
    page.getByRole('heading', { name: 'What’s on for parents and carers: Autumn term' }),
  ).toBeVisible();
  await expect(page.locator('.term-sheet-school')).toHaveText('Craigton Primary School');
  await look(page, 'calendar-print-screen', 'term calendar print view');
  const { layout: text, flowing } = await printToPdf(page, 'term-calendar');
  // Each time stands apart from the title after it as text, not only on paper ("15:00Coffee" was one word).
  expect(flowing).not.toMatch(/\d\d:\d\d[A-Za-z]/);
  expect(text).toContain('Craigton Primary School');
  expect(text).toContain('Autumn half-term: school closed');
  expect(text).toContain('Thursday 12 November, 13:30 to 15:00');
  expect(text).not.toContain('Tuesday 10 November');
  expect(text).not.toContain('Confidential');
  expect(text).toContain('Tea, toast and a friendly chat.');
  expect(text).toMatch(/Page 1 of [1-9]/);

  // 10. Export .ics and read it back as a phone would.
  await page.getByRole('link', { name: 'Back to the calendar' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export to phone or Outlook (.ics)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('Craigton Primary School Autumn term events for parents.ics');
  const ics = readFileSync((await file.path())!, 'utf8');
  const calendar = new ICAL.Component(ICAL.parse(ics));
  expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe(
    'Craigton Primary School: Autumn term events for parents',
  );
  const vevents = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
  expect(vevents).toHaveLength(14);
  const starts = vevents.map((event) => event.startDate.toJSDate().toISOString());
  expect(starts[0]).toBe('2026-09-08T08:00:00.000Z');
  expect(starts).toContain('2026-11-12T13:30:00.000Z');
  expect(starts).toContain('2026-11-03T09:00:00.000Z');
  expect(starts).not.toContain('2026-10-27T09:00:00.000Z');
  expect(
    vevents.every((event) => event.summary === 'Coffee morning' && event.location === 'Community room'),
  ).toBe(true);
});
