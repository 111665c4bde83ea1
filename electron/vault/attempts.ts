import { z } from 'zod';
import { parseJsonFile } from './json-file';
import { writeFileDurably } from './files';

const stored = z.object({ failures: z.number().int().min(0), blockedUntil: z.number() });
type Stored = z.infer<typeof stored>;

/**
 * A growing pause after repeated wrong secrets: free for the first three tries (typos happen), then 2, 4,
 * 8 ... seconds, capped at five minutes. Kept in the vault folder, so restarting Linkbook does not reset it;
 * the file holds two numbers and nothing about the worker or the records. Every check of a secret (unlock,
 * restore, change of passphrase) goes through it.
 */
export class UnlockAttempts {
  constructor(private readonly file: string) {}

  private read(): Stored {
    // A damaged count must not open the door wider: it is read as three failures, so the pause applies.
    const parsed = parseJsonFile(this.file, stored);
    if (parsed === 'damaged') return { failures: 3, blockedUntil: 0 };
    return parsed ?? { failures: 0, blockedUntil: 0 };
  }

  retryAfterSeconds(now: Date): number {
    return Math.max(0, Math.ceil((this.read().blockedUntil - now.getTime()) / 1000));
  }

  recordFailure(now: Date): void {
    const failures = this.read().failures + 1;
    const seconds = failures >= 3 ? Math.min(300, 2 ** (failures - 2)) : 0;
    writeFileDurably(this.file, JSON.stringify({ failures, blockedUntil: now.getTime() + seconds * 1000 }));
  }

  recordSuccess(): void {
    if (this.read().failures > 0)
      writeFileDurably(this.file, JSON.stringify({ failures: 0, blockedUntil: 0 }));
  }
}
