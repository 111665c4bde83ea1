import ExcelJS from 'exceljs';
import type { CellBinding, FigureValue, LoopRow } from '../../shared/returns';
import type { FillData, TagTree } from './returnsTags';

const TAG = /\{([#/]?)([A-Za-z0-9_]+)\}/g;

function textOf(cell: ExcelJS.Cell): string | null {
  const value = cell.value;
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && 'richText' in value)
    return value.richText.map((run) => run.text).join('');
  return null;
}

interface LoopRowAt {
  sheet: ExcelJS.Worksheet;
  row: number;
  loop: string;
}

/**
 * The tags in an XLSX template. A loop is one row: `{#loop}` in its first tagged cell, `{/loop}` in its last,
 * the fields between; the row is repeated once per item. Problems (a loop not closed in its row) are listed.
 */
export function scanXlsx(workbook: ExcelJS.Workbook): {
  tree: TagTree;
  loops: LoopRowAt[];
  problems: string[];
} {
  const tree: Record<string, Record<string, object>> = {};
  const found: LoopRowAt[] = [];
  const problems: string[] = [];
  workbook.eachSheet((sheet) => {
    sheet.eachRow((row, rowNumber) => {
      let open: string | null = null;
      row.eachCell((cell) => {
        const text = textOf(cell);
        if (text === null) return;
        for (const [, mark, name] of text.matchAll(TAG)) {
          if (mark === '#') {
            open = name!;
            tree[open] ??= {};
            found.push({ sheet, row: rowNumber, loop: open });
          } else if (mark === '/') {
            if (open !== name)
              problems.push(`{/${name}} on sheet "${sheet.name}" row ${rowNumber} closes no loop.`);
            open = null;
          } else if (open) tree[open]![name!] = {};
          else tree[name!] ??= {};
        }
      });
      if (open)
        problems.push(
          `The loop {#${open}} on sheet "${sheet.name}" row ${rowNumber} is not closed in that row.`,
        );
    });
  });
  return { tree, loops: found, problems };
}

/** A cell that is only a tag takes the figure as it is (a number stays a number); otherwise text is replaced. */
function fillCell(cell: ExcelJS.Cell, data: Record<string, FigureValue | LoopRow[]>) {
  const text = textOf(cell);
  if (text === null || !text.includes('{')) return;
  const stripped = text.replace(/\{[#/][A-Za-z0-9_]+\}/g, '');
  const whole = /^\{([A-Za-z0-9_]+)\}$/.exec(stripped);
  const valueOf = (name: string) => {
    const value = data[name];
    return Array.isArray(value) || value === undefined ? '' : value;
  };
  cell.value = whole
    ? valueOf(whole[1]!)
    : stripped.replace(TAG, (_, __, name: string) => String(valueOf(name)));
}

/** Fills the worker's own workbook: the cells mapped on screen, then the tags, each loop row repeated. */
export function fillXlsx(workbook: ExcelJS.Workbook, data: FillData, mapping: CellBinding[]): void {
  for (const binding of mapping) {
    const value = data[binding.tag];
    const cell = workbook.getWorksheet(binding.sheet)?.getCell(binding.cell);
    if (cell && !Array.isArray(value) && value !== undefined) cell.value = value;
  }
  const { loops } = scanXlsx(workbook);
  // Bottom rows first, so inserting rows never moves a loop row still to be filled.
  for (const { sheet, row, loop } of loops.sort((a, b) => b.row - a.row)) {
    const items = (data[loop] as LoopRow[] | undefined) ?? [];
    if (items.length === 0) {
      sheet.spliceRows(row, 1);
      continue;
    }
    if (items.length > 1) sheet.duplicateRow(row, items.length - 1, true);
    items.forEach((item, index) => sheet.getRow(row + index).eachCell((cell) => fillCell(cell, item)));
  }
  workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => fillCell(cell, data))));
}
