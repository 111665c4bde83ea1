import { format, isValid, parse } from 'date-fns';
import { foldForSearch } from './text';

// Reading single cells of an MIS export: dates, sessions, whole numbers and names, as schools' files write them.

/** A cell's text without the byte-order mark a CSV export may start with, or the spaces around it. */
export function clean(text: string | undefined): string {
  return (text ?? '').replace(/\uFEFF/g, '').trim();
}

const dayFirst = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const isoFirst = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+Z?)?$/;

/** DD/MM/YYYY (or with dashes or dots), or ISO as a spreadsheet reader writes a date cell; null otherwise. */
export function readDate(text: string): string | null {
  const value = clean(text);
  const uk = dayFirst.exec(value);
  const iso = isoFirst.exec(value);
  const parts = uk ? [uk[3], uk[2], uk[1]] : iso ? [iso[1], iso[2], iso[3]] : null;
  if (!parts) return null;
  const date = parse(parts.join('-'), 'yyyy-M-d', new Date(2000, 0, 1));
  return isValid(date) ? format(date, 'yyyy-MM-dd') : null;
}

export type Session = 'AM' | 'PM';

/** "AM", "a.m.", "Morning" and the like; null for anything else. */
export function readSession(text: string): Session | null {
  const value = clean(text).toLowerCase().replace(/\./g, '');
  if (['am', 'a', 'morning'].includes(value)) return 'AM';
  if (['pm', 'p', 'afternoon'].includes(value)) return 'PM';
  return null;
}

const sessionHeading =
  /^(?:[a-z]{3,9},?\s+)?(\d{1,2}[/.-]\d{1,2}[/.-]\d{4})\s*[-(]?\s*(am|pm|a\.m\.|p\.m\.)\s*\)?$/i;

/** A heading such as "Wed 03/09/2025 AM" or "03/09/2025 (PM)": the date and session it holds. */
export function readSessionHeading(text: string): { date: string; session: Session } | null {
  const match = sessionHeading.exec(clean(text));
  if (!match) return null;
  const date = readDate(match[1]!);
  const session = readSession(match[2]!);
  return date && session ? { date, session } : null;
}

/** A count of sessions: a whole number, 0 or more ("12.0" as some exports write it is 12); null otherwise. */
export function readCount(text: string): number | null {
  const value = clean(text);
  if (!/^\d+(\.0+)?$/.test(value)) return null;
  return Number.parseInt(value, 10);
}

/** "94.7", "94.7%" or "0.947" (a spreadsheet's percentage cell read as a fraction): the percentage. */
export function readPercent(text: string): number | null {
  const value = clean(text).replace(/%$/, '').trim();
  if (!/^\d+(\.\d+)?$/.test(value)) return null;
  const number = Number(value);
  return number <= 1 && !clean(text).endsWith('%') ? number * 100 : number;
}

/** "Surname, Forename" as MIS exports write names, turned round to "Forename Surname". */
export function personName(text: string): string {
  const value = clean(text).replace(/\s+/g, ' ');
  const comma = value.indexOf(',');
  if (comma < 0) return value;
  return `${value.slice(comma + 1).trim()} ${value.slice(0, comma).trim()}`.trim();
}

/**
 * The words of a name for matching: accents, case, apostrophes and hyphens aside, in order. "O'Neill" and
 * "ONeill", "Zoë" and "Zoe", "Smith-Jones" and "Smith Jones" all compare equal.
 */
export function nameWords(name: string): string[] {
  return foldForSearch(name)
    .replace(/['’‘`ʼ]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
}

/** The pupil identifier as a UPN or SCN is compared: letters and digits only, upper case. */
export function pupilKey(text: string): string {
  return clean(text)
    .replace(/[^A-Za-z0-9]/g, '')
    .toUpperCase();
}

/** A row that totals or averages the rows above it: the first cell with text starts "Total" or the like. */
export function isTotalsRow(cells: string[]): boolean {
  const first = cells.map(clean).find(Boolean);
  return first !== undefined && /^(grand\s+)?(totals?|average|averages|count|summary)\b/i.test(first);
}
