import { z } from 'zod';
import { foldForSearch } from './text';

/**
 * The steps every spreadsheet import shares (the directory's, attendance's): which sheet, which row holds
 * the headings, which column fills each field (or one value for every row), and how the file's own words
 * map to the app's choices. Pure, so the guesses are tested without a vault; each import brings its own
 * field list.
 */

/** "Keep as a note": the value is saved in the record's notes instead of being forced into a choice. */
export const KEEP_AS_NOTE = 'note';

/** How far down the header row is looked for: titles and date lines above a table are a few rows at most. */
export const HEADER_SEARCH_ROWS = 30;
/** Sample values shown beside each column, each cut to a glance's length. */
export const SAMPLES_PER_COLUMN = 3;
const SAMPLE_LENGTH = 40;
/** Different values listed for one choice field; a column with more is free text, not a list of choices. */
export const MAX_CHOICE_VALUES = 60;
/** Layouts remembered per import; the oldest is forgotten first. */
export const MAX_REMEMBERED_LAYOUTS = 20;

/** One value as it is compared: case, accents and spacing do not matter. */
export function foldValue(text: string): string {
  return foldForSearch(text).replace(/\s+/g, ' ').trim();
}

const looksLikeData = (cell: string) => /^[\d\s/.,:£%+-]+$/.test(cell) || /^\d{1,2}\s\w+\s\d{4}/.test(cell);

/**
 * The row (0-based) most likely to hold the column headings: the first row as wide as the table (at least
 * two filled cells, most of the widest row's) whose cells are words rather than numbers or dates. Titles,
 * "Updated 1 September 2025 – 31 August 2026" lines and blank rows above a table are passed over.
 */
export function guessHeaderRow(rows: string[][]): number {
  const filled = (cells: string[] | undefined) => (cells ?? []).filter((cell) => cell.trim() !== '');
  const top = rows.slice(0, HEADER_SEARCH_ROWS);
  const widest = Math.max(0, ...top.map((cells) => filled(cells).length));
  const found = top.findIndex((cells) => {
    const texts = filled(cells);
    if (texts.length < 2 || texts.length < Math.ceil(widest * 0.6)) return false;
    const words = texts.filter((cell) => !looksLikeData(cell));
    return words.length > texts.length / 2 && new Set(texts.map(foldValue)).size === texts.length;
  });
  return found >= 0 ? found : 0;
}

/** A column as the mapping step shows it: its heading and the first few different values below it. */
export interface ImportColumn {
  index: number;
  heading: string;
  samples: string[];
}

export function importColumns(rows: string[][], headerRow: number, columnCount: number): ImportColumn[] {
  const headings = rows[headerRow] ?? [];
  return Array.from({ length: columnCount }, (_, index) => {
    const samples: string[] = [];
    for (const cells of rows.slice(headerRow + 1)) {
      const value = cells[index] ?? '';
      const sample = value.length > SAMPLE_LENGTH ? `${value.slice(0, SAMPLE_LENGTH - 1).trimEnd()}…` : value;
      if (sample && !samples.includes(sample)) samples.push(sample);
      if (samples.length === SAMPLES_PER_COLUMN) break;
    }
    return { index, heading: headings[index] || `Column ${index + 1}`, samples };
  });
}

/**
 * The same layout next term: the header cells, folded, hashed (cyrb53) into a short key. Only the headings
 * count, so a file with more or fewer rows, or its table lower down, is still recognised.
 */
export function layoutFingerprint(headings: string[]): string {
  const cells = headings.map(foldValue);
  while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
  const text = cells.join('\u001f');
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** A spreadsheet value matched to one of a field's choices: the worker's own answer first, then the guess. */
export function choiceFor<C extends string>(
  value: string,
  chosen: Record<string, string> | undefined,
  guess: (value: string) => C | null,
  choices: readonly C[],
): C | typeof KEEP_AS_NOTE {
  const answer = chosen?.[foldValue(value)];
  if (answer === KEEP_AS_NOTE) return KEEP_AS_NOTE;
  if (answer !== undefined && (choices as readonly string[]).includes(answer)) return answer as C;
  return guess(value) ?? KEEP_AS_NOTE;
}

/** The different values of one column, in first-seen order, with how many rows hold each. */
export function distinctValues(values: string[]): { value: string; rows: number }[] {
  const found = new Map<string, { value: string; rows: number }>();
  for (const value of values) {
    if (!value) continue;
    const key = foldValue(value);
    const seen = found.get(key);
    if (seen) seen.rows += 1;
    else if (found.size < MAX_CHOICE_VALUES) found.set(key, { value, rows: 1 });
  }
  return [...found.values()];
}

/**
 * The layout parts of an import's input, for its own fields: the sheet and header row (guessed when absent),
 * a value for every row where the file has no column, and the worker's answers for choice values.
 */
export function layoutInput<F extends string>(fieldKeys: readonly [F, ...F[]]) {
  const field = z.enum(fieldKeys);
  return {
    sheet: z.string().max(200).optional(),
    /** The spreadsheet's own row number of the headings (the first row is 1). */
    headerRow: z.number().int().min(1).max(HEADER_SEARCH_ROWS).optional(),
    fixed: z.partialRecord(field, z.string().trim().max(2_000)).default({}),
    values: z
      .partialRecord(field, z.record(z.string().max(2_000), z.string().max(60)))
      .default({})
      .refine(
        (all) => Object.values(all).every((each) => Object.keys(each ?? {}).length <= MAX_CHOICE_VALUES * 2),
        'Too many values were matched.',
      ),
  };
}

/** Which column (0-based) fills each field; null leaves it to a value for every row, or empty. */
export function columnMappingSchema<F extends string>(fieldKeys: readonly F[]) {
  const columnIndex = z.number().int().min(0).max(199).nullable();
  return z.strictObject(
    Object.fromEntries(fieldKeys.map((key) => [key, columnIndex])) as Record<F, typeof columnIndex>,
  );
}

/** A layout as remembered and as the steps edit it. */
export interface ImportLayout<F extends string> {
  sheet: string;
  headerRow: number;
  mapping: Record<F, number | null>;
  fixed: Partial<Record<F, string>>;
  values: Partial<Record<F, Record<string, string>>>;
}

/** What the sheet and mapping steps show, for any import. */
export interface ImportSheetView<F extends string> {
  sheetNames: string[];
  /** The first rows, for choosing the header row: each as its first few cells. */
  topRows: { row: number; text: string }[];
  columns: ImportColumn[];
  layout: ImportLayout<F>;
  /** This layout was imported before, so everything is as the worker set it last time. */
  remembered: boolean;
  /** For each choice field read from a column: its different values and what each becomes. */
  choiceValues: Partial<Record<F, { value: string; rows: number; choice: string }[]>>;
}

/** A row that could not be read, by the spreadsheet's own row number. */
export interface ImportProblem {
  row: number;
  reason: string;
}
