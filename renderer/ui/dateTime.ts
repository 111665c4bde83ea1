import { format } from 'date-fns';

/** "9:30", "0930", "930" and "9.30" all mean 09:30; null when the text is not a 24-hour time (yet). */
export function normaliseTime(text: string): string | null {
  const match = /^(\d{1,2})[:.]?(\d{2})$/.exec(text.trim());
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (hours > 23 || minutes > 59) return null;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

/** The contract's date and time (YYYY-MM-DDTHH:mm) split into its date and time, either half-typed. */
export function splitDateTime(value: string): { date: string; time: string } {
  const at = value.indexOf('T');
  return at < 0 ? { date: value, time: '' } : { date: value.slice(0, at), time: value.slice(at + 1) };
}

/** Now, to the minute, on this laptop's clock, in the contract's format (YYYY-MM-DDTHH:mm). */
export function nowLocal(now = new Date()): string {
  return format(now, "yyyy-MM-dd'T'HH:mm");
}
