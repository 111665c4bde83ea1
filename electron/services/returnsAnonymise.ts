import { differenceInCalendarDays, isValid, parse } from 'date-fns';

/** What the vault knows of one family: every name and detail that must not leave in a case study. */
export interface FamilyDetails {
  familyName: string;
  address: string;
  postcode: string;
  children: { name: string; preferredName: string; dateOfBirth: string; pupilId: string }[];
  carers: { name: string; phone: string; email: string }[];
  professionals: { name: string; role: string; agency: string; phone: string; email: string }[];
}

const LETTER = String.raw`\p{L}\p{M}`;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const fold = (text: string) => text.normalize('NFC');
const TITLE = String.raw`(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+)?`;

/** Replaces whole words only (Zoë, not the "zo" in "zoo"), a title before a name included. */
function replaceWord(text: string, word: string, by: string): string {
  if (word.trim().length < 2) return text;
  const pattern = new RegExp(`(?<![${LETTER}])${TITLE}${escape(fold(word))}(?![${LETTER}])`, 'giu');
  return text.replace(pattern, by);
}

const parts = (name: string) => name.split(/[\s-]+/).filter((part) => part.length >= 2);
const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** The people, each as their stand-in: children by letter, carers by number, professionals by role. */
function standIns(family: FamilyDetails): { names: string[]; by: string }[] {
  return [
    ...family.children.map((child, index) => ({
      names: [child.name, child.preferredName],
      by: `Child ${letters[index] ?? index + 1}`,
    })),
    ...family.carers.map((carer, index) => ({ names: [carer.name], by: `Parent ${index + 1}` })),
    ...family.professionals.map((professional) => ({
      names: [professional.name],
      by: `the ${(professional.role || professional.agency || 'professional').toLowerCase()}`,
    })),
  ];
}

function replaceNames(text: string, family: FamilyDetails): string {
  const people = standIns(family);
  let out = fold(text);
  // Whole names first, so "Zoë Dąbrowska" becomes one "Child A", not "Child A Child A".
  for (const person of people) for (const name of person.names) out = replaceWord(out, name, person.by);
  // Then each part of a name. A part several people share (a surname) is "the family", except after a
  // title: "Mrs Dąbrowska" is a carer.
  const owners = new Map<string, string[]>();
  for (const person of people)
    for (const name of person.names)
      for (const part of parts(name)) {
        const key = part.toLocaleLowerCase('en-GB');
        const known = owners.get(key) ?? [];
        if (!known.includes(person.by)) owners.set(key, [...known, person.by]);
      }
  for (const part of parts(family.familyName.replace(/\s+family$/i, ''))) {
    const key = part.toLocaleLowerCase('en-GB');
    owners.set(key, [...(owners.get(key) ?? []), 'the family']);
  }
  for (const [part, by] of owners) {
    if (by.length === 1) {
      out = replaceWord(out, part, by[0]!);
      continue;
    }
    const carer = by.find((one) => one.startsWith('Parent')) ?? by[0]!;
    out = out.replace(new RegExp(`${TITLE.replace(/\?$/, '')}${escape(part)}(?![${LETTER}])`, 'giu'), carer);
    out = replaceWord(out, part, 'the family');
  }
  // A stand-in that opens a sentence starts with a capital: "The social worker called".
  return out.replace(/(^|[.!?]\s+)the /g, '$1The ');
}

// ---- Dates ----

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
const MONTHS_SHORT = 'Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec';
const DATE = new RegExp(
  [
    String.raw`\b\d{4}-\d{2}-\d{2}\b`,
    String.raw`\b\d{1,2}[/.]\d{1,2}[/.](?:\d{4}|\d{2})\b`,
    String.raw`\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:${MONTHS}|${MONTHS_SHORT})\.?(?:\s+\d{4})?\b`,
    String.raw`\b(?:${MONTHS}|${MONTHS_SHORT})\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?\b`,
    String.raw`\b(?:${MONTHS})\s+\d{4}\b`,
  ].join('|'),
  'giu',
);

/** The day a piece of text names, if it can tell; a date without a year takes the year of the one before. */
function readDate(text: string, yearBefore: number): Date | null {
  const cleaned = text
    .replace(/(\d)(st|nd|rd|th)/i, '$1')
    .replace(/\bof\s+/i, '')
    .replace(/(\d)\.(?=\d)/g, '$1/')
    .replace(/\./g, '')
    .replace(/,/g, '')
    .replace(/\bSept\b/i, 'Sep')
    .trim();
  const formats = [
    'yyyy-MM-dd',
    'd/M/yyyy',
    'd/M/yy',
    'd MMMM yyyy',
    'd MMM yyyy',
    'MMMM d yyyy',
    'MMM d yyyy',
    'MMMM yyyy',
    'd MMMM',
    'd MMM',
    'MMMM d',
    'MMM d',
  ];
  for (const shape of formats) {
    const date = parse(cleaned, shape, new Date(yearBefore, 0, 1));
    if (isValid(date)) return date;
  }
  return null;
}

