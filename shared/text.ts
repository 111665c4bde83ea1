import { z } from 'zod';

/** Case and accents do not matter when the worker looks someone up: "dabrowski" finds "Dąbrowski". */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .replace(/ø/g, 'o')
    .replace(/ß/g, 'ss')
    .toLowerCase();
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * A required line of text, trimmed, with a limit that stops a pasted novel. `label` is the phrase a
 * sentence needs ("the family name", "your name"), so messages read "Enter your name."
 */
export const requiredText = (label: string, max = 120) =>
  z
    .string({ error: `Enter ${label}.` })
    .trim()
    .min(1, `Enter ${label}.`)
    .max(max, `${capitalised(label)} must be ${max} characters or fewer.`);

export const optionalText = (label: string, max = 120) =>
  z
    .string({ error: `${capitalised(label)} must be text.` })
    .trim()
    .max(max, `${capitalised(label)} must be ${max} characters or fewer.`);
