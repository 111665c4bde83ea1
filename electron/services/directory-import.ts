import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { ukToIso } from '../../shared/dates';
import {
  importChoices,
  importFieldKeys,
  importFields,
  referralRoutes,
  serviceAreas,
  serviceInput,
  type ColumnMapping,
  type ImportDuplicate,
  type ImportField,
  type ImportPreview,
  type ImportProblem,
  type ImportResult,
  type ReferralRoute,
  type ServiceArea,
  type importCommitInput,
  type importPreviewInput,
} from '../../shared/directory';
import { fail } from '../../shared/errors';
import { choiceFor, distinctValues, foldValue, KEEP_AS_NOTE, type ImportLayout } from '../../shared/imports';
import { foldForSearch } from '../../shared/text';
import { indicators, type Indicator } from '../../shared/wellbeing';
import { services } from '../db/schema';
import { rememberedLayouts, rememberLayout } from '../imports/layouts';
import { openImportSheet, topRows, type OpenedSheet } from '../imports/sheet';
import { stillUnlocked, write, type ServiceDeps } from './deps';
import { columns, findByKey, matchKey, type ServiceFields } from './directory';

/** Where this import's remembered layouts are kept (see imports/layouts.ts). */
const AREA = 'directory';

/** The headings each field is known by, folded; the first are the sample directory's own. */
const headingsFor: Record<ImportField, string[]> = {
  name: ['service', 'service name', 'name', 'service or project', 'project'],
  organisation: ['organisation', 'organization', 'provider', 'agency', 'run by'],
  offer: ['what they offer', 'offer', 'description', 'what they do', 'services offered', 'what we offer'],
  eligibility: [
    'who can use it',
    'eligibility',
    'who is eligible',
    'who for',
    'who it is for',
    "who it's for",
  ],
  referralRoute: ['how to refer', 'referral', 'referral route', 'how to access', 'referrals'],
  phone: ['phone', 'telephone', 'tel', 'phone number', 'contact number'],
  email: ['email', 'e-mail', 'email address'],
  website: ['website', 'web', 'url', 'web site'],
  openingTimes: ['opening times', 'opening hours', 'hours', 'when'],
  cost: ['cost', 'price', 'charge', 'fees'],
  languages: ['languages', 'language'],
  area: ['area', 'area covered', 'coverage', 'areas covered'],
  categories: [
    'categories',
    'category',
    'needs',
    'need categories',
    'indicators',
    'categories and indicators',
    'type of support',
    'support type',
  ],
  notes: ['notes', 'note', 'comments'],
  lastCheckedOn: [
    'last checked',
    'date last checked',
    'checked',
    'last checked on',
    'date checked',
    'last reviewed',
  ],
};

/**
 * Columns matched by their headings. A list with no service column names each entry by its organisation
 * ("Organisation" is then the name, not a second detail), so that column names the service.
 */
export function suggestMapping(headers: string[]): ColumnMapping {
  const folded = headers.map(foldValue);
  const used = new Set<number>();
  const mapping = Object.fromEntries(
    importFieldKeys.map((field) => {
      const index = folded.findIndex((header, at) => !used.has(at) && headingsFor[field].includes(header));
      if (index >= 0) used.add(index);
      return [field, index >= 0 ? index : null];
    }),
  ) as ColumnMapping;
  if (mapping.name === null && mapping.organisation !== null)
    return { ...mapping, name: mapping.organisation, organisation: null };
  return mapping;
}

const indicatorByName = new Map(
  Object.entries(indicators).map(([key, label]) => [foldForSearch(label), key as Indicator]),
);

/** The app's guess at free text about referrals: who may make one. */
function guessRoute(text: string): ReferralRoute | null {
  const folded = foldValue(text);
  const self = /\bself\b|\bdrop in\b|\bparents? can\b|\bfamilies can\b|\bwalk in\b/.test(folded);
  const professional = /\bprofessional\b|\bagency\b|\bschool\b|\bgp\b|\bhealth visitor\b|\bsocial work/.test(
    folded,
  );
  if (/\bboth\b|\beither\b/.test(folded) || (self && professional)) return 'both';
  if (self) return 'self';
  if (professional) return 'professional';
  const label = Object.entries(referralRoutes).find(([, each]) => foldValue(each) === folded);
  return label ? (label[0] as ReferralRoute) : null;
}

function guessArea(text: string): ServiceArea | null {
  const folded = foldValue(text);
  const found = Object.entries(serviceAreas).find(
    ([key, label]) => key === folded || foldValue(label) === folded,
  );
  return found ? (found[0] as ServiceArea) : null;
}

const guesses = { referralRoute: guessRoute, area: guessArea };
type ChoiceField = keyof typeof importChoices;
const choiceFields = Object.keys(importChoices) as ChoiceField[];

type Layout = ImportLayout<ImportField>;

