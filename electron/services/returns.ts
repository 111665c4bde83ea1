import { eq, inArray } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import type { z } from 'zod';
import { fail } from '../../shared/errors';
import {
  type CellBinding,
  type ExportedFile,
  type FigureRecord,
  type ImpactReport,
  type ReturnFigures,
  type ReturnFile,
  type TemplateFormat,
  type TemplateInfo,
  type addTemplateInput,
  type exportInput,
  type figureRecordsInput,
  type periodInput,
  type saveMappingInput,
} from '../../shared/returns';
import { caseStudies, returnTemplates } from '../db/schema';
import { write, type ServiceDeps } from './deps';
import { defaultDocxTemplate, defaultXlsx } from './returnsDefault';
import { fillDocx, scanDocx } from './returnsDocx';
import { computeReturn, type Period } from './returnsFigures';
import { suppressFigures } from './returnsSuppress';
import { unknownTags, unknownTagsMessage, type FillData, type TagTree } from './returnsTags';
import { fillXlsx, scanXlsx } from './returnsXlsx';
import { getSettings } from './settings';

type PeriodInput = z.output<typeof periodInput>;

export function returnFigures(deps: ServiceDeps, input: PeriodInput): ReturnFigures {
  const { from, to, values, loops } = computeReturn(deps, input);
  return { from, to, values, loops };
}

export function impactReport(deps: ServiceDeps, input: PeriodInput): ImpactReport {
  const { from, to, values, loops, attendance } = computeReturn(deps, input);
  return { from, to, values, loops, attendance };
}

export function figureRecords(deps: ServiceDeps, input: z.output<typeof figureRecordsInput>): FigureRecord[] {
  return (
    computeReturn(deps, input).records[input.tag as keyof ReturnType<typeof computeReturn>['records']] ?? []
  );
}

// ---- Templates ----

function notReadable(): never {
  return fail(
    'invalid_input',
    'This file could not be opened as a Word or Excel document. It may be damaged.',
    {
      fields: { dataBase64: 'Choose a .docx or .xlsx file that opens in Word or Excel.' },
    },
  );
}

interface Inspected {
  format: TemplateFormat;
  tree: TagTree;
  sheets: string[];
}

async function loadWorkbook(data: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    notReadable();
  }
  return workbook;
}

/** Which kind of file it is, by its contents rather than its name, and the tags in it; refused if unreadable. */
async function inspect(data: Buffer): Promise<Inspected> {
  const isZip = data.length > 4 && data.readUInt32LE(0) === 0x04034b50;
  if (!isZip) notReadable();
  const text = data.toString('latin1');
  if (text.includes('word/document.xml')) {
    let scanned: ReturnType<typeof scanDocx>;
    try {
      scanned = scanDocx(data);
    } catch {
      notReadable();
    }
    if (scanned.problems.length)
      fail('invalid_input', `This template's tags could not be read: ${scanned.problems.join(' ')}`, {
        fields: { dataBase64: 'Correct the tags in Word, then add the template again.' },
      });
    return { format: 'docx', tree: scanned.tree, sheets: [] };
  }
  if (text.includes('xl/workbook.xml')) {
    const workbook = await loadWorkbook(data);
    const scanned = scanXlsx(workbook);
    if (scanned.problems.length)
      fail('invalid_input', `This template's tags could not be read: ${scanned.problems.join(' ')}`, {
        fields: { dataBase64: 'Correct the tags in Excel, then add the template again.' },
      });
    return { format: 'xlsx', tree: scanned.tree, sheets: workbook.worksheets.map((sheet) => sheet.name) };
  }
  return notReadable();
}

function refuseUnknown(tree: TagTree) {
  const unknown = unknownTags(tree);
  if (unknown.length)
    fail('invalid_input', unknownTagsMessage(unknown), {
      fields: { dataBase64: 'Correct the tags in the template, then add it again.' },
    });
}

type TemplateRow = typeof returnTemplates.$inferSelect;

async function toInfo(row: TemplateRow): Promise<TemplateInfo> {
  const inspected = await inspect(row.data);
  return {
    id: row.id,
    name: row.name,
    fileName: row.fileName,
    format: row.format,
    tags: Object.keys(inspected.tree),
    sheets: inspected.sheets,
    mapping: JSON.parse(row.mapping) as CellBinding[],
    addedAt: row.createdAt,
  };
}

export async function addTemplate(
  deps: ServiceDeps,
  input: z.output<typeof addTemplateInput>,
): Promise<TemplateInfo> {
  const data = Buffer.from(input.dataBase64, 'base64');
  const inspected = await inspect(data);
  refuseUnknown(inspected.tree);
  const id = deps.newId();
  write(deps, (tx, audit, at) => {
    tx.insert(returnTemplates)
      .values({
        id,
        name: input.name,
        fileName: input.fileName,
        format: inspected.format,
        data,
        createdAt: at,
        updatedAt: at,
      })
      .run();
    audit('create', 'return_templates', id);
  });
  return getTemplate(deps, id);
}

