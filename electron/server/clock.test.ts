import { describe, expect, it } from 'vitest';
import { startClockAt } from './clock';

describe('the clock browser mode can start at', () => {
  it('starts at the instant given and runs on with the machine’s clock', () => {
    let real = Date.UTC(2031, 0, 15, 12, 0, 0);
    const started = startClockAt('2026-09-01T09:00:00Z', () => real);
    if (!('clock' in started)) throw new Error(started.problem);
    expect(started.clock().toISOString()).toBe('2026-09-01T09:00:00.000Z');
    real += 90_000;
    expect(started.clock().toISOString()).toBe('2026-09-01T09:01:30.000Z');
  });

  it('reads an offset from UTC', () => {
    const started = startClockAt('2026-11-24T10:00+01:00', () => 0);
    expect('clock' in started && started.clock().toISOString()).toBe('2026-11-24T09:00:00.000Z');
  });

  it.each(['2026-09-01', '2026-09-01T09:00:00', '01/09/2026 09:00', '2026-02-31T09:00:00Z', 'tomorrow', ''])(
    'refuses %j in one sentence that shows the form it wants',
    (setting) => {
      expect(startClockAt(setting)).toEqual({
        problem: `"${setting}" is not a date and time Linkbook can start its clock at: write it like 2026-09-01T09:00:00Z.`,
      });
    },
  );
});