/** One spreadsheet row as a service, or the reason it cannot be one. */
function readService(cells: string[], layout: Layout): { fields: ServiceFields } | { reason: string } {
  const get = (field: ImportField) => {
    const index = layout.mapping[field];
    return index === null ? (layout.fixed[field] ?? '') : (cells[index] ?? '');
  };
  const reasons: string[] = [];
  const kept: string[] = [];
  if (!get('name')) reasons.push('it has no service name');
  const choose = <F extends ChoiceField>(field: F, missing: string) => {
    const text = get(field);
    const { choices, whenNote } = importChoices[field];
    if (!text) {
      reasons.push(missing);
      return whenNote;
    }
    const choice = choiceFor(text, layout.values[field], guesses[field], Object.keys(choices));
    if (choice !== KEEP_AS_NOTE) return choice as keyof (typeof importChoices)[F]['choices'];
    // What matches none of the choices is kept, in the worker's words, rather than refusing the row.
    kept.push(`${importFields[field]}: ${text}`);
    return whenNote;
  };
  const route = choose('referralRoute', 'it does not say how to refer') as ReferralRoute;
  const area = choose('area', 'it does not say the area covered') as ServiceArea;
  const checkedText = get('lastCheckedOn');
  const checked = checkedText ? ukToIso(checkedText) : '';
  if (checked === null) reasons.push(`“${checkedText}” is not a real date as DD/MM/YYYY`);

  const labels = get('categories')
    .split(/[;,\n]/)
    .map((label) => label.trim())
    .filter(Boolean);
  const indicatorsFound = labels.flatMap((label) => {
    const key = indicatorByName.get(foldForSearch(label));
    return key ? [key] : [];
  });
  const categories = labels.filter((label) => !indicatorByName.has(foldForSearch(label)));

  const candidate = {
    name: get('name'),
    organisation: get('organisation'),
    offer: get('offer'),
    eligibility: get('eligibility'),
    referralRoute: route,
    phone: get('phone'),
    email: get('email'),
    website: get('website'),
    openingTimes: get('openingTimes'),
    cost: get('cost'),
    languages: get('languages'),
    area,
    categories,
    indicators: indicatorsFound,
    notes: [get('notes'), ...kept].filter(Boolean).join('\n'),
    lastCheckedOn: checked ?? '',
  };
  if (reasons.length === 0) {
    const checkedFields = serviceInput.safeParse(candidate);
    if (!checkedFields.success) reasons.push(...checkedFields.error.issues.map((issue) => issue.message));
    else {
      const { id: _id, ...fields } = checkedFields.data;
      return { fields };
    }
  }
  const sentence = reasons.join('; ');
  return { reason: sentence.charAt(0).toUpperCase() + sentence.slice(1) + '.' };
}

/** The layout as asked for: the dispatcher fills in `fixed` and `values`; tests may leave them out. */
type LayoutChoice = Partial<Pick<Layout, 'mapping' | 'fixed' | 'values'>> & {
  sheet?: string | undefined;
  headerRow?: number | undefined;
};

/** The worker's layout where given, else the remembered one, else the guess from the headings. */
function layoutFor(opened: OpenedSheet, input: LayoutChoice): { layout: Layout; remembered: boolean } {
  const sheet = opened.spreadsheet.sheet;
  const headerRow = opened.headerIndex + 1;
  const fixed = input.fixed ?? {};
  const values = input.values ?? {};
  if (input.mapping)
    return {
      layout: { sheet, headerRow, mapping: input.mapping, fixed, values },
      remembered: false,
    };
  const known = opened.remembered as Layout | null;
  if (known) return { layout: { ...known, sheet, headerRow }, remembered: true };
  const mapping = suggestMapping(
    opened.columns.map((column) => opened.spreadsheet.rows[opened.headerIndex]?.[column.index] ?? ''),
  );
  return {
    layout: { sheet, headerRow, mapping, fixed, values },
    remembered: false,
  };
}

interface Parsed {
  opened: OpenedSheet;
  layout: Layout;
  remembered: boolean;
  rows: { row: number; fields: ServiceFields }[];
  problems: ImportProblem[];
  duplicates: ImportDuplicate[];
}

async function parseImport(
  deps: ServiceDeps,
  input: LayoutChoice & { fileName: string; dataBase64: string },
): Promise<Parsed> {
  const opened = await openImportSheet(input, input, rememberedLayouts(deps.db, AREA));
  // The vault may have been locked while the file was read, which closes the connection used below.
  stillUnlocked(deps);
  if (opened.columns.every((column) => !opened.spreadsheet.rows[opened.headerIndex]?.[column.index]))
    fail(
      'invalid_input',
      `Row ${opened.headerIndex + 1} of this sheet is empty. Choose the row with the column headings.`,
      {
        fields: { headerRow: 'Choose the row that holds the column headings.' },
      },
    );
  const { layout, remembered } = layoutFor(opened, input);
  for (const [field, index] of Object.entries(layout.mapping))
    if (index !== null && index >= opened.columns.length)
      fail('invalid_input', `There is no column ${index + 1} in this spreadsheet.`, {
        fields: { [`mapping.${field}`]: 'Choose one of the spreadsheet’s columns.' },
      });

  const existing = new Map(
    deps.db
      .select({ id: services.id, matchKey: services.matchKey })
      .from(services)
      .all()
      .map((row) => [row.matchKey, row.id]),
  );
  const seen = new Map<string, number>();
  const rows: Parsed['rows'] = [];
  const problems: ImportProblem[] = [];
  const duplicates: ImportDuplicate[] = [];
  if (layout.mapping.name !== null || layout.fixed.name)
    for (const { row, cells } of opened.body) {
      const read = readService(cells, layout);
      if ('reason' in read) {
        problems.push({ row, reason: read.reason });
        continue;
      }
      const key = matchKey(read.fields.name, read.fields.organisation);
      const existingServiceId = existing.get(key) ?? null;
      const sameAsRow = seen.get(key) ?? null;
      if (existingServiceId || sameAsRow)
        duplicates.push({
          row,
          name: read.fields.name,
          organisation: read.fields.organisation,
          existingServiceId,
          sameAsRow,
        });
      if (!seen.has(key)) seen.set(key, row);
      rows.push({ row, fields: read.fields });
    }
  return { opened, layout, remembered, rows, problems, duplicates };
}

