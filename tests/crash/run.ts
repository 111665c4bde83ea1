/**
 * `npm run crash -- --kills 300 --seed 7`: the crash harness on its own, with its summary. It runs through
 * vitest because the harness shares tests/support, which only loads there.
 */
import { spawnSync } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    kills: { type: 'string', default: '300' },
    seed: { type: 'string', default: String(randomInt(1, 1_000_000)) },
    keep: { type: 'boolean', default: false },
    tsx: { type: 'boolean', default: false },
  },
});
const scratch = mkdtempSync(join(tmpdir(), 'linkbook-crash-report-'));
const report = join(scratch, 'report.json');
const result = spawnSync('npx', ['vitest', 'run', 'tests/crash/crash.test.ts'], {
  stdio: 'inherit',
  env: {
    ...process.env,
    LINKBOOK_CRASH_KILLS: values.kills,
    LINKBOOK_CRASH_SEED: values.seed,
    LINKBOOK_CRASH_REPORT: report,
    LINKBOOK_CRASH_KEEP: values.keep ? '1' : '0',
    LINKBOOK_CRASH_TSX: values.tsx ? '1' : '0',
  },
});
try {
  const { text } = JSON.parse(readFileSync(report, 'utf8')) as { text: string };
  console.log(`\n${text}`);
} catch {
  console.log('\nThe crash harness wrote no summary (see the output above).');
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
process.exit(result.status ?? 1);
