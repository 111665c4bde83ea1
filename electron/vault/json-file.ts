import { existsSync, readFileSync } from 'node:fs';
import type { z } from 'zod';

/** A small JSON file of the vault's: its parsed contents, null when absent, 'damaged' when unreadable. */
export function parseJsonFile<T>(path: string, schema: z.ZodType<T>): T | null | 'damaged' {
  if (!existsSync(path)) return null;
  try {
    const parsed = schema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    return parsed.success ? parsed.data : 'damaged';
  } catch {
    return 'damaged';
  }
}
