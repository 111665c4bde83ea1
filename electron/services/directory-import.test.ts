import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../dispatcher';
import type { Linkbook } from '../linkbook';
import { suggestMapping } from './directory';
import { PASSPHRASE, tempDir, testApp } from '../../tests/support/temp-vault';

let app: Linkbook;
let remove: () => void;
beforeEach(async () => {
  const temp = tempDir();
  remove = temp.remove;
  app = testApp(temp.dir);
  await dispatch(app, 'vault.create', {
    schoolName: 'Craigton Primary',
    workerName: 'Aisha Rahman',
    passphrase: PASSPHRASE,
    makeRecoveryKey: false,
  });
});
afterEach(() => {
  app.lock();
  remove();
});

const csv = (text: string) => ({
  fileName: 'directory.csv',
  dataBase64: Buffer.from(text).toString('base64'),
});
const readable =
  'Service,How to refer,Area\nChildline,Self-referral,National\nFood bank,Professional referral,Local\n';

describe('importing the directory from a file that could stall the app', () => {
  it('refuses a sheet with one cell at XFD1048576 at once, and goes on serving', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Services');
    sheet.getCell('A1').value = 'Service';
    sheet.getCell('XFD1048576').value = 'far away';
    const dataBase64 = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
    const started = Date.now();
    const preview = dispatch(app, 'directory.importPreview', { fileName: 'directory.xlsx', dataBase64 });
    // Other calls are answered while the file is read.
    expect(await dispatch(app, 'settings.get', {})).toMatchObject({ ok: true });
    expect(await preview).toEqual({
      ok: false,
      error: {
        code: 'invalid_input',
        message:
          'This spreadsheet has 16,384 columns; Linkbook reads at most 200. Remove the empty columns, or save just the table as a new file.',
      },
    });
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(await dispatch(app, 'directory.importPreview', csv(readable))).toMatchObject({
      ok: true,
      value: { rowCount: 2, readableCount: 2 },
    });
  });

  it('says "locked" when the vault is locked while the file is being read, and writes nothing', async () => {
    for (const method of ['directory.importPreview', 'directory.importCommit'] as const) {
      await dispatch(app, 'vault.unlock', { method: 'passphrase', secret: PASSPHRASE });
      const input =
        method === 'directory.importPreview'
          ? csv(readable)
          : {
              ...csv(readable),
              mapping: suggestMapping(['Service', 'How to refer', 'Area']),
              duplicates: 'skip',
              skipUnreadable: false,
            };
      const pending = dispatch(app, method, input);
      app.lock();
      expect(await pending).toEqual({
        ok: false,
        error: { code: 'locked', message: 'Linkbook is locked. Unlock it to carry on.' },
      });
    }
    await dispatch(app, 'vault.unlock', { method: 'passphrase', secret: PASSPHRASE });
    expect(await dispatch(app, 'directory.list', {})).toMatchObject({ ok: true, value: { services: [] } });
  });
});
