/**
 * A clock for browser mode that starts at a given instant and runs on in real time, so the end-to-end
 * tests (and anyone trying a term's calendar before it comes) see the same "today" on every run.
 */
export type Clock = () => Date;

// An instant, not a day: the date and time with its offset from UTC, so it means the same on every machine.
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * The clock `setting` asks for, starting now; or a sentence saying why it cannot be one. `realNow` is
 * the machine's own clock (a parameter so the tests can move it).
 */
export function startClockAt(
  setting: string,
  realNow: () => number = Date.now,
): { clock: Clock } | { problem: string } {
  const start = INSTANT.test(setting) ? Date.parse(setting) : Number.NaN;
  // Date.parse accepts 2026-02-31 by rolling it into March, so the date is checked as it was written.
  const sameDate = !Number.isNaN(start) && sameCalendarDate(setting, start);
  if (!sameDate)
    return {
      problem: `"${setting}" is not a date and time Linkbook can start its clock at: write it like 2026-09-01T09:00:00Z.`,
    };
  const offset = start - realNow();
  return { clock: () => new Date(realNow() + offset) };
}

/** Whether the written YYYY-MM-DD is the date `instant` falls on at the written offset. */
function sameCalendarDate(setting: string, instant: number): boolean {
  const zone = /(Z|[+-]\d{2}:\d{2})$/.exec(setting)?.[1] ?? 'Z';
  const minutes =
    zone === 'Z'
      ? 0
      : (zone.startsWith('-') ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6)));
  return new Date(instant + minutes * 60_000).toISOString().slice(0, 10) === setting.slice(0, 10);
}
