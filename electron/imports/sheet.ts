import { fail } from '../../shared/errors';
import {
  guessHeaderRow,
  HEADER_SEARCH_ROWS,
  importColumns,
  layoutFingerprint,
  type ImportColumn,
  type ImportLayout,
} from '../../shared/imports';
import { readSpreadsheet, type Spreadsheet, type SpreadsheetLimits } from '../spreadsheets/read';

/** Sheets tried in turn for a table when the worker has not chosen one (a notes sheet often comes first). */
const SHEETS_TRIED = 5;

export interface OpenedSheet {
  spreadsheet: Spreadsheet;
  /** 0-based index of the heading row in spreadsheet.rows. */
  headerIndex: number;
  columns: ImportColumn[];
  fingerprint: string;
  /** The layout last confirmed for these headings, if any. */
  remembered: ImportLayout<string> | null;
  /** The rows below the headings, with the spreadsheet's own row numbers; empty rows left out. */
  body: { row: number; cells: string[] }[];
}

const headingsAt = (sheet: Spreadsheet, index: number) =>
  Array.from({ length: sheet.columnCount }, (_, at) => sheet.rows[index]?.[at] ?? '');

const hasTable = (sheet: Spreadsheet, index: number) =>
  headingsAt(sheet, index).filter(Boolean).length >= 2 && sheet.rows.length > index + 1;

export interface ImportSheetOptions {
  /** An import's own bounds on the sheet's size, when its files are bigger than the directory's. */
  limits?: SpreadsheetLimits;
  /**
   * The headings as they identify the layout, for an import whose headings change from file to file in a
   * known way (attendance's dated session columns), so next term's export is still recognised.
   */
  layoutHeadings?: (headings: string[]) => string[];
}

/**
 * Opens the sheet an import reads and finds its heading row: the worker's choice when given; otherwise a
 * remembered layout whose headings match, then the first sheet that holds a table, at the guessed row.
 */
export async function openImportSheet(
  file: { fileName: string; dataBase64: string },
  choice: { sheet?: string | undefined; headerRow?: number | undefined },
  remembered: Record<string, ImportLayout<string>>,
  options: ImportSheetOptions = {},
): Promise<OpenedSheet> {
  const bytes = Buffer.from(file.dataBase64, 'base64');
  const limits = options.limits ? { limits: options.limits } : {};
  const read = (sheet?: string) =>
    readSpreadsheet(file.fileName, bytes, sheet === undefined ? limits : { sheet, ...limits });
  const layoutHeadings = options.layoutHeadings ?? ((headings: string[]) => headings);
  const open = (spreadsheet: Spreadsheet, headerIndex: number): OpenedSheet => {
    const fingerprint = layoutFingerprint(layoutHeadings(headingsAt(spreadsheet, headerIndex)));
    const body = spreadsheet.rows
      .map((cells, index) => ({ row: index + 1, cells }))
      .slice(headerIndex + 1)
      .filter(({ cells }) => cells.some(Boolean));
    return {
      spreadsheet,
      headerIndex,
      columns: importColumns(spreadsheet.rows, headerIndex, spreadsheet.columnCount),
      fingerprint,
      remembered: remembered[fingerprint] ?? null,
      body,
    };
  };
  /** A remembered layout for this sheet whose heading row still has the same headings. */
  const recognise = (spreadsheet: Spreadsheet): OpenedSheet | null => {
    for (const layout of Object.values(remembered)) {
      if (layout.sheet !== spreadsheet.sheet) continue;
      const opened = open(spreadsheet, layout.headerRow - 1);
      if (opened.remembered) return opened;
    }
    return null;
  };

  if (choice.sheet !== undefined || choice.headerRow !== undefined) {
    const spreadsheet = await read(choice.sheet);
    const index = choice.headerRow === undefined ? guessHeaderRow(spreadsheet.rows) : choice.headerRow - 1;
    if (index >= spreadsheet.rows.length || index >= HEADER_SEARCH_ROWS)
      fail('invalid_input', `Row ${index + 1} is past the end of the sheet “${spreadsheet.sheet}”.`, {
        fields: { headerRow: 'Choose the row that holds the column headings.' },
      });
    return open(spreadsheet, index);
  }

  const first = await read();
  const names = first.sheetNames;
  const rememberedSheets = new Set(Object.values(remembered).map((layout) => layout.sheet));
  const order = [
    ...names.filter((name) => rememberedSheets.has(name)),
    ...names.slice(0, SHEETS_TRIED).filter((name) => !rememberedSheets.has(name)),
  ];
  let fallback: OpenedSheet | null = null;
  for (const name of order) {
    // Past the remembered sheets, the first sheet with a table is the answer.
    if (fallback && !rememberedSheets.has(name)) break;
    const spreadsheet = name === first.sheet ? first : await read(name);
    const known = recognise(spreadsheet);
    if (known) return known;
    const guessed = open(spreadsheet, guessHeaderRow(spreadsheet.rows));
    if (guessed.remembered || (!fallback && hasTable(spreadsheet, guessed.headerIndex))) {
      if (guessed.remembered) return guessed;
      fallback = guessed;
    }
  }
  return fallback ?? open(first, guessHeaderRow(first.rows));
}

/** The first rows of the sheet, each as its first few cells, for the header-row choice. */
export function topRows(sheet: Spreadsheet): { row: number; text: string }[] {
  return sheet.rows.slice(0, HEADER_SEARCH_ROWS).map((cells, index) => {
    const filled = cells.filter(Boolean);
    const text = filled.slice(0, 4).join(', ') + (filled.length > 4 ? ', …' : '');
    return { row: index + 1, text: text.length > 90 ? `${text.slice(0, 89)}…` : text || '(empty)' };
  });
}
