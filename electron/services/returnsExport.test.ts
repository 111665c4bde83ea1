import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import PizZip from 'pizzip';
import { beforeEach, describe, expect, it } from 'vitest';
import { ApiFailure } from '../../shared/errors';
import { buildReturnsVault, PERIOD } from '../../tests/support/returns-vault';
import { vaultPerTest } from '../../tests/support/temp-vault';
import { returnTemplates } from '../db/schema';
import type { ServiceDeps } from './deps';
import { addTemplate, exportReturn, listTemplates, saveMapping } from './returns';
import { listCaseStudies, saveCaseStudy } from './returnsCaseStudies';
import { combineReturns } from './returnsCombine';
import { updateSettings } from './settings';

const fixture = (name: string) =>
  readFileSync(resolve(__dirname, '../../tests/fixtures/returns', name)).toString('base64');

let deps: ServiceDeps;
let built: ReturnType<typeof buildReturnsVault>;
const vault = vaultPerTest();
beforeEach(() => {
  deps = {
    db: vault.session.db,
    now: () => new Date('2026-11-20T12:00:00Z'),
    newId: () => crypto.randomUUID(),
  };
  built = buildReturnsVault(deps);
});

const exportWith = (templateId: string, format: 'xlsx' | 'docx' | 'json', suppressSmallNumbers = true) =>
  exportReturn(deps, { ...PERIOD, templateId, format, suppressSmallNumbers, caseStudyIds: [] });

async function workbookOf(dataBase64: string) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(dataBase64, 'base64') as unknown as ArrayBuffer);
  return workbook;
}
/** The text of a Word document, paragraph by paragraph, as unzipping it and reading its XML gives it. */
function docxText(dataBase64: string): string[] {
  const xml = new PizZip(Buffer.from(dataBase64, 'base64')).file('word/document.xml')!.asText();
  return [...xml.matchAll(/<w:p[ >].*?<\/w:p>/g)].map((match) =>
    [...match[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)]
      .map((text) => text[1]!)
      .join('')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&'),
  );
}
/** Each row's values from column A on, empty rows included, so row n of the sheet is at index n. */
const rowsOf = (sheet: ExcelJS.Worksheet) =>
  Array.from(sheet.getSheetValues(), (row) => (Array.isArray(row) ? row.slice(1) : []));
async function refusal(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiFailure) return error.error;
    throw error;
  }
  throw new Error('Expected the call to be refused.');
}

