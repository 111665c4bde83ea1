import ExcelJS from 'exceljs';
import PizZip from 'pizzip';
import { isoToUk } from '../../shared/dates';
import { loopTags, valueTags, type ReturnFigures } from '../../shared/returns';

/** The heading every default return carries: what it is, for whom, when, and how small numbers are shown. */
export interface ReturnHeading {
  producedOn: string;
  suppressedBelow: number | null;
}

const headingLines = (figures: Pick<ReturnFigures, 'values'>, heading: ReturnHeading) => [
  `Termly return to the local authority: ${figures.values.school_name}`,
  `${figures.values.period_name} (${figures.values.period_from} to ${figures.values.period_to}), prepared by ${figures.values.worker_name} on ${isoToUk(heading.producedOn)}`,
  heading.suppressedBelow === null
    ? 'For use inside the school: true figures, small numbers not hidden.'
    : `Counts from 1 to ${heading.suppressedBelow - 1} are shown as "<${heading.suppressedBelow}".`,
];

const figureRows = valueTags.filter((one) => !one.tag.startsWith('period_') && !one.tag.endsWith('_name'));

/** The built-in return, for an authority without its own template: every figure and every table. */
export async function defaultXlsx(
  figures: Pick<ReturnFigures, 'values' | 'loops'>,
  heading: ReturnHeading,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Linkbook';
  const sheet = workbook.addWorksheet('Return');
  sheet.columns = [{ width: 62 }, { width: 16 }, { width: 16 }, { width: 16 }];
  for (const line of headingLines(figures, heading)) sheet.addRow([line]);
  sheet.getRow(1).font = { bold: true, size: 14 };
  sheet.addRow([]);
  sheet.addRow(['Figure', 'Value']).font = { bold: true };
  for (const one of figureRows) sheet.addRow([one.meaning, figures.values[one.tag]]);
  for (const loop of loopTags) {
    if (loop.tag === 'case_studies') continue;
    sheet.addRow([]);
    sheet.addRow([loop.meaning]).font = { bold: true };
    sheet.addRow(loop.fields.map((field) => field.meaning)).font = { italic: true };
    for (const row of figures.loops[loop.tag]) sheet.addRow(loop.fields.map((field) => row[field.tag]));
  }
  const studies = figures.loops.case_studies;
  if (studies.length) {
    const sheetOfStudies = workbook.addWorksheet('Case studies');
    sheetOfStudies.columns = [{ width: 30 }, { width: 100 }];
    sheetOfStudies.addRow(['Title', 'Case study (anonymised)']).font = { bold: true };
    for (const study of studies) {
      sheetOfStudies.addRow([study.title, study.text]).alignment = { wrapText: true, vertical: 'top' };
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

// ---- The built-in Word return: itself a tagged template, filled like the authority's own ----

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const run = (text: string, bold = false) =>
  `<w:r>${bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;
export const paragraph = (text: string, bold = false) => `<w:p>${run(text, bold)}</w:p>`;
const cell = (text: string, bold = false) =>
  `<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr>${paragraph(text, bold)}</w:tc>`;
export const tableRow = (cells: string[], bold = false) =>
  `<w:tr>${cells.map((text) => cell(text, bold)).join('')}</w:tr>`;
export const table = (rows: string[]) =>
  `<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="5000" w:type="pct"/><w:tblBorders>${[
    'top',
    'left',
    'bottom',
    'right',
    'insideH',
    'insideV',
  ]
    .map((side) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="808080"/>`)
    .join('')}</w:tblBorders></w:tblPr>${rows.join('')}</w:tbl>`;

/** A minimal Word document around `body` (WordprocessingML paragraphs and tables). */
export function docxPackage(body: string): Buffer {
  const zip = new PizZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="709" w:footer="709" w:gutter="0"/></w:sectPr></w:body></w:document>`,
  );
  return zip.generate({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** The built-in Word return as a template: the heading as text, every figure and table as tags. */
export function defaultDocxTemplate(heading: ReturnHeading): Buffer {
  // The heading's names are tags too, so a school's name is never read as template text.
  const asTags = Object.fromEntries(valueTags.map((one) => [one.tag, `{${one.tag}}`]));
  const [title, ...rest] = headingLines({ values: asTags as ReturnFigures['values'] }, heading);
  const loopTables = loopTags
    .filter((loop) => loop.tag !== 'case_studies')
    .map((loop) =>
      [
        paragraph(''),
        paragraph(loop.meaning, true),
        table([
          tableRow(
            loop.fields.map((field) => field.meaning),
            true,
          ),
          tableRow(
            loop.fields.map((field, index) => {
              const open = index === 0 ? `{#${loop.tag}}` : '';
              const close = index === loop.fields.length - 1 ? `{/${loop.tag}}` : '';
              return `${open}{${field.tag}}${close}`;
            }),
          ),
        ]),
      ].join(''),
    );
  return docxPackage(
    [
      paragraph(title!, true),
      ...rest.map((line) => paragraph(line)),
      paragraph(''),
      table([
        tableRow(['Figure', 'Value'], true),
        ...figureRows.map((one) => tableRow([one.meaning, `{${one.tag}}`])),
      ]),
      ...loopTables,
      paragraph('{#case_studies}'),
      paragraph('{title}', true),
      paragraph('{text}'),
      paragraph('{/case_studies}'),
    ].join(''),
  );
}
