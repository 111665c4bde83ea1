import { format, isValid, parse, parseISO } from 'date-fns';

// Stored and sent as ISO (YYYY-MM-DD); shown and typed as DD/MM/YYYY, the way a UK school writes dates.
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function ukToIso(text: string): string | null {
  const trimmed = text.trim();
  if (!/^\d{1,2}\/\d{1,2}\/\d{4}$/.test(trimmed)) return null;
  const date = parse(trimmed, 'd/M/yyyy', new Date(2000, 0, 1));
  return isValid(date) ? format(date, 'yyyy-MM-dd') : null;
}

export function isRealIsoDate(iso: string): boolean {
  return ISO_DATE.test(iso) && isValid(parseISO(iso)) && format(parseISO(iso), 'yyyy-MM-dd') === iso;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * Why typed text is not a date, in the worker's words: "31 February 2025 is not a real date" says more than
 * "enter the date as DD/MM/YYYY" to someone who did. Null when the text is not a DD/MM/YYYY attempt at all.
 */
export function impossibleDate(text: string): string | null {
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim());
  if (!match || ukToIso(text) !== null) return null;
  const [day, month, year] = match.slice(1).map(Number) as [number, number, number];
  if (month < 1 || month > 12) return `There is no month ${month}: the month comes second, as in 04/11/2015.`;
  return `${day} ${MONTHS[month - 1]} ${year} is not a real date.`;
}

/** Today's date where the worker is, as ISO: what "in the future" is measured against. */
export function localIsoDate(now: Date): string {
  return format(now, 'yyyy-MM-dd');
}

export function isoToUk(iso: string): string {
  return isRealIsoDate(iso) ? format(parseISO(iso), 'dd/MM/yyyy') : iso;
}

/** "Tue 4 Nov 2025", as lists show dates. */
export function isoToDisplay(iso: string): string {
  return isRealIsoDate(iso) ? format(parseISO(iso), 'EEE d MMM yyyy') : iso;
}

export function ageInYears(dateOfBirthIso: string, today: Date): number {
  const dob = parseISO(dateOfBirthIso);
  let age = today.getFullYear() - dob.getFullYear();
  const beforeBirthday =
    today.getMonth() < dob.getMonth() ||
    (today.getMonth() === dob.getMonth() && today.getDate() < dob.getDate());
  if (beforeBirthday) age -= 1;
  return age;
}