function templateRow(deps: ServiceDeps, id: string): TemplateRow {
  const row = deps.db.select().from(returnTemplates).where(eq(returnTemplates.id, id)).get();
  if (!row) fail('not_found', 'That template is no longer in Linkbook.');
  return row;
}

async function getTemplate(deps: ServiceDeps, id: string): Promise<TemplateInfo> {
  return toInfo(templateRow(deps, id));
}

export async function listTemplates(deps: ServiceDeps): Promise<TemplateInfo[]> {
  const rows = deps.db.select().from(returnTemplates).orderBy(returnTemplates.name).all();
  return Promise.all(rows.map(toInfo));
}

export function removeTemplate(deps: ServiceDeps, id: string): null {
  templateRow(deps, id);
  write(deps, (tx, audit) => {
    tx.delete(returnTemplates).where(eq(returnTemplates.id, id)).run();
    audit('delete', 'return_templates', id);
  });
  return null;
}

export async function saveMapping(
  deps: ServiceDeps,
  input: z.output<typeof saveMappingInput>,
): Promise<TemplateInfo> {
  const template = await getTemplate(deps, input.templateId);
  if (template.format !== 'xlsx')
    fail('invalid_input', 'Only an Excel template has cells to choose figures for.', {
      fields: { mapping: 'Put tags into a Word template instead.' },
    });
  const fields: Record<string, string> = {};
  input.mapping.forEach((binding, index) => {
    if (!template.sheets.includes(binding.sheet))
      fields[`mapping.${index}.sheet`] = `There is no sheet called "${binding.sheet}" in this template.`;
    const earlier = input.mapping.findIndex(
      (other) => other.sheet === binding.sheet && other.cell === binding.cell,
    );
    if (earlier !== index)
      fields[`mapping.${index}.cell`] = `Cell ${binding.cell} is already given a figure.`;
  });
  if (Object.keys(fields).length) fail('invalid_input', Object.values(fields)[0]!, { fields });
  write(deps, (tx, audit, at) => {
    tx.update(returnTemplates)
      .set({ mapping: JSON.stringify(input.mapping), updatedAt: at })
      .where(eq(returnTemplates.id, input.templateId))
      .run();
    audit('update', 'return_templates', input.templateId);
  });
  return getTemplate(deps, input.templateId);
}

// ---- Export ----

type ExportInput = z.output<typeof exportInput>;

function chosenCaseStudies(deps: ServiceDeps, ids: string[]) {
  if (ids.length === 0) return [];
  const rows = deps.db.select().from(caseStudies).where(inArray(caseStudies.id, ids)).all();
  if (rows.length !== new Set(ids).size) fail('not_found', 'A chosen case study is no longer in Linkbook.');
  return ids.map((id) => rows.find((row) => row.id === id)!);
}

const fileNameFor = (period: Period, school: string, extension: string) =>
  `Termly return ${period.name || `${period.from} to ${period.to}`} ${school}`
    .replace(/[\\/:*?"<>|]+/g, '-')
    .replace(/\s+/g, ' ')
    .trim() + `.${extension}`;

export async function exportReturn(deps: ServiceDeps, input: ExportInput): Promise<ExportedFile> {
  const threshold = getSettings(deps.db).smallNumberThreshold;
  const computed = computeReturn(deps, input, chosenCaseStudies(deps, input.caseStudyIds));
  const figures = input.suppressSmallNumbers ? suppressFigures(computed, threshold) : computed;
  const data: FillData = { ...figures.values, ...figures.loops };
  const school = String(computed.values.school_name);
  const heading = {
    producedOn: deps.now().toISOString().slice(0, 10),
    suppressedBelow: input.suppressSmallNumbers ? threshold : null,
  };
  const done = (bytes: Buffer, extension: string): ExportedFile => ({
    fileName: fileNameFor(input, school, extension),
    dataBase64: bytes.toString('base64'),
  });

  if (input.format === 'json') {
    const file: ReturnFile = {
      linkbookReturn: 1,
      school,
      from: input.from,
      to: input.to,
      periodName: String(computed.values.period_name),
      suppressed: input.suppressSmallNumbers,
      values: figures.values,
      loops: figures.loops,
    };
    return done(Buffer.from(JSON.stringify(file, null, 2)), 'json');
  }
  if (input.templateId === 'default') {
    return input.format === 'xlsx'
      ? done(await defaultXlsx(figures, heading), 'xlsx')
      : done(fillDocx(defaultDocxTemplate(heading), data), 'docx');
  }
  const template = templateRow(deps, input.templateId);
  if (template.format !== input.format)
    fail('invalid_input', `This template is a ${template.format === 'xlsx' ? 'Excel' : 'Word'} file.`, {
      fields: { format: `Choose ${template.format === 'xlsx' ? 'Excel' : 'Word'} for this template.` },
    });
  const inspected = await inspect(template.data);
  refuseUnknown(inspected.tree);
  if (template.format === 'docx') return done(fillDocx(template.data, data), 'docx');
  const workbook = await loadWorkbook(template.data);
  fillXlsx(workbook, data, JSON.parse(template.mapping) as CellBinding[]);
  return done(Buffer.from(await workbook.xlsx.writeBuffer()), 'xlsx');
}
