import { z } from 'zod';
import { ApiCallError } from '../../api/client';

/**
 * A 24-hour time as the worker types it ("9:05", "09:05" or "14.30"), held as "HH:mm". The contract takes
 * one "YYYY-MM-DDTHH:mm" value; forms split it into a date field and a time field, and join them on save.
 */
export const timeOfDay = (label: string) =>
  z
    .string({ error: `Enter the ${label}.` })
    .trim()
    .min(1, `Enter the ${label}, like 14:30.`)
    .regex(/^([01]?\d|2[0-3])[:.][0-5]\d$/, `Enter the ${label} as a 24-hour time, like 14:30.`)
    .transform((time) => time.replace('.', ':').padStart(5, '0'));

/** The contract's "YYYY-MM-DDTHH:mm" from a form's separate date (ISO) and time ("HH:mm") fields. */
export function joinDateTime(date: string, time: string): string {
  return `${date}T${time.replace('.', ':').padStart(5, '0')}`;
}

/**
 * The server names fields by the contract's paths ("passedToDsl.dslName", "occurredAt"); a form whose
 * fields are arranged differently renames them, so each message still lands beside its own field.
 */
export function renameServerFields(error: unknown, rename: (path: string) => string): unknown {
  if (!(error instanceof ApiCallError) || !error.error.fields) return error;
  const fields = Object.fromEntries(
    Object.entries(error.error.fields).map(([path, message]) => [rename(path), message]),
  );
  return new ApiCallError({ ...error.error, fields });
}
