import { writeFileSync } from 'node:fs';

export interface Figure {
  name: string;
  unit: 'ms' | 'MB';
  /** On the encrypted vault. */
  value: number;
  /** The same measure on the unencrypted copy, when there is one to compare with. */
  baseline?: number;
  /** How many runs the median is taken over; absent for a one-off reading such as a file size. */
  runs?: number;
}

function amount(value: number, unit: string): string {
  const digits = value < 10 ? 2 : value < 100 ? 1 : 0;
  return `${value.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits })} ${unit}`;
}

function ratio(figure: Figure): string {
  if (figure.baseline === undefined || figure.baseline === 0) return '–';
  const times = figure.value / figure.baseline;
  return `${times.toFixed(times < 10 ? 2 : 0)}×`;
}

export function printTable(figures: Figure[]): void {
  const header = ['measure', 'encrypted', 'unencrypted (baseline)', 'ratio', 'runs'];
  const rows = figures.map((figure) => [
    figure.name,
    amount(figure.value, figure.unit),
    figure.baseline === undefined ? '–' : amount(figure.baseline, figure.unit),
    ratio(figure),
    figure.runs === undefined ? '–' : String(figure.runs),
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column]!.length)),
  );
  // The measure's name reads left-aligned, the figures right-aligned so their decimal points line up.
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[0]!) : cell.padStart(widths[column]!)))
      .join('  ');
  console.log(line(header));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const row of rows) console.log(line(row));
}

/** The shape benchmark trackers read: [{ name, value, unit, baseline? }]. */
export function writeJson(file: string, figures: Figure[]): void {
  const round = (value: number) => Math.round(value * 1000) / 1000;
  const json = figures.map(({ name, value, unit, baseline }) => ({
    name,
    value: round(value),
    unit,
    ...(baseline === undefined ? {} : { baseline: round(baseline) }),
  }));
  writeFileSync(file, `${JSON.stringify(json, null, 2)}\n`);
}
