import { asc, inArray, max } from 'drizzle-orm';
import type { Period, SessionCounts } from '../../shared/attendance';
import type { PupilRecord } from '../../shared/attendanceParse';
import {
  countMarks,
  dayOfSlot,
  decodeMarks,
  encodeMarks,
  isoOfDay,
  slotOf,
  type Marks,
} from '../../shared/attendanceSessions';
import type { Db } from '../db/connection';
import { attendancePeriods } from '../db/schema';

/** A period as the import needs it to replace dates: which kind, and its marks if it has them. */
export interface ReplaceablePeriod {
  id: string;
  childId: string;
  from: string;
  to: string;
  source: 'summary' | 'marks';
  marks: string | null;
}

/** The row an imported pupil's figures are saved as, over the file's period. */
export function storedPeriod(pupil: PupilRecord, period: Period) {
  return {
    periodFrom: period.from,
    periodTo: period.to,
    source: pupil.marks ? ('marks' as const) : ('summary' as const),
    marks: pupil.marks ? encodeMarks(pupil.marks, period.from) : null,
    ...pupil.counts,
  };
}

/**
 * A held period less the sessions `from`..`to` (slots) that a new import covers: null when nothing is left
 * (a summary cannot be split, so it goes whole), otherwise the marks that remain, with the period shortened
 * where the new dates took one of its ends, and its totals counted again.
 */
export function removeDates(held: ReplaceablePeriod, from: number, to: number) {
  if (held.source === 'summary' || held.marks === null) return null;
  const heldFrom = slotOf(held.from, 'AM');
  const heldTo = slotOf(held.to, 'PM');
  if (from <= heldFrom && to >= heldTo) return null;
  const marks = decodeMarks(held.from, held.marks);
  for (const slot of [...marks.keys()]) if (slot >= from && slot <= to) marks.delete(slot);
  if (marks.size === 0) return null;
  const periodFrom = from <= heldFrom ? isoOfDay(dayOfSlot(to) + 1) : held.from;
  const periodTo = to >= heldTo ? isoOfDay(dayOfSlot(from) - 1) : held.to;
  return { periodFrom, periodTo, marks: encodeMarks(marks, periodFrom), ...countMarks(marks) };
}

/** One period as held, with its marks still as stored: most reads need only the totals. */
export type HeldPeriod = SessionCounts & {
  id: string;
  from: string;
  to: string;
  importId: string;
  source: 'summary' | 'marks';
  marks: string | null;
};

/**
 * A child's figures as held: the periods with their totals, and every register mark of every marks
 * period, decoded only when a read needs single sessions (a range cutting through a period, the weeks,
 * before and after support), so the caseload's whole-year figures are mostly sums of stored totals.
 */
export class HeldFigures {
  private decoded: Marks | null = null;
  constructor(readonly periods: HeldPeriod[]) {}

  get marks(): Marks {
    if (!this.decoded) {
      this.decoded = new Map();
      for (const period of this.periods)
        if (period.marks !== null)
          for (const [slot, code] of decodeMarks(period.from, period.marks)) this.decoded.set(slot, code);
    }
    return this.decoded;
  }
}

/** The figures held for these children (all children when null), earliest first. */
export function heldFigures(db: Db, childIds: string[] | null): Map<string, HeldFigures> {
  const rows = db
    .select()
    .from(attendancePeriods)
    .where(childIds === null ? undefined : inArray(attendancePeriods.childId, childIds))
    .orderBy(asc(attendancePeriods.periodFrom))
    .all();
  const byChild = new Map<string, HeldPeriod[]>();
  for (const row of rows) {
    let periods = byChild.get(row.childId);
    if (!periods) byChild.set(row.childId, (periods = []));
    periods.push({
      id: row.id,
      from: row.periodFrom,
      to: row.periodTo,
      importId: row.importId,
      source: row.source,
      possible: row.possible,
      attended: row.attended,
      authorised: row.authorised,
      unauthorised: row.unauthorised,
      excluded: row.excluded,
      marks: row.marks,
    });
  }
  return new Map([...byChild].map(([childId, periods]) => [childId, new HeldFigures(periods)]));
}

/** The last date any figures are held for: "this term" and "this year" are the ones holding it. */
export function latestFigures(db: Db): string | null {
  return (
    db
      .select({ to: max(attendancePeriods.periodTo) })
      .from(attendancePeriods)
      .get()?.to ?? null
  );
}
