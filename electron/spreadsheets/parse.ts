import ExcelJS from 'exceljs';

/**
 * The most of a sheet Linkbook reads, said in the refusal when a file is bigger. A directory of services
 * or a term's attendance is a few thousand rows of a dozen columns; these leave room for far more while a
 * sheet within them still loads in seconds and in a bounded amount of memory (see read.ts).
 */
export const SPREADSHEET_LIMITS = {
  rows: 20_000,
  columns: 200,
  cells: 250_000,
};
export type SpreadsheetLimits = typeof SPREADSHEET_LIMITS;

/** One sheet's text, as every import reads it. */
export interface Spreadsheet {
  /** Every sheet in the workbook, in order (a CSV has one, named "Sheet1"). */
  sheetNames: string[];
  /** The sheet these rows come from. */
  sheet: string;
  /** The sheet's width: the last column holding anything. Rows stop at their own last filled cell. */
  columnCount: number;
  /** rows[0] is the sheet's first row. Empty rows stay (as []), so row numbers match the spreadsheet. */
  rows: string[][];
}

export type ParseOutcome = { ok: true; spreadsheet: Spreadsheet } | { ok: false; message: string };

export const UNREADABLE =
  'The file could not be read as a spreadsheet. Save it as .xlsx or .csv and try again.';

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  // Excel's dates have no time zone: exceljs gives them as midnight UTC, so they are read in UTC.
  // (Written out by hand: date-fns would add a second to every worker's start from source.)
  if (value instanceof Date) {
    const two = (n: number) => String(n).padStart(2, '0');
    return `${two(value.getUTCDate())}/${two(value.getUTCMonth() + 1)}/${String(value.getUTCFullYear()).padStart(4, '0')}`;
  }
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('hyperlink' in value) return typeof value.text === 'string' ? value.text : cellText(value.text);
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    return '';
  }
  return String(value);
}

/**
 * A CSV's text. Excel saves "CSV UTF-8" or, as plain "CSV", Windows-1252 (where £ is one byte that is not
 * UTF-8). Control characters mean the file is not text at all.
 */
function csvText(bytes: Uint8Array): string | null {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('windows-1252').decode(bytes);
  }
  // eslint-disable-next-line no-control-regex -- looking for exactly these
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(text)) return null;
  return text.replace(/^\uFEFF/, '');
}

interface Shape {
  rows: number;
  columns: number;
  cells: number;
}

/**
 * A CSV's size, counted before any of it is kept: the last row with text, the most fields in a row (a
 * CSV states its empty fields, and each is a column), and the fields holding text. Quoted fields may hold
 * commas and line breaks.
 */
function csvShape(text: string): Shape {
  let row = 1;
  let column = 1;
  let inQuotes = false;
  let fieldHasText = false;
  let rowHasText = false;
  const shape: Shape = { rows: 0, columns: 0, cells: 0 };
  const endField = () => {
    if (fieldHasText) {
      shape.cells += 1;
      rowHasText = true;
    }
    if (column > shape.columns) shape.columns = column;
    fieldHasText = false;
  };
  const endRow = () => {
    if (rowHasText) shape.rows = row;
    rowHasText = false;
    row += 1;
    column = 1;
  };
  for (let at = 0; at < text.length; at++) {
    const char = text.charAt(at);
    if (inQuotes) {
      if (char !== '"') fieldHasText ||= char.trim() !== '';
      else if (text[at + 1] === '"') {
        fieldHasText = true;
        at += 1;
      } else inQuotes = false;
    } else if (char === '"') inQuotes = true;
    else if (char === ',') {
      endField();
      column += 1;
    } else if (char === '\n' || char === '\r') {
      endField();
      endRow();
      if (char === '\r' && text[at + 1] === '\n') at += 1;
    } else if (char.trim() !== '') fieldHasText = true;
  }
  endField();
  endRow();
  return shape;
}

/**
 * A CSV's rows as text, as the sheet reader gives them: each value trimmed, each row ending at its last
 * value, rows with no text as [] (so row numbers match the file), and none after the last with text.
 * Quoted fields may hold commas, doubled quotes and line breaks.
 */
