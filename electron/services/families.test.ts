import { beforeEach, describe, expect, it } from 'vitest';
import { listFamiliesInput } from '../../shared/families';
import { ApiFailure } from '../../shared/errors';
import { sampleChild, sampleFamily } from '../../tests/support/sample-family';
import { vaultPerTest } from '../../tests/support/temp-vault';
import type { Session } from '../vault/vault';
import type { ServiceDeps } from './deps';
import { createFamily, getFamily, listFamilies, setFamilyArchived, updateFamily } from './families';

let session: Session;
let deps: ServiceDeps;
let clock: Date;

const vault = vaultPerTest();
beforeEach(async () => {
  session = vault.session;
  clock = new Date('2026-11-23T09:00:00Z');
  let next = 0;
  deps = {
    db: session.db,
    now: () => clock,
    newId: () => `00000000-0000-4000-8000-${String(++next).padStart(12, '0')}`,
  };
});

const list = (input: Parameters<typeof listFamiliesInput.parse>[0] = {}) =>
  listFamilies(deps, listFamiliesInput.parse(input));
const auditRows = () =>
  session.sqlite
    .prepare('SELECT action, table_name AS tableName, record_id AS recordId FROM audit_log ORDER BY id')
    .all();

describe('families', () => {
  it('creates a family with its carers and children, and audits each record without its content', () => {
    const { id } = createFamily(deps, sampleFamily());
    const family = getFamily(deps, id);
    expect(family).toMatchObject({ familyName: 'Dąbrowski family', postcode: 'G51 4TL', status: 'active' });
    expect(family.carers.map((carer) => carer.name)).toEqual(['Agnieszka Dąbrowska', "Seán O'Neill"]);
    expect(family.children.map((child) => child.name)).toEqual(['Zoë Dąbrowska', 'Kacper Dąbrowski']);
    expect(family.children[1]?.freeSchoolMeals).toBe(true);
    expect(auditRows()).toHaveLength(5);
    expect(JSON.stringify(auditRows())).not.toMatch(/Dąbrow|Zoë/);
  });

  it('finds families by any member’s name, ignoring case and accents, and by partial words', () => {
    createFamily(deps, sampleFamily());
    createFamily(
      deps,
      sampleFamily({
        familyName: 'Ó Briain family',
        carers: [],
        children: [sampleChild({ name: 'Siobhán Ó Briain', preferredName: '' })],
      }),
    );
    expect(list({ search: 'dabrowski' }).rows.map((row) => row.familyName)).toEqual(['Dąbrowski family']);
    expect(list({ search: 'SEAN' }).total).toBe(1);
    expect(list({ search: 'siobh brIAIN' }).rows[0]?.familyName).toBe('Ó Briain family');
    expect(list({ search: 'nobody' }).total).toBe(0);
    expect(list({ search: '%' }).total).toBe(0);
  });

  it('pages and sorts the caseload, and shows children by the name they go by', () => {
    for (const name of ['Kowalczyk', 'Begum', 'MacLeod', 'Ahmed', 'Nowak']) {
      createFamily(deps, sampleFamily({ familyName: `${name} family` }));
    }
    const first = list({ pageSize: 2 });
    expect(first.total).toBe(5);
    expect(first.rows.map((row) => row.familyName)).toEqual(['Ahmed family', 'Begum family']);
    expect(list({ pageSize: 2, page: 2 }).rows.map((row) => row.familyName)).toEqual(['Nowak family']);
    expect(list({ sortDirection: 'desc', pageSize: 1 }).rows[0]?.familyName).toBe('Nowak family');
    expect(first.rows[0]?.children.map((child) => child.name)).toEqual(['Zo', 'Kacper Dąbrowski']);
    expect(first.rows[0]?.flags).toEqual(['freeSchoolMeals']);
  });

  it('sorts names with accents where a reader expects them', () => {
    for (const name of ['Zieliński', 'Ó Briain', 'Nowak', 'Ćwik', 'Abara']) {
      createFamily(deps, sampleFamily({ familyName: `${name} family` }));
    }
    expect(list().rows.map((row) => row.familyName)).toEqual([
      'Abara family',
      'Ćwik family',
      'Nowak family',
      'Ó Briain family',
      'Zieliński family',
    ]);
  });

  it('updates in place: keeps ids it is given, adds new members and removes missing ones', () => {
    const { id } = createFamily(deps, sampleFamily());
    const before = getFamily(deps, id);
    clock = new Date('2026-11-24T10:00:00Z');
    updateFamily(deps, {
      ...sampleFamily({ familyName: 'Dąbrowski-O’Neill family' }),
      id,
      carers: [{ ...before.carers[0]!, phone: '07700 900999' }],
      children: [before.children[1]!, sampleChild({ name: 'Maja Dąbrowska', dateOfBirth: '2021-01-30' })],
    });
    const after = getFamily(deps, id);
    expect(after.familyName).toBe('Dąbrowski-O’Neill family');
    expect(after.carers).toHaveLength(1);
    expect(after.carers[0]).toMatchObject({ id: before.carers[0]!.id, phone: '07700 900999' });
    expect(after.children.map((child) => child.id)).toEqual([before.children[1]!.id, expect.any(String)]);
    expect(after.updatedAt).toBe('2026-11-24T10:00:00.000Z');
    expect(list({ search: 'seán' }).total).toBe(0);
  });

  it('refuses a member id from another family and leaves everything as it was', () => {
    const first = createFamily(deps, sampleFamily());
    const second = createFamily(deps, sampleFamily({ familyName: 'Begum family' }));
    const stranger = getFamily(deps, second.id).children[0]!;
    const audited = auditRows().length;
    let failure: unknown;
    try {
      updateFamily(deps, { ...sampleFamily({ familyName: 'Renamed' }), id: first.id, children: [stranger] });
    } catch (error) {
      failure = error;
    }
    expect(failure).toBeInstanceOf(ApiFailure);
    expect((failure as ApiFailure).error.fields).toEqual({
      'children.0.id': 'This record is not part of this family.',
    });
    expect(getFamily(deps, first.id).familyName).toBe('Dąbrowski family');
    expect(getFamily(deps, second.id).children).toHaveLength(2);
    expect(auditRows()).toHaveLength(audited);
  });

  it('archives out of the caseload and restores again, and says when a family does not exist', () => {
    const { id } = createFamily(deps, sampleFamily());
    setFamilyArchived(deps, id, true);
    expect(list().total).toBe(0);
    expect(list({ status: 'archived' }).rows[0]).toMatchObject({ id, status: 'archived' });
    expect(getFamily(deps, id).archivedAt).toBe('2026-11-23T09:00:00.000Z');
    setFamilyArchived(deps, id, false);
    expect(list().total).toBe(1);
    expect(auditRows().slice(-2)).toEqual([
      { action: 'archive', tableName: 'families', recordId: id },
      { action: 'restore', tableName: 'families', recordId: id },
    ]);
    expect(() => setFamilyArchived(deps, '00000000-0000-4000-8000-999999999999', true)).toThrow(
      /not in the vault/,
    );
    expect(() => getFamily(deps, '00000000-0000-4000-8000-999999999999')).toThrow(/not in the vault/);
  });
});
