import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Input, MethodName, Output } from '../../shared/api';
import { dispatch } from '../dispatcher';
import type { Linkbook } from '../linkbook';
import { suggestMapping } from './directory-import';
import { PASSPHRASE, tempDir, testApp } from '../../tests/support/temp-vault';
import { UNTIDY_SERVICES, UNTIDY_SHEET, untidyDirectory } from '../../tests/support/untidy-directory';

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

describe('importing a directory kept the way schools keep them', () => {
  /** The value of a call that must succeed, typed by the contract. */
  async function ok<M extends MethodName>(method: M, input: Input<M>): Promise<Output<M>> {
    const answer = await dispatch(app, method, input);
    if (!answer.ok) throw new Error(JSON.stringify(answer.error));
    return answer.value as Output<M>;
  }

  it('finds the table past a notes sheet and a title, and imports every row, keeping unmatched words as notes', async () => {
    const upload = {
      fileName: 'Family support directory.xlsx',
      dataBase64: (await untidyDirectory()).toString('base64'),
    };
    const first = await ok('directory.importPreview', upload);
    expect(first).toMatchObject({
      sheetNames: ['Notes', UNTIDY_SHEET],
      layout: { sheet: UNTIDY_SHEET, headerRow: 4 },
      remembered: false,
      rowCount: 11,
      readableCount: 11,
      problems: [],
    });
    // "Organisation" names each service here; the sample values are shown beside each column.
    expect(first.mapping).toMatchObject({
      name: 0,
      organisation: null,
      referralRoute: 3,
      area: 6,
      lastCheckedOn: 8,
    });
    expect(first.columns[6]).toEqual({
      index: 6,
      heading: 'Area covered',
      samples: ['Craigton', 'Govan and Ibrox', 'Riverside'],
    });
    expect(first.choiceValues.referralRoute?.map((each) => [each.value, each.choice])).toEqual([
      ['Parents can phone directly', 'self'],
      ['Via school or GP', 'professional'],
      ['Ask the school to refer', 'professional'],
      ['Drop in, no referral needed', 'self'],
      ['Ring the office', 'note'],
      ['Either: self or via a professional', 'both'],
      ['Drop in', 'self'],
      ['Health visitor or school', 'professional'],
      ['Self-referral', 'self'],
      ['Phone the helpline, 24 hours', 'note'],
      ['Just turn up on Saturdays', 'note'],
    ]);
    expect(
      first.choiceValues.area?.filter((each) => each.choice !== 'note').map((each) => each.value),
    ).toEqual(['National']);

    // The worker matches the towns they know; Glasgow-wide stays a note. The organisation is the same for all.
    const layout = {
      sheet: first.layout.sheet,
      headerRow: first.layout.headerRow,
      mapping: first.mapping,
      fixed: { cost: 'Free' },
      values: {
        area: { craigton: 'local', 'govan and ibrox': 'local', riverside: 'local', southside: 'local' },
      },
    };
    const result = await ok('directory.importCommit', {
      ...upload,
      ...layout,
      duplicates: 'skip',
      skipUnreadable: false,
    });
    expect(result).toEqual({ added: 11, updated: 0, skipped: 0, problems: [] });
    const { services } = await ok('directory.list', {});
    expect(services).toHaveLength(UNTIDY_SERVICES.length);
    const byName = (name: string) => services.find((each) => each.name === name);
    expect(byName('Dąbrowski Polish Saturday School')).toMatchObject({
      referralRoute: 'both',
      area: 'local',
      cost: 'Free',
      notes: 'How to refer: Ring the office\nArea covered: Glasgow-wide',
      lastCheckedOn: '2025-09-05',
    });
    expect(byName('Fàilte Family Support')).toMatchObject({
      referralRoute: 'professional',
      area: 'local',
      notes: '',
    });
    expect(byName('Talk Time Helpline')).toMatchObject({ referralRoute: 'self', area: 'national' });
    expect(byName('Craigton Food Larder')).toMatchObject({ categories: ['Food'], indicators: ['healthy'] });

    // Next term the same layout is recognised: everything is as the worker set it, ready in one click.
    const again = await ok('directory.importPreview', upload);
    expect(again).toMatchObject({ remembered: true, layout, readableCount: 11 });
    expect(again.duplicates).toHaveLength(11);
    expect(again.preview.find((row) => row.name === 'Craigton Food Larder')).toMatchObject({
      area: 'local',
      cost: 'Free',
    });
  });

  it('reads the sheet and heading row the worker chooses, and says when that row is past the table', async () => {
    const upload = { fileName: 'directory.xlsx', dataBase64: (await untidyDirectory()).toString('base64') };
    const notes = await ok('directory.importPreview', { ...upload, sheet: 'Notes', headerRow: 1 });
    expect(notes).toMatchObject({
      layout: { sheet: 'Notes', headerRow: 1 },
      readableCount: 0,
      nameColumnMissing: true,
    });
    expect(
      await dispatch(app, 'directory.importPreview', { ...upload, sheet: 'Notes', headerRow: 9 }),
    ).toEqual({
      ok: false,
      error: {
        code: 'invalid_input',
        message: 'Row 9 is past the end of the sheet “Notes”.',
        fields: { headerRow: 'Choose the row that holds the column headings.' },
      },
    });
  });
});