/** Each choice field's different values in its column, and what each becomes. */
function choiceValues(opened: OpenedSheet, layout: Layout): ImportPreview['choiceValues'] {
  const result: ImportPreview['choiceValues'] = {};
  for (const field of choiceFields) {
    const index = layout.mapping[field];
    if (index === null) continue;
    const keys = Object.keys(importChoices[field].choices);
    result[field] = distinctValues(opened.body.map(({ cells }) => cells[index] ?? '')).map((each) => ({
      ...each,
      choice: choiceFor(each.value, layout.values[field], guesses[field], keys),
    }));
  }
  return result;
}

const PREVIEW_ROWS = 10;

/** Reads the spreadsheet and says what an import would do. Writes nothing. */
export async function previewImport(
  deps: ServiceDeps,
  input: z.input<typeof importPreviewInput>,
): Promise<ImportPreview> {
  const parsed = await parseImport(deps, input);
  const { opened, layout } = parsed;
  return {
    sheetNames: opened.spreadsheet.sheetNames,
    topRows: topRows(opened.spreadsheet),
    columns: opened.columns,
    layout,
    remembered: parsed.remembered,
    choiceValues: choiceValues(opened, layout),
    headers: opened.columns.map((column) => column.heading),
    mapping: layout.mapping,
    nameColumnMissing: layout.mapping.name === null && !layout.fixed.name,
    preview: parsed.rows.slice(0, PREVIEW_ROWS).map(({ row, fields }) => ({
      row,
      ...fields,
      lastCheckedOn: fields.lastCheckedOn || null,
    })),
    rowCount: opened.body.length,
    readableCount: parsed.rows.length,
    problems: parsed.problems,
    duplicates: parsed.duplicates,
  };
}

/**
 * Reads the spreadsheet again with the worker's layout and writes every readable row in one transaction,
 * with the layout remembered for next time: if any write fails, none is kept. Rows that cannot be read stop
 * the import unless the worker has agreed to leave them out.
 */
export async function commitImport(
  deps: ServiceDeps,
  input: z.input<typeof importCommitInput>,
): Promise<ImportResult> {
  const parsed = await parseImport(deps, input);
  if (parsed.layout.mapping.name === null && !parsed.layout.fixed.name)
    fail('invalid_input', 'Choose the column that holds the service name.', {
      fields: { 'mapping.name': 'Choose the column that holds the service name.' },
    });
  if (parsed.problems.length > 0 && !input.skipUnreadable) {
    fail(
      'invalid_input',
      `${parsed.problems.length === 1 ? '1 row' : `${parsed.problems.length} rows`} could not be read, so nothing was imported. Correct the spreadsheet, or agree to leave those rows out.`,
      { fields: { skipUnreadable: 'Agree to leave out the rows that could not be read.' } },
    );
  }
  if (parsed.rows.length === 0) fail('invalid_input', 'The spreadsheet has no services to import.');
  return write(deps, (tx, audit, at) => {
    let added = 0;
    let updated = 0;
    let skipped = 0;
    const written = new Map<string, string>();
    for (const { fields } of parsed.rows) {
      const values = columns(fields);
      const existingId = written.get(values.matchKey) ?? findByKey(tx, values.matchKey)?.id;
      if (existingId) {
        if (input.duplicates === 'skip') {
          skipped += 1;
          continue;
        }
        tx.update(services)
          .set({ ...values, updatedAt: at })
          .where(eq(services.id, existingId))
          .run();
        audit('update', 'services', existingId);
        written.set(values.matchKey, existingId);
        updated += 1;
        continue;
      }
      const id = deps.newId();
      tx.insert(services)
        .values({ ...values, id, createdAt: at, updatedAt: at })
        .run();
      audit('create', 'services', id);
      written.set(values.matchKey, id);
      added += 1;
    }
    rememberLayout(tx, audit, at, AREA, parsed.opened.fingerprint, parsed.layout);
    return { added, updated, skipped, problems: parsed.problems };
  });
}
