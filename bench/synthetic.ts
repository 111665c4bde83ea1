import { createHash } from 'node:crypto';
import type { Db } from '../electron/db/connection';
import { auditLog, carers, children, families } from '../electron/db/schema';
import { searchTextOf } from '../electron/services/families';
import { makeHousehold, SCHOOL_YEAR_STARTS } from './household';
import { Random } from './random';

export const DEFAULT_SEED = 20261123;
const CHILDREN_PER_FAMILY = 2.5;

export interface Dataset {
  families: (typeof families.$inferInsert)[];
  carers: (typeof carers.$inferInsert)[];
  children: (typeof children.$inferInsert)[];
  audit: (typeof auditLog.$inferInsert)[];
}

/** 1 to 4 children per family, nudged at random until the total is exactly the one asked for. */
function childCounts(random: Random, familyCount: number, childCount: number): number[] {
  if (childCount < familyCount || childCount > familyCount * 4)
    throw new Error('Each family has between 1 and 4 children.');
  const counts = Array.from({ length: familyCount }, () =>
    Number(random.weighted({ 1: 20, 2: 32, 3: 28, 4: 20 })),
  );
  let total = counts.reduce((sum, n) => sum + n, 0);
  while (total !== childCount) {
    const i = random.int(0, familyCount - 1);
    const n = counts[i]!;
    if (total < childCount && n < 4) {
      counts[i] = n + 1;
      total++;
    } else if (total > childCount && n > 1) {
      counts[i] = n - 1;
      total--;
    }
  }
  return counts;
}

// Records were opened during school hours on the days of the three years before the October half-term of
// the school year the data is set in, and last changed on a later day.
const AS_OF_DAY = Date.UTC(SCHOOL_YEAR_STARTS, 9, 23);
const DAY = 86_400_000;

function recordDates(random: Random): { createdAt: string; updatedAt: string } {
  const daysBefore = random.int(1, 3 * 365);
  const created = AS_OF_DAY - daysBefore * DAY + random.int(8 * 3600, 17 * 3600) * 1000;
  const updated = created + random.int(0, daysBefore - 1) * DAY;
  return { createdAt: new Date(created).toISOString(), updatedAt: new Date(updated).toISOString() };
}

/** The same seed and count always give byte-identical rows (see fingerprint). */
export function makeDataset(seed: number, familyCount: number): Dataset {
  const random = new Random(seed);
  const data: Dataset = { families: [], carers: [], children: [], audit: [] };
  const counts = childCounts(random, familyCount, Math.round(familyCount * CHILDREN_PER_FAMILY));
  for (const count of counts) {
    const household = makeHousehold(random, count);
    const { createdAt, updatedAt } = recordDates(random);
    const archived = random.chance(0.08);
    const id = random.uuid();
    data.families.push({
      id,
      familyName: household.familyName,
      address: household.address,
      postcode: household.postcode,
      status: archived ? 'archived' : 'active',
      archivedAt: archived ? updatedAt : null,
      searchText: searchTextOf(household),
      createdAt,
      updatedAt,
    });
    // The audit rows the services would have written for the same records, so the vault is as big as a real one.
    data.audit.push({ at: createdAt, action: 'create', tableName: 'families', recordId: id });
    household.carers.forEach((carer, position) => {
      const carerId = random.uuid();
      data.carers.push({ ...carer, id: carerId, familyId: id, position, createdAt, updatedAt });
      data.audit.push({ at: createdAt, action: 'create', tableName: 'carers', recordId: carerId });
    });
    household.children.forEach((child, position) => {
      const childId = random.uuid();
      data.children.push({ ...child, id: childId, familyId: id, position, createdAt, updatedAt });
      data.audit.push({ at: createdAt, action: 'create', tableName: 'children', recordId: childId });
    });
    if (archived) data.audit.push({ at: updatedAt, action: 'archive', tableName: 'families', recordId: id });
  }
  return data;
}

/** A short hash of the rows, printed so two runs can be seen to have measured the same data. */
export function fingerprint(data: Dataset): string {
  return createHash('sha256').update(JSON.stringify(data)).digest('hex').slice(0, 16);
}

// Well under SQLite's limit of 32,766 bound values per statement, even for the widest table (children).
const ROWS_PER_INSERT = 1000;

function inChunks<T>(rows: T[], insert: (chunk: T[]) => void): void {
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) insert(rows.slice(i, i + ROWS_PER_INSERT));
}

/** Everything in one transaction: one commit, so building the vault takes seconds rather than minutes. */
export function insertDataset(db: Db, data: Dataset): void {
  db.transaction((tx) => {
    inChunks(data.families, (rows) => tx.insert(families).values(rows).run());
    inChunks(data.carers, (rows) => tx.insert(carers).values(rows).run());
    inChunks(data.children, (rows) => tx.insert(children).values(rows).run());
    inChunks(data.audit, (rows) => tx.insert(auditLog).values(rows).run());
  });
}