describe('exporting to the authority’s own templates', () => {
  it('fills a tagged XLSX: values in their cells, the loop row repeated once per referrer', async () => {
    const template = await addTemplate(deps, {
      name: 'Authority return',
      fileName: 'authority-tagged.xlsx',
      dataBase64: fixture('authority-tagged.xlsx'),
    });
    expect(template).toMatchObject({ format: 'xlsx', sheets: ['Return', 'Authority figures'] });
    expect(template.tags).toEqual(
      expect.arrayContaining(['school_name', 'families_new', 'referrals_by_source', 'home_visits']),
    );

    const sheet = (await workbookOf((await exportWith(template.id, 'xlsx')).dataBase64)).getWorksheet(
      'Return',
    )!;
    expect(sheet.getCell('A1').value).toBe('Termly return: Craigton Primary');
    expect(sheet.getCell('B2').value).toBe('01/09/2026');
    expect(sheet.getCell('B4').value).toBe(6);
    expect(sheet.getCell('B5').value).toBe('<5');
    expect(sheet.getCell('B6').value).toBe(3.9);
    const rows = [9, 10, 11, 12, 13, 14, 15].map((row) => [
      sheet.getCell(`A${row}`).value,
      sheet.getCell(`B${row}`).value,
    ]);
    expect(rows).toEqual([
      ['Class teacher', '<5'],
      ['Senior leadership (SLT)', 0],
      ['Social work', 0],
      ['Health', '<5'],
      ['Educational psychology', 0],
      ['Parent or self', '<5'],
      ['Other agency', 0],
    ]);
    // The row after the loop moved down with it.
    expect([sheet.getCell('A16').value, sheet.getCell('B16').value]).toEqual(['Home visits', '<5']);

    const internal = (
      await workbookOf((await exportWith(template.id, 'xlsx', false)).dataBase64)
    ).getWorksheet('Return')!;
    expect(internal.getCell('B5').value).toBe(2);
  });

  it('fills a tagged DOCX, a tag split across Word runs included, the table row repeated per type', async () => {
    const template = await addTemplate(deps, {
      name: 'Word return',
      fileName: 'authority-tagged.docx',
      dataBase64: fixture('authority-tagged.docx'),
    });
    const text = docxText((await exportWith(template.id, 'docx')).dataBase64);
    expect(text).toContain('Return for Craigton Primary');
    expect(text).toContain('Period: 01/09/2026 to 31/10/2026');
    expect(text).toContain('New families: <5. Ongoing: <5.');
    const homeVisit = text.indexOf('Home visit');
    expect(text.slice(homeVisit, homeVisit + 3)).toEqual(['Home visit', '<5', '1.5']);
    expect(text.filter((line) => line === 'Group session')).toHaveLength(1);
    expect(text.join('\n')).not.toMatch(/[{}]/);
  });

  it('reports an unknown tag, in a loop or out of one, and keeps nothing', async () => {
    const problem = await refusal(
      addTemplate(deps, {
        name: 'Misspelt',
        fileName: 'unknown-tag.docx',
        dataBase64: fixture('unknown-tag.docx'),
      }),
    );
    expect(problem.code).toBe('invalid_input');
    expect(problem.message).toContain('{familes_new}');
    expect(problem.message).toContain('{sauce} in {#referrals_by_source}');
    expect(deps.db.select().from(returnTemplates).all()).toEqual([]);
  });

  it('refuses a corrupt template or a file that is not one, with nothing written', async () => {
    for (const [fileName, dataBase64] of [
      ['corrupt.docx', fixture('corrupt.docx')],
      ['notes.docx', Buffer.from('Just some text, renamed.').toString('base64')],
    ] as const) {
      const problem = await refusal(addTemplate(deps, { name: 'Broken', fileName, dataBase64 }));
      expect(problem).toMatchObject({
        code: 'invalid_input',
        message: expect.stringContaining('could not be opened'),
      });
    }
    expect(deps.db.select().from(returnTemplates).all()).toEqual([]);
  });

  it('keeps a cell mapping made on screen with the template, and fills those cells', async () => {
    const template = await addTemplate(deps, {
      name: 'Authority return',
      fileName: 'authority-tagged.xlsx',
      dataBase64: fixture('authority-tagged.xlsx'),
    });
    const mapping = [
      { sheet: 'Authority figures', cell: 'B1', tag: 'families_new' },
      { sheet: 'Authority figures', cell: 'B2', tag: 'contact_hours' },
      { sheet: 'Authority figures', cell: 'B3', tag: 'referrals_received' },
    ];
    await saveMapping(deps, { templateId: template.id, mapping });
    expect((await listTemplates(deps))[0]!.mapping).toEqual(mapping);

    const sheet = (await workbookOf((await exportWith(template.id, 'xlsx', false)).dataBase64)).getWorksheet(
      'Authority figures',
    )!;
    expect([sheet.getCell('B1').value, sheet.getCell('B2').value, sheet.getCell('B3').value]).toEqual([
      2, 3.9, 4,
    ]);

    const problem = await refusal(
      saveMapping(deps, {
        templateId: template.id,
        mapping: [{ sheet: 'Nope', cell: 'A1', tag: 'families_new' }],
      }),
    );
    expect(problem.fields).toEqual({
      'mapping.0.sheet': 'There is no sheet called "Nope" in this template.',
    });
    expect((await listTemplates(deps))[0]!.mapping).toEqual(mapping);
  });

  it('writes the built-in return as XLSX and DOCX with no template at all', async () => {
    const sheet = (await workbookOf((await exportWith('default', 'xlsx')).dataBase64)).getWorksheet(
      'Return',
    )!;
    const rows = rowsOf(sheet);
    expect(rows[1]).toEqual(['Termly return to the local authority: Craigton Primary']);
    expect(rows).toContainEqual(['Families with a case open on at least one day of the period.', 6]);
    expect(rows).toContainEqual([
      'Of those, families whose first case in the period opened in the period.',
      '<5',
    ]);
    expect(rows).toContainEqual(['Visit with no answer', '<5', 0.2]);

    const text = docxText((await exportWith('default', 'docx')).dataBase64);
    expect(text[0]).toBe('Termly return to the local authority: Craigton Primary');
    expect(text).toContain('Counts from 1 to 4 are shown as "<5".');
    expect(
      text.slice(
        text.indexOf('Children with two or more Wellbeing Webs on one scale, the latest in the period.'),
      )[1],
    ).toBe('<5');
    expect(text.join('\n')).not.toMatch(/[{}]/);
  });
});

