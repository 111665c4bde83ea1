import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { ApiFailure } from '../../shared/errors';
import { csvRows, parseSpreadsheet, SPREADSHEET_LIMITS, UNREADABLE } from './parse';
import { readSpreadsheet, TOO_BIG, TOO_SLOW } from './read';

const MERGE_OVER_WHOLE_SHEET = resolve(
  __dirname,
  '../../tests/fixtures/spreadsheets/merge-over-whole-sheet.xlsx',
);

async function xlsx(fill: (workbook: ExcelJS.Workbook) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  fill(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The sentence a refusal carries (readSpreadsheet refuses with invalid_input). */
async function refusal(work: Promise<unknown>): Promise<string> {
  try {
    await work;
  } catch (error) {
    if (error instanceof ApiFailure && error.error.code === 'invalid_input') return error.error.message;
    throw error;
  }
  throw new Error('expected a refusal');
}

/** Runs `work` and says how long it took and how far this process's memory grew meanwhile. */
async function measured<T>(work: () => Promise<T>) {
  const startRss = process.memoryUsage().rss;
  let peakRss = startRss;
  const sample = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);
  const started = Date.now();
  try {
    const value = await work();
    return { value, ms: Date.now() - started, grewMb: (peakRss - startRss) / 1e6 };
  } finally {
    clearInterval(sample);
  }
}

describe('reading a spreadsheet that claims to be huge', () => {
  it('refuses an XLSX with one cell at XFD1048576 quickly, saying how many columns it has', async () => {
    const bytes = await xlsx((workbook) => {
      const sheet = workbook.addWorksheet('Services');
      sheet.getCell('A1').value = 'Service';
      sheet.getCell('XFD1048576').value = 'far away';
    });
    expect(bytes.length).toBeLessThan(10_000);
    const { value, ms, grewMb } = await measured(() => refusal(readSpreadsheet('directory.xlsx', bytes)));
    expect(value).toBe(
      'This spreadsheet has 16,384 columns; Linkbook reads at most 200. Remove the empty columns, or save just the table as a new file.',
    );
    expect(ms).toBeLessThan(15_000);
    expect(grewMb).toBeLessThan(400);
  });

  it('refuses a CSV of 5,000 empty columns quickly', async () => {
    const row = ','.repeat(4_999);
    const bytes = Buffer.from(`Service${row}\n${row}\n${row}\n`);
    expect(bytes.length).toBeLessThan(16_000);
    const { value, ms, grewMb } = await measured(() => refusal(readSpreadsheet('directory.csv', bytes)));
    expect(value).toBe(
      'This spreadsheet has 5,000 columns; Linkbook reads at most 200. Remove the empty columns, or save just the table as a new file.',
    );
    expect(ms).toBeLessThan(15_000);
    expect(grewMb).toBeLessThan(400);
  });

  it('refuses past each stated limit, in rows, columns and filled cells', async () => {
    const { rows, columns, cells } = SPREADSHEET_LIMITS;
    const csv = (text: string) => parseSpreadsheet('a.csv', Buffer.from(text));
    expect(await csv(`Service\n${'x\n'.repeat(rows)}`)).toEqual({
      ok: false,
      message: `This spreadsheet has 20,001 rows; Linkbook reads at most 20,000. Remove the empty rows, or split it into files of 20,000 rows or fewer.`,
    });
    expect(await csv(`${'x,'.repeat(columns)}x\n`)).toMatchObject({
      ok: false,
      message: expect.stringContaining('has 201 columns; Linkbook reads at most 200.'),
    });
    const wide = `${'x,'.repeat(columns - 1)}x\n`;
    expect(await csv(wide.repeat(Math.ceil(cells / columns) + 1))).toEqual({
      ok: false,
      message: `This spreadsheet has 250,200 filled cells; Linkbook reads at most 250,000. Split it into smaller files and import each one.`,
    });
    // Trailing empty lines and a last line without a break are not rows of their own.
    expect(await csv(`Service\n${'x\n'.repeat(rows - 1)}\n\n\n`)).toMatchObject({ ok: true });

    const farDown = await xlsx((workbook) => {
      const sheet = workbook.addWorksheet('Services');
      sheet.getCell('A1').value = 'Service';
      sheet.getCell('B1048576').value = 'far down';
    });
    expect(await parseSpreadsheet('a.xlsx', farDown)).toMatchObject({
      ok: false,
      message: expect.stringContaining('This spreadsheet has 1,048,576 rows; Linkbook reads at most 20,000.'),
    });
  });

  it('stops a file that takes too long in its own thread, while this thread carries on', async () => {
    const bytes = readFileSync(MERGE_OVER_WHOLE_SHEET);
    let ticks = 0;
    const clock = setInterval(() => (ticks += 1), 50);
    const { value, ms } = await measured(() =>
      refusal(readSpreadsheet('directory.xlsx', bytes, { timeLimitMs: 2_000 })),
    );
    clearInterval(clock);
    expect(value).toBe(TOO_SLOW);
    expect(ms).toBeLessThan(10_000);
    // Parsing on this thread would have frozen the clock for the whole two seconds.
    expect(ticks).toBeGreaterThan(10);
    // The next file is read as usual, by a fresh worker.
    expect((await readSpreadsheet('a.csv', Buffer.from('Service\nChildline\n'))).rows).toEqual([
      ['Service'],
      ['Childline'],
    ]);
  });

  it('stops a file that needs more memory than its worker may have, and says it is too big', async () => {
    const bytes = readFileSync(MERGE_OVER_WHOLE_SHEET);
    const { value, grewMb } = await measured(() =>
      refusal(
        readSpreadsheet('directory.xlsx', bytes, {
          resourceLimits: { maxOldGenerationSizeMb: 48, maxYoungGenerationSizeMb: 8 },
        }),
      ),
    );
    expect(value).toBe(TOO_BIG);
    expect(grewMb).toBeLessThan(400);
  });
});

describe('reading a spreadsheet as before', () => {
  it('reads CSV as text: UTF-8 with or without a BOM, or Windows-1252, values kept as written', async () => {
    const expected = [
      ['Service', 'Cost', 'Last checked', 'Phone'],
      ['Café club', '£2', '12/09/2025', '007'],
      [],
      ['Says "hello", twice', 'a\nb', '', 'x'],
    ];
    const lines = [
      'Service,Cost,Last checked,Phone',
      'Café club,£2,12/09/2025,007',
      '',
      '"Says ""hello"", twice","a\nb",,x',
    ];
    const text = `${lines.join('\n')}\n`;
    const read = async (bytes: Buffer) => (await readSpreadsheet('directory.CSV', bytes)).rows;
    expect(await read(Buffer.from(text))).toEqual(expected);
    expect(await read(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]))).toEqual(expected);
    expect(await read(Buffer.from(`${lines.join('\r\n')}\r\n`, 'latin1'))).toEqual(expected);
  });

  it('reads an XLSX sheet: dates as DD/MM/YYYY, rich text, links and formulas as shown, row numbers kept', async () => {
    const bytes = await xlsx((workbook) => {
      workbook.addWorksheet('Notes').getCell('A1').value = 'not this one';
      const sheet = workbook.addWorksheet('Services');
      sheet.getCell('A1').value = 'Service';
      sheet.getCell('C1').value = 'Checked';
      sheet.getCell('A2').value = { richText: [{ text: 'Food ' }, { text: 'bank', font: { bold: true } }] };
      sheet.getCell('B2').value = { text: 'website', hyperlink: 'https://example.org' };
      sheet.getCell('C2').value = new Date(Date.UTC(2025, 8, 12));
      sheet.getCell('A4').value = { formula: '1+1', result: 2 };
      sheet.getCell('B4').value = '  padded  ';
    });
    const first = await readSpreadsheet('directory.xlsx', bytes);
    expect(first).toEqual({
      sheetNames: ['Notes', 'Services'],
      sheet: 'Notes',
      columnCount: 1,
      rows: [['not this one']],
    });
    expect(await readSpreadsheet('directory.xlsx', bytes, { sheet: 'Services' })).toEqual({
      sheetNames: ['Notes', 'Services'],
      sheet: 'Services',
      columnCount: 3,
      rows: [['Service', '', 'Checked'], ['Food bank', 'website', '12/09/2025'], [], ['2', 'padded']],
    });
    expect(await refusal(readSpreadsheet('directory.xlsx', bytes, { sheet: 'Missing' }))).toBe(
      'The spreadsheet has no sheet called “Missing”.',
    );
  });

  it('says plainly when a file is not a spreadsheet', async () => {
    expect(await refusal(readSpreadsheet('directory.xlsx', Buffer.from('not a zip')))).toBe(UNREADABLE);
    expect(await refusal(readSpreadsheet('directory.csv', Buffer.from([0, 1, 2, 3, 0xff])))).toBe(UNREADABLE);
  });
});

describe('a CSV', () => {
  it('is read as text: quoted commas, doubled quotes and line breaks kept, values trimmed, row numbers kept', () => {
    const text =
      'Name, Note ,\r\n"Dąbrowska, Zoë","Said ""hello""\nthen left",\r\n\r\n , \r\nLast,12/09/2025\n\n';
    expect(csvRows(text)).toEqual([
      ['Name', 'Note'],
      ['Dąbrowska, Zoë', 'Said "hello"\nthen left'],
      [],
      [],
      ['Last', '12/09/2025'],
    ]);
  });
});
