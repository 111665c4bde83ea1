import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { poppler } from './tools';

export interface PrintedPdf {
  /** The text as laid out on paper, columns side by side. */
  layout: string;
  /** The text in drawing order with every run of white space one space: for sentences that wrap in a cell. */
  flowing: string;
  /** Each page's laid-out text with every run of white space one space, in order. */
  pages: string[];
}

const pdfText = (file: string, mode: '-layout' | '-raw', range: string[] = []) =>
  execFileSync(poppler('pdftotext'), [mode, ...range, file, '-'], { encoding: 'utf8' });

/**
 * Prints the page as Chromium does on A4 into test-results/NAME.pdf, renders every page to PNG under
 * test-results/screens/NAME-N.png for a person to look at (in grey, to see a printout from a mono
 * printer), and reads the text back.
 */
export async function printToPdf(
  page: Page,
  name: string,
  { dpi = 60, grey = false } = {},
): Promise<PrintedPdf> {
  const file = `test-results/${name}.pdf`;
  mkdirSync('test-results/screens', { recursive: true });
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: file, format: 'A4', printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  execFileSync(poppler('pdftoppm'), [
    '-png',
    ...(grey ? ['-gray'] : []),
    '-r',
    String(dpi),
    file,
    `test-results/screens/${name}`,
  ]);
  const count = Number(
    /Pages:\s+(\d+)/.exec(execFileSync(poppler('pdfinfo'), [file], { encoding: 'utf8' }))?.[1],
  );
  const oneSpace = (text: string) => text.replace(/\s+/g, ' ');
  return {
    layout: pdfText(file, '-layout'),
    flowing: oneSpace(pdfText(file, '-raw')),
    pages: Array.from({ length: count }, (_, index) =>
      oneSpace(pdfText(file, '-layout', ['-f', String(index + 1), '-l', String(index + 1)])),
    ),
  };
}