describe('case studies', () => {
  it('keeps only the anonymised story and puts the chosen ones in the return', async () => {
    const [amira] = built.ahmed.children;
    const [mother] = built.ahmed.carers;
    const study = saveCaseStudy(deps, {
      familyId: built.ahmed.id,
      title: `Mornings for ${amira!.name}`,
      text: `${mother!.name} (${mother!.phone}) asked for help on 02/09/2026. By 23/09/2026 ${amira!.name} was on time.`,
    });
    expect(study).toMatchObject({
      familyName: 'Ahmed',
      title: 'Mornings for Child A',
      text: 'Parent 1 ([contact detail removed]) asked for help at first. Three weeks later Child A was on time.',
    });
    expect(listCaseStudies(deps)).toEqual([study]);

    const file = await exportReturn(deps, {
      ...PERIOD,
      templateId: 'default',
      format: 'docx',
      suppressSmallNumbers: true,
      caseStudyIds: [study.id],
    });
    const text = docxText(file.dataBase64);
    expect(text).toContain('Mornings for Child A');
    expect(text).toContain(study.text);
    expect(text.join('\n')).not.toContain('Ahmed');
  });
});

describe('combining schools’ returns', () => {
  it('puts three schools side by side with a total, a suppressed input making the total a range', async () => {
    const file = async (school: string, suppress: boolean) => {
      updateSettings(deps, { schoolName: school });
      const json = await exportWith('default', 'json', suppress);
      return { fileName: json.fileName, text: Buffer.from(json.dataBase64, 'base64').toString('utf8') };
    };
    const files = [
      await file('Craigton Primary', false),
      await file('Hillhead Primary', false),
      await file('St Ninian’s', true),
    ];
    expect(JSON.parse(files[2]!.text)).toMatchObject({
      linkbookReturn: 1,
      school: 'St Ninian’s',
      suppressed: true,
    });

    const combined = await combineReturns(deps, { files, suppressSmallNumbers: true });
    const sheet = (await workbookOf(combined.dataBase64)).getWorksheet('Combined returns')!;
    const rows = rowsOf(sheet);
    expect(rows[4]).toEqual(['Figure', 'Craigton Primary', 'Hillhead Primary', 'St Ninian’s', 'Total']);
    const row = (label: string) => rows.find((one) => one[0] === label);
    expect(row('Families with a case open on at least one day of the period.')).toEqual([
      'Families with a case open on at least one day of the period.',
      6,
      6,
      6,
      18,
    ]);
    // 2 + 2 + "<5" (1 to 4): the total lies from 5 to 8, and each school's 2 is hidden.
    expect(row('Of those, families whose first case in the period opened in the period.')!.slice(1)).toEqual([
      '<5',
      '<5',
      '<5',
      '5 to 8',
    ]);
    expect(row('Hours of those contacts, to one decimal place.')!.slice(1)).toEqual([3.9, 3.9, 3.9, 11.7]);
    expect(
      row(
        'Contacts in the period by type, every type listed. Home visit: Their hours, to one decimal place.',
      )!.slice(1),
    ).toEqual([1.5, 1.5, 1.5, 4.5]);

    const unsuppressed = await combineReturns(deps, {
      files: files.slice(0, 2),
      suppressSmallNumbers: false,
    });
    const plain = (await workbookOf(unsuppressed.dataBase64)).getWorksheet('Combined returns')!;
    const plainRows = rowsOf(plain);
    expect(
      plainRows.find(
        (one) => one[0] === 'Of those, families whose first case in the period opened in the period.',
      ),
    ).toEqual(['Of those, families whose first case in the period opened in the period.', 2, 2, 4]);
  });

  it('refuses a file that is not a return', async () => {
    const problem = await refusal(
      combineReturns(deps, {
        files: [
          { fileName: 'a.json', text: '{"linkbookReturn":1}' },
          { fileName: 'shopping.txt', text: 'eggs' },
        ],
        suppressSmallNumbers: true,
      }),
    );
    expect(problem.message).toBe('"a.json" is not a return file saved by Linkbook.');
  });
});
