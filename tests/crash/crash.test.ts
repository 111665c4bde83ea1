import { writeFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { FAST_SCRYPT, MIGRATIONS } from '../support/temp-vault';
import { formatFailure, formatSummary, runCrashHarness } from './harness';
import { SCENARIOS } from './protocol';

const kills = Number(process.env.LINKBOOK_CRASH_KILLS ?? 200);
// A fixed seed by default, so CI walks the same rounds each time; the kill timings still vary with the load.
const seed = Number(process.env.LINKBOOK_CRASH_SEED ?? 11);

// Generous: on a 2-core machine shared with other jobs a round has taken up to 6 s instead of about 1.
const budgetMs = Math.max(120_000, kills * 8_000);

it(
  `keeps every acknowledged record through ${kills} kills with SIGKILL (seed ${seed})`,
  async () => {
    const summary = await runCrashHarness({
      kills,
      seed,
      migrationsFolder: MIGRATIONS,
      scrypt: FAST_SCRYPT,
      useTsx: process.env.LINKBOOK_CRASH_TSX === '1',
      keepFailed: process.env.LINKBOOK_CRASH_KEEP === '1',
      timeBudgetMs: budgetMs,
      log: (line) => console.log(line),
    });
    const text = formatSummary(summary);
    console.log(text);
    if (process.env.LINKBOOK_CRASH_REPORT)
      writeFileSync(process.env.LINKBOOK_CRASH_REPORT, JSON.stringify({ text, summary }, null, 2));

    // A run that killed nothing, or never reached a scenario, would pass without having tested it.
    expect(summary.kills).toBeGreaterThanOrEqual(kills);
    if (kills >= 60)
      for (const scenario of SCENARIOS)
        expect(summary.killsByScenario[scenario], scenario).toBeGreaterThan(0);
    expect(summary.ackedWrites).toBeGreaterThan(kills);
    expect(summary.failures.map(formatFailure)).toEqual([]);
  },
  budgetMs + 120_000,
);
