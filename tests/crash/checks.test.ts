import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/dispatcher';
import { PASSPHRASE, tempDir, testApp } from '../support/temp-vault';
import { strayVaultFiles } from './harness';
import { compareContent, emptyContent, tornFamily, type Content } from './model';

// The harness is only worth its run time if its checks can fail: each one is shown failing here.

function content(): Content {
  const model = emptyContent();
  model.families.set('f1', {
    name: 'Family r1o1 c2 k1',
    children: ['Child r1o1 #1', 'Child r1o1 #2'],
    carers: ['Carer r1o1 #1'],
  });
  model.services.add('Service r1o2 #1');
  model.services.add('Service r1o2 #2');
  return model;
}

describe('the crash harness checks', () => {
  it('pass when the vault holds exactly the acknowledged records', () => {
    expect(compareContent(content(), content())).toEqual([]);
  });

  it('report an acknowledged family that is missing', () => {
    const actual = content();
    actual.families.clear();
    expect(compareContent(content(), actual).map((difference) => difference.check)).toEqual([
      'acked-writes-present',
    ]);
  });

  it('report a family saved with only some of its children, and an import with only some rows', () => {
    const actual = content();
    actual.families.get('f1')!.children.pop();
    actual.services.delete('Service r1o2 #2');
    expect(tornFamily(actual.families.get('f1')!)).toBe(true);
    expect(compareContent(content(), actual).map((difference) => difference.check)).toEqual([
      'nothing-half-written',
      'nothing-half-written',
    ]);
  });

  it('report a record nobody acknowledged', () => {
    const actual = content();
    actual.families.set('f2', { name: 'Family r9o9 c0 k0', children: [], carers: [] });
    expect(compareContent(content(), actual).map((difference) => difference.check)).toEqual([
      'no-unexpected-records',
    ]);
  });

  describe('of the vault folder', () => {
    let dir: string;
    let remove: () => void;
    beforeEach(() => ({ dir, remove } = tempDir()));
    afterEach(() => remove());

    async function vaultKey(): Promise<Buffer> {
      const app = testApp(dir, () => new Date('2026-11-24T09:00:00Z'));
      await dispatch(app, 'vault.create', {
        schoolName: 'Craigton Primary',
        workerName: 'Aisha Rahman',
        passphrase: PASSPHRASE,
        makeRecoveryKey: false,
      });
      await dispatch(app, 'vault.backupNow', {});
      const key = Buffer.from((app as unknown as { session: { key: Buffer } }).session.key);
      await app.close();
      return key;
    }

    it('accept a vault with its key file and a complete backup', async () => {
      expect(strayVaultFiles(dir, await vaultKey(), new Map())).toEqual([]);
    });

    it('report half-made files and a backup that does not open', async () => {
      const key = await vaultKey();
      writeFileSync(join(dir, 'keys.json.new'), '{}');
      writeFileSync(join(dir, 'backups', 'linkbook-2026-11-24T09-05-00-000-on-demand.db.partial'), 'x');
      writeFileSync(join(dir, 'backups', 'linkbook-2026-11-24T09-06-00-000-on-demand.db'), 'not a database');
      mkdirSync(join(dir, 'stray-folder'));
      const problems = strayVaultFiles(dir, key, new Map());
      expect(problems).toHaveLength(4);
      expect(problems.join('\n')).toMatch(/keys\.json\.new/);
      expect(problems.join('\n')).toMatch(/on-demand\.db\.partial/);
      expect(problems.join('\n')).toMatch(
        /09-06-00-000-on-demand\.db does not open|09-06-00-000-on-demand\.db .*check/,
      );
      expect(problems.join('\n')).toMatch(/stray-folder/);
    });
  });
});