export function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  let cells: string[] = [];
  let field = '';
  let inQuotes = false;
  let start = 0;
  const endField = () => {
    cells.push(field.trim());
    field = '';
  };
  const endRow = () => {
    while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
    rows.push(cells);
    cells = [];
  };
  for (let at = 0; at < text.length; at++) {
    const char = text.charCodeAt(at);
    if (inQuotes) {
      if (char !== 34) continue;
      field += text.slice(start, at);
      if (text.charCodeAt(at + 1) === 34) {
        field += '"';
        at += 1;
        start = at + 1;
      } else {
        inQuotes = false;
        start = at + 1;
      }
    } else if (char === 34) {
      field += text.slice(start, at);
      inQuotes = true;
      start = at + 1;
    } else if (char === 44 || char === 10 || char === 13) {
      field += text.slice(start, at);
      endField();
      if (char !== 44) {
        endRow();
        if (char === 13 && text.charCodeAt(at + 1) === 10) at += 1;
      }
      start = at + 1;
    }
  }
  field += text.slice(start);
  endField();
  endRow();
  while (rows.length > 0 && rows[rows.length - 1]!.length === 0) rows.pop();
  return rows;
}

const widthOf = (rows: string[][]) => rows.reduce((widest, cells) => Math.max(widest, cells.length), 0);

const count = (n: number) => n.toLocaleString('en-GB');

function tooBig(shape: Shape, limits: SpreadsheetLimits): string | null {
  const save = 'or save just the table as a new file.';
  if (shape.columns > limits.columns)
    return `This spreadsheet has ${count(shape.columns)} columns; Linkbook reads at most ${count(limits.columns)}. Remove the empty columns, ${save}`;
  if (shape.rows > limits.rows)
    return `This spreadsheet has ${count(shape.rows)} rows; Linkbook reads at most ${count(limits.rows)}. Remove the empty rows, or split it into files of ${count(limits.rows)} rows or fewer.`;
  if (shape.cells > limits.cells)
    return `This spreadsheet has ${count(shape.cells)} filled cells; Linkbook reads at most ${count(limits.cells)}. Split it into smaller files and import each one.`;
  return null;
}

/**
 * Reads a sheet's text from an XLSX or CSV file: every value as text, as shown in Excel (dates as
 * DD/MM/YYYY). Only cells that exist are visited, so a file that claims a million rows or sixteen thousand
 * columns costs what it holds, and a sheet past `limits` is refused with a sentence that says why.
 * Runs inside the spreadsheet worker (see read.ts); nothing here touches the vault.
 */
export async function parseSpreadsheet(
  fileName: string,
  bytes: Uint8Array,
  options: { sheet?: string | undefined; limits?: SpreadsheetLimits } = {},
): Promise<ParseOutcome> {
  const limits = options.limits ?? SPREADSHEET_LIMITS;
  const workbook = new ExcelJS.Workbook();
  let sheet: ExcelJS.Worksheet | undefined;
  try {
    if (/\.csv$/i.test(fileName)) {
      const text = csvText(bytes);
      if (text === null) return { ok: false, message: UNREADABLE };
      const refusal = tooBig(csvShape(text), limits);
      if (refusal) return { ok: false, message: refusal };
      // Every value stays text (exceljs would read 12/09/2025 as the 9th of December), and read by hand:
      // exceljs builds a cell object per value, which for a year of register marks (half a million
      // values) took seconds and hundreds of megabytes where this takes milliseconds.
      const rows = csvRows(text);
      return {
        ok: true,
        spreadsheet: { sheetNames: ['Sheet1'], sheet: 'Sheet1', columnCount: widthOf(rows), rows },
      };
    } else {
      await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
      sheet = options.sheet === undefined ? workbook.worksheets[0] : workbook.getWorksheet(options.sheet);
    }
  } catch {
    return { ok: false, message: UNREADABLE };
  }
  const sheetNames = workbook.worksheets.map((each) => each.name);
  if (!sheet)
    return {
      ok: false,
      message:
        options.sheet === undefined
          ? 'The spreadsheet has no sheets.'
          : `The spreadsheet has no sheet called “${options.sheet}”.`,
    };

  // First only measure, so that a sheet past the limits is refused before its text is copied.
  const shape: Shape = { rows: 0, columns: 0, cells: 0 };
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      if (cellText(cell.value).trim() === '') return;
      shape.cells += 1;
      if (rowNumber > shape.rows) shape.rows = rowNumber;
      if (columnNumber > shape.columns) shape.columns = columnNumber;
    });
  });
  const refusal = tooBig(shape, limits);
  if (refusal) return { ok: false, message: refusal };

  const rows: string[][] = Array.from({ length: shape.rows }, () => []);
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells = rows[rowNumber - 1];
    if (!cells) return;
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      const text = cellText(cell.value).trim();
      if (text === '') return;
      while (cells.length < columnNumber - 1) cells.push('');
      cells[columnNumber - 1] = text;
    });
  });
  return { ok: true, spreadsheet: { sheetNames, sheet: sheet.name, columnCount: shape.columns, rows } };
}
