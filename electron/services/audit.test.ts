import { beforeEach, expect, it } from 'vitest';
import { listAuditInput } from '../../shared/audit';
import { sampleFamily } from '../../tests/support/sample-family';
import { vaultPerTest } from '../../tests/support/temp-vault';
import type { Session } from '../vault/vault';
import { listAudit } from './audit';
import { createFamily, setFamilyArchived } from './families';

let session: Session;
const vault = vaultPerTest();
beforeEach(async () => {
  session = vault.session;
});

it('lists what was done to a record, newest first, without its content', () => {
  const deps = {
    db: session.db,
    now: () => new Date('2026-11-23T09:00:00Z'),
    newId: () => crypto.randomUUID(),
  };
  const { id } = createFamily(deps, sampleFamily());
  setFamilyArchived(deps, id, true);
  const forFamily = listAudit(deps, listAuditInput.parse({ tableName: 'families', recordId: id }));
  expect(forFamily.rows.map((row) => row.action)).toEqual(['archive', 'create']);
  expect(forFamily.total).toBe(2);
  const everything = listAudit(deps, listAuditInput.parse({ pageSize: 3 }));
  expect(everything.total).toBe(6); // family, two carers, two children, the archive
  expect(everything.rows).toHaveLength(3);
  expect(JSON.stringify(everything)).not.toMatch(/Dąbrow|Zoë|Agnieszka/);
});
