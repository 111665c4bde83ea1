import ExcelJS from 'exceljs';
import { z } from 'zod';
import { isoToUk } from '../../shared/dates';
import { fail } from '../../shared/errors';
import {
  loopTags,
  valueTags,
  type combineInput,
  type ExportedFile,
  type ReturnFile,
} from '../../shared/returns';
import type { ServiceDeps } from './deps';
import { suppressCount } from './returnsSuppress';
import { getSettings } from './settings';

const figure = z.union([z.number(), z.string()]);
const returnFile = z.object({
  linkbookReturn: z.literal(1),
  school: z.string(),
  from: z.string(),
  to: z.string(),
  periodName: z.string(),
  suppressed: z.boolean(),
  values: z.record(z.string(), figure),
  loops: z.record(z.string(), z.array(z.record(z.string(), figure))),
});

function readReturn(file: { fileName: string; text: string }): ReturnFile {
  let parsed: unknown;
  try {
    parsed = JSON.parse(file.text);
  } catch {
    parsed = null;
  }
  const result = returnFile.safeParse(parsed);
  if (!result.success)
    fail('invalid_input', `"${file.fileName}" is not a return file saved by Linkbook.`, {
      fields: { files: 'Choose the .json files schools saved from Returns.' },
    });
  return result.data as ReturnFile;
}

interface Line {
  label: string;
  kind: 'count' | 'number';
  cells: (string | number | undefined)[];
}

/** The rows of the summary: each count or number, then each table's rows by their first column. */
function lines(returns: ReturnFile[]): Line[] {
  const out: Line[] = valueTags
    .filter((one) => one.kind !== 'text')
    .map((one) => ({
      label: one.meaning,
      kind: one.kind as Line['kind'],
      cells: returns.map((file) => file.values[one.tag]),
    }));
  for (const loop of loopTags) {
    const [key, ...measures] = loop.fields;
    if (!key || key.kind !== 'text' || measures.some((field) => field.kind === 'text')) continue;
    const keys = [
      ...new Set(returns.flatMap((file) => (file.loops[loop.tag] ?? []).map((row) => String(row[key.tag])))),
    ];
    for (const name of keys)
      for (const measure of measures)
        out.push({
          label: `${loop.meaning} ${name}${measures.length > 1 ? `: ${measure.meaning}` : ''}`,
          kind: measure.kind as Line['kind'],
          cells: returns.map(
            (file) =>
              (file.loops[loop.tag] ?? []).find((row) => String(row[key.tag]) === name)?.[measure.tag] ?? 0,
          ),
        });
  }
  return out;
}

/**
 * The total of schools' figures. A figure a school sent as "<5" is somewhere from 1 to 4, so a total with
 * one is given as the range it must lie in; a total written exactly is itself suppressed if small.
 */
function total(
  cells: (string | number | undefined)[],
  threshold: number,
  suppress: boolean,
): string | number {
  let low = 0;
  let high = 0;
  for (const cell of cells) {
    if (typeof cell === 'number') {
      low += cell;
      high += cell;
    } else if (typeof cell === 'string' && /^<\d+$/.test(cell)) {
      low += 1;
      high += Number(cell.slice(1)) - 1;
    }
  }
  const rounded = (value: number) => Math.round(value * 10) / 10;
  if (low !== high) return `${rounded(low)} to ${rounded(high)}`;
  return suppress ? suppressCount(rounded(low), threshold) : rounded(low);
}

export async function combineReturns(
  deps: ServiceDeps,
  input: z.output<typeof combineInput>,
): Promise<ExportedFile> {
  const returns = input.files.map(readReturn);
  const threshold = getSettings(deps.db).smallNumberThreshold;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Linkbook';
  const sheet = workbook.addWorksheet('Combined returns');
  sheet.columns = [{ width: 70 }, ...returns.map(() => ({ width: 18 })), { width: 18 }];
  sheet.addRow([`Combined termly returns: ${returns.length} schools`]).font = { bold: true, size: 14 };
  sheet.addRow([
    input.suppressSmallNumbers
      ? `Counts from 1 to ${threshold - 1} are shown as "<${threshold}"; a total that includes them is a range.`
      : 'Small numbers are not hidden: for use inside the authority only.',
  ]);
  sheet.addRow([]);
  sheet.addRow(['Figure', ...returns.map((file) => file.school), 'Total']).font = { bold: true };
  sheet.addRow(['Period', ...returns.map((file) => `${isoToUk(file.from)} to ${isoToUk(file.to)}`), '']);
  for (const line of lines(returns)) {
    // Hours are not people: only counts are suppressed.
    const isCount = line.kind === 'count';
    const shown = line.cells.map((cell) =>
      input.suppressSmallNumbers && isCount && cell !== undefined
        ? suppressCount(cell, threshold)
        : (cell ?? ''),
    );
    sheet.addRow([line.label, ...shown, total(line.cells, threshold, input.suppressSmallNumbers && isCount)]);
  }
  return {
    fileName: `Combined termly returns ${deps.now().toISOString().slice(0, 10)}.xlsx`,
    dataBase64: Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64'),
  };
}
