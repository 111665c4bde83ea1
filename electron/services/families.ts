import { and, asc, count, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import { fail } from '../../shared/errors';
import {
  childFlagKeys,
  knownAs,
  type CarerInput,
  type ChildInput,
  type Family,
  type FamilyInput,
  type FamilyPage,
  type FamilySummary,
  type listFamiliesInput,
} from '../../shared/families';
import { foldForSearch } from '../../shared/text';
import type { Tx } from '../db/connection';
import { carers, children, families } from '../db/schema';
import { write, type Audit, type ServiceDeps } from './deps';

type ListInput = z.output<typeof listFamiliesInput>;

export function searchTextOf(input: FamilyInput): string {
  const names = [
    input.familyName,
    ...input.carers.map((carer) => carer.name),
    ...input.children.flatMap((child) => [child.name, child.preferredName]),
  ];
  return foldForSearch(names.filter(Boolean).join(' | '));
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}

export function listFamilies(deps: ServiceDeps, input: ListInput): FamilyPage {
  const { db } = deps;
  const conditions: SQL[] = [];
  if (input.status !== 'all') conditions.push(eq(families.status, input.status));
  for (const word of foldForSearch(input.search).split(/\s+/).filter(Boolean)) {
    conditions.push(sql`${families.searchText} LIKE ${`%${escapeLike(word)}%`} ESCAPE '\\'`);
  }
  const where = conditions.length ? and(...conditions) : undefined;
  const column = {
    // The folded search text starts with the family name: "Ó Briain" sorts among the O's, not after Z.
    familyName: families.searchText,
    updatedAt: families.updatedAt,
    createdAt: families.createdAt,
  }[input.sortBy];
  const order = input.sortDirection === 'asc' ? asc(column) : desc(column);

  const page = db
    .select({
      id: families.id,
      familyName: families.familyName,
      status: families.status,
      updatedAt: families.updatedAt,
    })
    .from(families)
    .where(where)
    .orderBy(order, asc(families.id))
    .limit(input.pageSize)
    .offset(input.page * input.pageSize)
    .all();
  const total = db.select({ n: count() }).from(families).where(where).get()?.n ?? 0;

  const ids = page.map((row) => row.id);
  const childRows = ids.length
    ? db.select().from(children).where(inArray(children.familyId, ids)).orderBy(children.position).all()
    : [];
  const carerRows = ids.length
    ? db
        .select({ familyId: carers.familyId, name: carers.name })
        .from(carers)
        .where(inArray(carers.familyId, ids))
        .orderBy(carers.position)
        .all()
    : [];

  const rows: FamilySummary[] = page.map((family) => {
    const own = childRows.filter((child) => child.familyId === family.id);
    return {
      ...family,
      children: own.map((child) => ({ id: child.id, name: knownAs(child), yearGroup: child.yearGroup })),
      carers: carerRows.filter((carer) => carer.familyId === family.id).map((carer) => carer.name),
      flags: childFlagKeys.filter((flag) => own.some((child) => child[flag])),
    };
  });
  return { rows, total };
}

export function getFamily(deps: ServiceDeps, id: string): Family {
  const { db } = deps;
  const family = db.select().from(families).where(eq(families.id, id)).get();
  if (!family) fail('not_found', 'That family is not in the vault.');
  const carerRows = db.select().from(carers).where(eq(carers.familyId, id)).orderBy(carers.position).all();
  const childRows = db
    .select()
    .from(children)
    .where(eq(children.familyId, id))
    .orderBy(children.position)
    .all();
  return {
    id: family.id,
    familyName: family.familyName,
    address: family.address,
    postcode: family.postcode,
    status: family.status,
    archivedAt: family.archivedAt,
    createdAt: family.createdAt,
    updatedAt: family.updatedAt,
    carers: carerRows.map(({ familyId: _f, position: _p, createdAt: _c, updatedAt: _u, ...carer }) => ({
      ...carer,
      relationship: carer.relationship as CarerInput['relationship'],
    })),
    children: childRows.map(({ familyId: _f, position: _p, createdAt: _c, updatedAt: _u, ...child }) => ({
      ...child,
      yearGroup: child.yearGroup as ChildInput['yearGroup'],
    })),
  };
}

export function createFamily(deps: ServiceDeps, input: FamilyInput): { id: string } {
  const { id } = write(deps, (tx, audit, at) => insertFamily(deps, tx, audit, at, input));
  return { id };
}

/** Adds a family inside a write already under way (a referral for a new family is one transaction). */
export function insertFamily(
  deps: ServiceDeps,
  tx: Tx,
  audit: Audit,
  at: string,
  input: FamilyInput,
): { id: string; childIds: string[] } {
  const id = deps.newId();
  tx.insert(families)
    .values({
      id,
      familyName: input.familyName,
      address: input.address,
      postcode: input.postcode.toUpperCase(),
      searchText: searchTextOf(input),
      createdAt: at,
      updatedAt: at,
    })
    .run();
  audit('create', 'families', id);
  const { childIds } = syncMembers(deps, tx, audit, at, id, input);
  return { id, childIds };
}

export function updateFamily(deps: ServiceDeps, input: FamilyInput & { id: string }): { id: string } {
  write(deps, (tx, audit, at) => {
    const existing = tx.select({ id: families.id }).from(families).where(eq(families.id, input.id)).get();
    if (!existing) fail('not_found', 'That family is not in the vault.');
    tx.update(families)
      .set({
        familyName: input.familyName,
        address: input.address,
        postcode: input.postcode.toUpperCase(),
        searchText: searchTextOf(input),
        updatedAt: at,
      })
      .where(eq(families.id, input.id))
      .run();
    audit('update', 'families', input.id);
    syncMembers(deps, tx, audit, at, input.id, input);
  });
  return { id: input.id };
}

/**
 * Carers and children arrive as the whole list the form shows: rows with an id are updated, rows without
 * are added, and saved rows missing from the list are removed. An id from another family is refused.
 */
function syncMembers(
  deps: ServiceDeps,
  tx: Tx,
  audit: Audit,
  at: string,
  familyId: string,
  input: FamilyInput,
): { childIds: string[] } {
  syncList(deps, tx, audit, at, familyId, carers, 'carers', input.carers);
  return { childIds: syncList(deps, tx, audit, at, familyId, children, 'children', input.children) };
}

function syncList<Row extends { id?: string | undefined }>(
  deps: ServiceDeps,
  tx: Tx,
  audit: Audit,
  at: string,
  familyId: string,
  table: typeof carers | typeof children,
  tableName: 'carers' | 'children',
  rows: Row[],
): string[] {
  const saved = new Set(
    tx
      .select({ id: table.id })
      .from(table)
      .where(eq(table.familyId, familyId))
      .all()
      .map((row) => row.id),
  );
  rows.forEach((row, index) => {
    if (row.id !== undefined && !saved.has(row.id)) {
      fail('invalid_input', 'Part of this form belongs to another family. Reload the family and try again.', {
        fields: { [`${tableName}.${index}.id`]: 'This record is not part of this family.' },
      });
    }
  });
  const kept = new Set(rows.map((row) => row.id).filter((id): id is string => id !== undefined));
  for (const id of saved) {
    if (kept.has(id)) continue;
    tx.delete(table).where(eq(table.id, id)).run();
    audit('delete', tableName, id);
  }
  return rows.map((row, position) => {
    const { id, ...fields } = row;
    if (id !== undefined) {
      tx.update(table)
        .set({ ...fields, position, updatedAt: at })
        .where(eq(table.id, id))
        .run();
      audit('update', tableName, id);
      return id;
    } else {
      const newId = deps.newId();
      // The union of the two tables' insert types is too wide for TS; the row was validated by the contract.
      (tx.insert(table) as ReturnType<Tx['insert']>)
        .values({ ...fields, id: newId, familyId, position, createdAt: at, updatedAt: at } as never)
        .run();
      audit('create', tableName, newId);
      return newId;
    }
  });
}

export function setFamilyArchived(deps: ServiceDeps, id: string, archived: boolean): null {
  write(deps, (tx, audit, at) => {
    const result = tx
      .update(families)
      .set({ status: archived ? 'archived' : 'active', archivedAt: archived ? at : null, updatedAt: at })
      .where(eq(families.id, id))
      .run();
    if (result.changes === 0) fail('not_found', 'That family is not in the vault.');
    audit(archived ? 'archive' : 'restore', 'families', id);
  });
  return null;
}
