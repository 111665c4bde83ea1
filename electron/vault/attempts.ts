/**
 * A growing pause after repeated wrong passphrases: free for the first three tries (typos happen), then
 * 2, 4, 8 ... seconds, capped at five minutes. Kept in memory only, so a wrong guess writes nothing.
 */
export class UnlockAttempts {
  private failures = 0;
  private blockedUntil = 0;

  retryAfterSeconds(now: Date): number {
    return Math.max(0, Math.ceil((this.blockedUntil - now.getTime()) / 1000));
  }

  recordFailure(now: Date): void {
    this.failures += 1;
    if (this.failures >= 3) {
      const seconds = Math.min(300, 2 ** (this.failures - 2));
      this.blockedUntil = now.getTime() + seconds * 1000;
    }
  }

  recordSuccess(): void {
    this.failures = 0;
    this.blockedUntil = 0;
  }
}
