import { z } from 'zod';
import { requiredText } from './text';

export const DEFAULT_IDLE_LOCK_MINUTES = 10;

export const settingsFields = z.strictObject({
  schoolName: requiredText("the school's name"),
  workerName: requiredText('your name'),
  idleLockMinutes: z
    .number({ error: 'Enter a number of minutes.' })
    .int('Enter a whole number of minutes.')
    .min(1, 'Lock after at least 1 minute.')
    .max(120, 'Lock after 120 minutes at most.'),
});
export type Settings = z.infer<typeof settingsFields>;

export const updateSettingsInput = settingsFields.partial();