const WORDS = [
  'no',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
];
const count = (n: number, unit: string) => `${WORDS[n] ?? String(n)} ${unit}${n === 1 ? '' : 's'}`;

/** "three weeks later", as a story is told; a date before the one before is "earlier". */
export function relativePhrase(days: number): string {
  const span = Math.abs(days);
  const direction = days < 0 ? 'earlier' : 'later';
  if (span === 0) return 'the same day';
  if (span === 1) return days > 0 ? 'the next day' : 'the day before';
  if (span < 14) return `${count(span, 'day')} ${direction}`;
  if (span < 63) return `${count(Math.round(span / 7), 'week')} ${direction}`;
  if (span < 700) return `${count(Math.round(span / 30.4), 'month')} ${direction}`;
  return `${count(Math.round(span / 365.25), 'year')} ${direction}`;
}

/**
 * Each date becomes relative to the one before it ("three weeks later"); the first is "at first". A date of
 * birth is removed outright, however it is written.
 */
function relativeDates(text: string, family: FamilyDetails): string {
  const births = new Set(family.children.map((child) => child.dateOfBirth));
  let previous: Date | null = null;
  return text.replace(
    new RegExp(String.raw`(\b(?:on|from|by|since)\s+(?:the\s+)?)?(${DATE.source})`, 'giu'),
    // "On", "by" or "since" before a date goes with it: "By 4 Dec she came" becomes "Two weeks later she came".
    (whole, _lead: string | undefined, found: string, offset: number) => {
      const date = readDate(found, previous?.getFullYear() ?? 2000);
      if (!date) return whole;
      const iso = `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
      if (births.has(iso)) return '[date of birth removed]';
      const phrase = previous ? relativePhrase(differenceInCalendarDays(date, previous)) : 'at first';
      previous = date;
      const startsSentence = offset === 0 || /[.!?]\s*$/.test(text.slice(0, offset));
      return startsSentence ? phrase.charAt(0).toUpperCase() + phrase.slice(1) : phrase;
    },
  );
}

// ---- Contact details and identifiers ----

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
const PHONE = /(?:\+44\s?\(?0?\)?\s?|\b0)(?:\d[\s-]?){9,10}\b/g;
const POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b/gi;
const UPN = /\b[A-Z]\d{11}[A-Z\d]\b/gi;
const SCN = /\b\d{9}\b/g;
const STREET =
  /\b\d+[A-Za-z]?,?\s+(?:[\p{L}'-]+\s+){1,3}(?:Road|Rd|Street|St|Avenue|Ave|Lane|Drive|Crescent|Place|Court|Gardens|Terrace|Way|Close|Grove|Square|Park|View|Wynd|Gate)\b/giu;

function removeDetails(text: string, family: FamilyDetails): string {
  let out = text.replace(EMAIL, '[email removed]');
  for (const person of [...family.carers, ...family.professionals])
    for (const detail of [person.email, person.phone])
      if (detail.trim().length >= 5) out = out.split(detail.trim()).join('[contact detail removed]');
  out = out.replace(PHONE, '[phone removed]');
  for (const child of family.children)
    if (child.pupilId.trim()) out = replaceWord(out, child.pupilId.trim(), '[identifier removed]');
  out = out.replace(UPN, '[identifier removed]').replace(SCN, '[identifier removed]');
  for (const line of family.address.split(/[\n,]+/).map((one) => one.trim()))
    if (line.length >= 4) out = replaceWord(out, line, '[address removed]');
  return out.replace(STREET, '[address removed]').replace(POSTCODE, '[postcode removed]');
}

/**
 * A case study as it may leave the school: the family's children, carers and professionals named by stand-ins
 * ("Child A", "Parent 1", "the social worker"), dates told relative to each other, and no date of birth,
 * address, phone, email or pupil identifier. It can only know the people the vault knows of this family.
 */
export function anonymise(text: string, family: FamilyDetails): string {
  // Details first: an email or street holds names that would otherwise become "Parent 1@example.com".
  return relativeDates(replaceNames(removeDetails(fold(text), family), family), family);
}
