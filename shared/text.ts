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

/** A required line of text, trimmed, with a limit that stops a pasted novel. */
export const requiredText = (label: string, max = 120) =>
  z
    .string({ error: `Enter the ${label}.` })
    .trim()
    .min(1, `Enter the ${label}.`)
    .max(max, `The ${label} must be ${max} characters or fewer.`);

export const optionalText = (label: string, max = 120) =>
  z
    .string({ error: `The ${label} must be text.` })
    .trim()
    .max(max, `The ${label} must be ${max} characters or fewer.`);
