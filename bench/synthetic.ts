import { createHash } from 'node:crypto';
import { searchTextOf } from '../electron/services/families';
import { AS_OF_DAY, DAY } from './calendar';
import { addCasework } from './casework';
import { audit, type Dataset } from './dataset';
import { makeHousehold } from './household';
import { Random } from './random';

export const DEFAULT_SEED = 20261123;
const CHILDREN_PER_FAMILY = 2.5;

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

// Records were opened during school hours on the days of the three years before AS_OF_DAY, and last
// changed on a later day.
function recordDates(random: Random): { createdAt: string; updatedAt: string } {
  const daysBefore = random.int(1, 3 * 365);
  const created = AS_OF_DAY - daysBefore * DAY + random.int(8 * 3600, 17 * 3600) * 1000;
  const updated = created + random.int(0, daysBefore - 1) * DAY;
  return { createdAt: new Date(created).toISOString(), updatedAt: new Date(updated).toISOString() };
}

/** The same seed and count always give byte-identical rows (see fingerprint). */
export function makeDataset(seed: number, familyCount: number): Dataset {
  const random = new Random(seed);
  const data: Dataset = {
    families: [],
    carers: [],
    children: [],
    referrals: [],
    cases: [],
    caseEvents: [],
    contacts: [],
    contactChildren: [],
    concerns: [],
    concernAddenda: [],
    audit: [],
    chronologyFamilyId: '',
  };
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
    audit(data, createdAt, 'create', 'families', id);
    household.carers.forEach((carer, position) => {
      const carerId = random.uuid();
      data.carers.push({ ...carer, id: carerId, familyId: id, position, createdAt, updatedAt });
      audit(data, createdAt, 'create', 'carers', carerId);
    });
    household.children.forEach((child, position) => {
      const childId = random.uuid();
      data.children.push({ ...child, id: childId, familyId: id, position, createdAt, updatedAt });
      audit(data, createdAt, 'create', 'children', childId);
    });
    if (archived) audit(data, updatedAt, 'archive', 'families', id);
  }
  addCasework(seed, data);
  return data;
}

/**
 * A short hash of the rows, printed so two runs can be seen to have measured the same data. Row by row: the
 * whole dataset as one JSON string would be hundreds of megabytes.
 */
export function fingerprint(data: Dataset): string {
  const hash = createHash('sha256');
  for (const [table, rows] of Object.entries(data)) {
    hash.update(table);
    for (const row of Array.isArray(rows) ? rows : [rows]) hash.update(JSON.stringify(row));
  }
  return hash.digest('hex').slice(0, 16);
}
