import { markKind, registerCodes, type SessionCounts } from './attendance';
import type { Session } from './attendanceCells';

/**
 * Register marks by session. A session is a whole number, its "slot": twice the day's number since 1970
 * plus 0 for the morning or 1 for the afternoon, so ranges, weeks and ordering are plain arithmetic on
 * numbers rather than on dates as text. A pupil's marks are a map from slot to code.
 */
export type Marks = Map<number, string>;

const DAY_MS = 86_400_000;

export function dayOf(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY_MS;
}

export function isoOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export const slotOf = (iso: string, session: Session) => dayOf(iso) * 2 + (session === 'PM' ? 1 : 0);
export const dayOfSlot = (slot: number) => Math.floor(slot / 2);
export const isoOfSlot = (slot: number) => isoOfDay(dayOfSlot(slot));

/** The Monday of the week a day falls in (1 January 1970 was a Thursday). */
export const mondayOf = (day: number) => day - ((day + 3) % 7);

export const emptyCounts = (): SessionCounts => ({
  possible: 0,
  attended: 0,
  authorised: 0,
  unauthorised: 0,
  excluded: 0,
});

/** Adds one mark as the regulations count it; false when the code is not one of England's. */
export function addMark(counts: SessionCounts, code: string): boolean {
  // Stored codes are already upper case and trimmed: looked up directly, as this runs for every mark.
  const kind = registerCodes[code]?.kind ?? markKind(code);
  if (kind === null) return false;
  if (kind === 'not_possible') return true;
  counts.possible += 1;
  if (kind === 'present' || kind === 'educational') counts.attended += 1;
  else counts[kind] += 1;
  return true;
}

export function addCounts(into: SessionCounts, more: SessionCounts): SessionCounts {
  into.possible += more.possible;
  into.attended += more.attended;
  into.authorised += more.authorised;
  into.unauthorised += more.unauthorised;
  into.excluded += more.excluded;
  return into;
}

/** The marks' sessions counted, within slots `from`..`to` (inclusive) when given. */
export function countMarks(marks: Marks, from = -Infinity, to = Infinity): SessionCounts {
  const counts = emptyCounts();
  for (const [slot, code] of marks) if (slot >= from && slot <= to) addMark(counts, code);
  return counts;
}

/**
 * Marks as stored with their period: the codes of every session from the morning of `from` on,
 * comma-separated, empty where there was no mark (weekends, holidays). A school year is about 640 short
 * entries per pupil, and England's codes hold no commas.
 */
export function encodeMarks(marks: Marks, from: string): string {
  const start = dayOf(from) * 2;
  let last = start - 1;
  for (const slot of marks.keys()) if (slot > last) last = slot;
  const codes = new Array<string>(last - start + 1).fill('');
  for (const [slot, code] of marks) if (slot >= start) codes[slot - start] = code;
  return codes.join(',');
}

export function decodeMarks(from: string, text: string): Marks {
  const start = dayOf(from) * 2;
  const marks: Marks = new Map();
  text.split(',').forEach((code, at) => {
    if (code !== '') marks.set(start + at, code);
  });
  return marks;
}
