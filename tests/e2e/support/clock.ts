/**
 * Every end-to-end test runs at the same moment, whatever the real date: Tuesday 24 November 2026, 10:00
 * in London, in the autumn term the calendar spec plans. The server starts its clock there (LINKBOOK_CLOCK)
 * and the page's Date starts there too (Playwright's clock); both then run on in real time.
 */
export const CLOCK_START = '2026-11-24T10:00:00Z';
/** Where the app runs in the tests, server and page alike, so "today" is one day for both. */
export const TIME_ZONE = 'Europe/London';

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * The day `offset` days from the tests' today: ISO as the API takes it, as the worker types it (DD/MM/YYYY)
 * and as lists show it (Tue 4 Nov 2025). Counted in UTC so the runner's own time zone cannot move it.
 */
export function dayFromToday(offset: number): { iso: string; typed: string; shown: string } {
  const today = new Date(CLOCK_START);
  const date = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + offset));
  const two = (n: number) => String(n).padStart(2, '0');
  const [year, month, day] = [date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()];
  return {
    iso: `${year}-${two(month + 1)}-${two(day)}`,
    typed: `${two(day)}/${two(month + 1)}/${year}`,
    shown: `${WEEKDAYS[date.getUTCDay()]} ${day} ${MONTHS[month]} ${year}`,
  };
}
