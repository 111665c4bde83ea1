import { z } from 'zod';
import { requiredText } from './text';

export const DEFAULT_IDLE_LOCK_MINUTES = 10;
/** The common paper webs score 1 to 10; a school using the national online tool chooses 1 to 5. */
export const DEFAULT_WELLBEING_SCALE = 10;
/** Counts from 1 to this less one are written "<5" in returns that leave the school, as authorities ask. */
export const DEFAULT_SMALL_NUMBER_THRESHOLD = 5;

export const settingsFields = z.strictObject({
  schoolName: requiredText("the school's name"),
  workerName: requiredText('your name'),
  idleLockMinutes: z
    .number({ error: 'Enter a number of minutes.' })
    .int('Enter a whole number of minutes.')
    .min(1, 'Lock after at least 1 minute.')
    .max(120, 'Lock after 120 minutes at most.'),
  wellbeingScale: z.union([z.literal(10), z.literal(5)], {
    error: 'Choose a scale of 1 to 10 or 1 to 5.',
  }),
  smallNumberThreshold: z
    .number({ error: 'Enter a number.' })
    .int('Enter a whole number.')
    .min(2, 'Hide counts below 2 at least.')
    .max(20, 'Hide counts below 20 at most.'),
});
export type Settings = z.infer<typeof settingsFields>;

export const updateSettingsInput = settingsFields.partial();

/** The school's logo, printed at the top of plans and calendars. */
export const logoTypes = { 'image/png': 'PNG image', 'image/jpeg': 'JPEG image' } as const;
export type LogoType = keyof typeof logoTypes;
export const MAX_LOGO_BYTES = 1024 * 1024;

export const setLogoInput = z.strictObject({
  mimeType: z.enum(Object.keys(logoTypes) as [LogoType], { error: 'Choose a PNG or JPEG image.' }),
  // Base64 of at most 1 MiB is at most 1,398,104 characters.
  dataBase64: z
    .string()
    .min(1, 'Choose an image that is not empty.')
    .max(Math.ceil(MAX_LOGO_BYTES / 3) * 4, 'The logo can be at most 1 MB.')
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'The image could not be read.'),
});
export type SchoolLogo = z.infer<typeof setLogoInput>;
