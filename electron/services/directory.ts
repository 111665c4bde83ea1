import { format, subMonths } from 'date-fns';
import { asc, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import type { z } from 'zod';
import { isoToUk, ukToIso } from '../../shared/dates';
import {
  importFieldKeys,
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
  type Service,
  type ServiceArea,
  type ServiceList,
  type exportInput,
  type importCommitInput,
  type importPreviewInput,
  type listServicesInput,
  type undoCheckedInput,
} from '../../shared/directory';
import { fail } from '../../shared/errors';
import { foldForSearch } from '../../shared/text';
import { indicators, type Indicator } from '../../shared/wellbeing';
import type { Tx } from '../db/connection';
import { services } from '../db/schema';
import { readSpreadsheet } from '../spreadsheets/read';
import { stillUnlocked, write, type ServiceDeps } from './deps';
import { toFtsQuery } from './search';

type ServiceRow = typeof services.$inferSelect;
type ServiceFields = Omit<z.output<typeof serviceInput>, 'id'>;

/** The same service whatever the accents, case or spacing: "Home-Start  riverside" is "Home-Start Riverside". */
export function matchKey(name: string, organisation: string): string {
  const fold = (text: string) => foldForSearch(text).replace(/\s+/g, ' ').trim();
  return `${fold(name)}|${fold(organisation)}`;
}

/** Not checked in the last 12 months, or never checked: the details may have changed. */
export function staleBefore(now: Date): string {
  return format(subMonths(now, 12), 'yyyy-MM-dd');
}

function toService(row: ServiceRow, staleDate: string): Service {
  return {
    id: row.id,
    name: row.name,
    organisation: row.organisation,
    offer: row.offer,
    eligibility: row.eligibility,
    referralRoute: row.referralRoute,
    phone: row.phone,
    email: row.email,
    website: row.website,
    openingTimes: row.openingTimes,
    cost: row.cost,
    languages: row.languages,
    area: row.area,
    categories: JSON.parse(row.categories) as string[],
    indicators: JSON.parse(row.indicators) as Indicator[],
    notes: row.notes,
    lastCheckedOn: row.lastCheckedOn,
    stale: row.lastCheckedOn === null || row.lastCheckedOn < staleDate,
    retiredAt: row.retiredAt,
  };
}

function columns(fields: ServiceFields) {
  const categories = [...new Set(fields.categories.map((category) => category.trim()).filter(Boolean))];
  return {
    ...fields,
    categories: JSON.stringify(categories),
    indicators: JSON.stringify([...new Set(fields.indicators)]),
    lastCheckedOn: fields.lastCheckedOn || null,
    matchKey: matchKey(fields.name, fields.organisation),
  };
}

function findByKey(tx: Tx, key: string, exceptId?: string): ServiceRow | undefined {
  return tx
    .select()
    .from(services)
    .where(eq(services.matchKey, key))
    .all()
    .find((row) => row.id !== exceptId);
}

function requireService(tx: Tx | ServiceDeps['db'], id: string): ServiceRow {
  const row = tx.select().from(services).where(eq(services.id, id)).get();
  if (!row) fail('not_found', 'That service is not in the directory.');
  return row;
}

export function saveService(deps: ServiceDeps, input: z.output<typeof serviceInput>): { id: string } {
  return write(deps, (tx, audit, at) => {
    const { id, ...fields } = input;
    const values = columns(fields);
    const twin = findByKey(tx, values.matchKey, id);
    if (twin) {
      fail('invalid_input', 'The directory already has this service.', {
        fields: {
          name: `${twin.name}${twin.organisation ? ` (${twin.organisation})` : ''} is already in the directory${twin.retiredAt ? ', retired' : ''}. Edit that entry instead.`,
        },
      });
    }
    if (id === undefined) {
      const newId = deps.newId();
      tx.insert(services)
        .values({ ...values, id: newId, createdAt: at, updatedAt: at })
        .run();
      audit('create', 'services', newId);
      return { id: newId };
    }
    requireService(tx, id);
    tx.update(services)
      .set({ ...values, updatedAt: at })
      .where(eq(services.id, id))
      .run();
    audit('update', 'services', id);
    return { id };
  });
}

export function getService(deps: ServiceDeps, id: string): Service {
  return toService(requireService(deps.db, id), staleBefore(deps.now()));
}

export function setServiceRetired(deps: ServiceDeps, id: string, retired: boolean): null {
  write(deps, (tx, audit, at) => {
    requireService(tx, id);
    tx.update(services)
      .set({ retiredAt: retired ? at : null, updatedAt: at })
      .where(eq(services.id, id))
      .run();
    audit(retired ? 'archive' : 'restore', 'services', id);
  });
  return null;
}

/** "Mark as checked" is one click; what it replaced comes back so the worker can undo it. */
export function markServiceChecked(deps: ServiceDeps, id: string): { previousCheckedOn: string | null } {
  return write(deps, (tx, audit, at) => {
    const row = requireService(tx, id);
    tx.update(services)
      .set({ lastCheckedOn: format(deps.now(), 'yyyy-MM-dd'), updatedAt: at })
      .where(eq(services.id, id))
      .run();
    audit('update', 'services', id);
    return { previousCheckedOn: row.lastCheckedOn };
  });
}

export function undoServiceChecked(deps: ServiceDeps, input: z.output<typeof undoCheckedInput>): null {
  write(deps, (tx, audit, at) => {
    requireService(tx, input.id);
    tx.update(services)
      .set({ lastCheckedOn: input.lastCheckedOn, updatedAt: at })
      .where(eq(services.id, input.id))
      .run();
    audit('update', 'services', input.id);
  });
  return null;
}

/** Ids of services whose text matches, through the app's one search index. */
function servicesMatching(deps: ServiceDeps, text: string): Set<string> | null {
  const query = toFtsQuery(text);
  if (!query) return null;
  const rows = deps.db.$client
    .prepare(
      `SELECT r.record_id AS id FROM search_index JOIN search_rows r ON r.id = search_index.rowid
        WHERE search_index MATCH ? AND r.kind = 'service'`,
    )
    .all(query) as { id: string }[];
  return new Set(rows.map((row) => row.id));
}

/** The directory, filtered. A school's directory is a few hundred entries: one read, filtered in memory. */
export function listServices(deps: ServiceDeps, input: z.output<typeof listServicesInput>): ServiceList {
  const staleDate = staleBefore(deps.now());
  const all = deps.db
    .select()
    .from(services)
    .orderBy(asc(services.name))
    .all()
    .map((row) => toService(row, staleDate));
  const matching = input.text ? servicesMatching(deps, input.text) : null;
  const category = foldForSearch(input.category.trim());
  const filtered = all.filter(
    (service) =>
      (input.includeRetired || service.retiredAt === null) &&
      (!matching || matching.has(service.id)) &&
      (!category || service.categories.some((each) => foldForSearch(each) === category)) &&
      (!input.indicator || service.indicators.includes(input.indicator)) &&
      (!input.area || service.area === input.area) &&
      (!input.referralRoute ||
        service.referralRoute === input.referralRoute ||
        service.referralRoute === 'both') &&
      (!input.staleOnly || service.stale),
  );
  const categories = [
    ...new Set(all.filter((service) => service.retiredAt === null).flatMap((service) => service.categories)),
  ].sort((a, b) => a.localeCompare(b));
  return { services: filtered, categories };
}

/** Services not checked for 12 months, for the dashboard: the oldest (or never checked) first. */
export function servicesToCheck(deps: ServiceDeps) {
  return deps.db.$client
    .prepare(
      `SELECT id AS serviceId, name, organisation, last_checked_on AS lastCheckedOn FROM services
        WHERE retired_at IS NULL AND (last_checked_on IS NULL OR last_checked_on < ?)
        ORDER BY last_checked_on IS NOT NULL, last_checked_on, name
        LIMIT 200`,
    )
    .all(staleBefore(deps.now())) as {
    serviceId: string;
    name: string;
    organisation: string;
    lastCheckedOn: string | null;
  }[];
}

// ---- Spreadsheets ----

/** The headings each field is known by, folded; the first are the sample directory's own. */
const headingsFor: Record<ImportField, string[]> = {
  name: ['service', 'service name', 'name'],
  organisation: ['organisation', 'organization', 'provider', 'agency'],
  offer: ['what they offer', 'offer', 'description', 'what they do', 'services offered'],
  eligibility: ['who can use it', 'eligibility', 'who is eligible', 'who for'],
  referralRoute: ['how to refer', 'referral', 'referral route', 'how to access'],
  phone: ['phone', 'telephone', 'tel', 'phone number'],
  email: ['email', 'e-mail', 'email address'],
  website: ['website', 'web', 'url', 'web site'],
  openingTimes: ['opening times', 'opening hours', 'hours', 'when'],
  cost: ['cost', 'price', 'charge', 'fees'],
  languages: ['languages', 'language'],
  area: ['area', 'area covered', 'coverage'],
  categories: [
    'categories',
    'category',
    'needs',
    'need categories',
    'indicators',
    'categories and indicators',
  ],
  notes: ['notes', 'note', 'comments'],
  lastCheckedOn: ['last checked', 'date last checked', 'checked', 'last checked on', 'date checked'],
};

/** The columns the export writes: the sample's own headings, so an exported file imports again as it is. */
const exportHeadings: Record<ImportField, string> = {
  name: 'Service',
  organisation: 'Organisation',
  offer: 'What they offer',
  eligibility: 'Who can use it',
  referralRoute: 'How to refer',
  phone: 'Phone',
  email: 'Email',
  website: 'Website',
  openingTimes: 'Opening times',
  cost: 'Cost',
  languages: 'Languages',
  area: 'Area',
  categories: 'Categories',
  notes: 'Notes',
  lastCheckedOn: 'Last checked',
};

export function suggestMapping(headers: string[]): ColumnMapping {
  const folded = headers.map((header) => foldForSearch(header).replace(/\s+/g, ' ').trim());
  const used = new Set<number>();
  return Object.fromEntries(
    importFieldKeys.map((field) => {
      const index = folded.findIndex((header, at) => !used.has(at) && headingsFor[field].includes(header));
      if (index >= 0) used.add(index);
      return [field, index >= 0 ? index : null];
    }),
  ) as ColumnMapping;
}

const indicatorByName = new Map(
  Object.entries(indicators).map(([key, label]) => [foldForSearch(label), key as Indicator]),
);

function readRoute(text: string): ReferralRoute | null {
  const folded = foldForSearch(text);
  if (!folded) return null;
  const self = /\bself\b|\bdrop in\b/.test(folded);
  const professional = /\bprofessional\b|\bagency\b/.test(folded);
  if (/\bboth\b/.test(folded) || (self && professional)) return 'both';
  if (self) return 'self';
  if (professional) return 'professional';
  const labels = Object.entries(referralRoutes).find(([, label]) => foldForSearch(label) === folded);
  return labels ? (labels[0] as ReferralRoute) : null;
}

function readArea(text: string): ServiceArea | null {
  const folded = foldForSearch(text);
  const found = Object.keys(serviceAreas).find((key) => key === folded);
  return (found as ServiceArea | undefined) ?? null;
}

interface ParsedRow {
  row: number;
  fields: ServiceFields;
}

/** One spreadsheet row as a service, or the reason it cannot be one. */
function readService(
  cells: string[],
  mapping: ColumnMapping,
): { fields: ServiceFields } | { reason: string } {
  const get = (field: ImportField) => {
    const index = mapping[field];
    return index === null ? '' : (cells[index] ?? '');
  };
  const reasons: string[] = [];
  if (!get('name')) reasons.push('it has no service name');
  const routeText = get('referralRoute');
  const route = readRoute(routeText);
  if (!route)
    reasons.push(
      routeText
        ? `“${routeText}” is not a way to refer we know (self-referral, professional referral, or both)`
        : 'it does not say how to refer',
    );
  const areaText = get('area');
  const area = readArea(areaText);
  if (!area)
    reasons.push(
      areaText
        ? `“${areaText}” is not an area (local, regional or national)`
        : 'it does not say the area covered',
    );
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
    referralRoute: route ?? 'self',
    phone: get('phone'),
    email: get('email'),
    website: get('website'),
    openingTimes: get('openingTimes'),
    cost: get('cost'),
    languages: get('languages'),
    area: area ?? 'local',
    categories,
    indicators: indicatorsFound,
    notes: get('notes'),
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

interface Parsed {
  headers: string[];
  mapping: ColumnMapping;
  rows: ParsedRow[];
  rowCount: number;
  problems: ImportProblem[];
  duplicates: ImportDuplicate[];
}

async function parseImport(
  deps: ServiceDeps,
  input: { fileName: string; dataBase64: string; mapping?: ColumnMapping | undefined },
): Promise<Parsed> {
  // The first sheet, for now; the worker will choose the sheet and its heading row later.
  const sheet = await readSpreadsheet(input.fileName, Buffer.from(input.dataBase64, 'base64'));
  // The vault may have been locked while the file was read, which closes the connection used below.
  stillUnlocked(deps);
  const [firstRow = [], ...body] = sheet.rows;
  const headerRow = Array.from({ length: sheet.columnCount }, (_, index) => firstRow[index] ?? '');
  const headers = headerRow.map((header, index) => header || `Column ${index + 1}`);
  if (headerRow.every((header) => !header))
    fail('invalid_input', 'The first row of the spreadsheet should be the column headings, and it is empty.');
  const mapping = input.mapping ?? suggestMapping(headerRow);
  for (const [field, index] of Object.entries(mapping))
    if (index !== null && index >= headers.length)
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
  const rows: ParsedRow[] = [];
  const problems: ImportProblem[] = [];
  const duplicates: ImportDuplicate[] = [];
  let rowCount = 0;
  body.forEach((cells, index) => {
    const row = index + 2;
    if (cells.every((cell) => !cell)) return;
    rowCount += 1;
    if (mapping.name === null) return;
    const read = readService(cells, mapping);
    if ('reason' in read) {
      problems.push({ row, reason: read.reason });
      return;
    }
    const key = matchKey(read.fields.name, read.fields.organisation);
    const existingServiceId = existing.get(key) ?? null;
    const sameAsRow = seen.get(key) ?? null;
    if (existingServiceId || sameAsRow) {
      duplicates.push({
        row,
        name: read.fields.name,
        organisation: read.fields.organisation,
        existingServiceId,
        sameAsRow,
      });
    }
    if (!seen.has(key)) seen.set(key, row);
    rows.push({ row, fields: read.fields });
  });
  return { headers, mapping, rows, rowCount, problems, duplicates };
}

const PREVIEW_ROWS = 10;

/** Reads the spreadsheet and says what an import would do. Writes nothing. */
export async function previewImport(
  deps: ServiceDeps,
  input: z.output<typeof importPreviewInput>,
): Promise<ImportPreview> {
  const parsed = await parseImport(deps, input);
  return {
    headers: parsed.headers,
    mapping: parsed.mapping,
    nameColumnMissing: parsed.mapping.name === null,
    preview: parsed.rows.slice(0, PREVIEW_ROWS).map(({ row, fields }) => ({
      row,
      ...fields,
      lastCheckedOn: fields.lastCheckedOn || null,
    })),
    rowCount: parsed.rowCount,
    readableCount: parsed.rows.length,
    problems: parsed.problems,
    duplicates: parsed.duplicates,
  };
}

/**
 * Reads the spreadsheet again with the worker's mapping and writes every readable row in one transaction:
 * if any write fails, none is kept. Rows that cannot be read stop the import unless the worker has agreed
 * to leave them out.
 */
export async function commitImport(
  deps: ServiceDeps,
  input: z.output<typeof importCommitInput>,
): Promise<ImportResult> {
  const parsed = await parseImport(deps, input);
  if (parsed.mapping.name === null)
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
    return { added, updated, skipped, problems: parsed.problems };
  });
}

/** The directory as an XLSX file, in the same columns the import reads. */
export async function exportServices(
  deps: ServiceDeps,
  input: z.output<typeof exportInput>,
): Promise<{ fileName: string; dataBase64: string }> {
  const { services: list } = listServices(deps, {
    text: '',
    category: '',
    indicator: '',
    area: '',
    referralRoute: '',
    staleOnly: false,
    includeRetired: input.includeRetired,
  });
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Linkbook';
  const sheet = workbook.addWorksheet('Directory of services');
  sheet.columns = importFieldKeys.map((field) => ({
    header: exportHeadings[field],
    key: field,
    width: field === 'offer' || field === 'notes' ? 50 : 22,
  }));
  sheet.getRow(1).font = { bold: true };
  for (const service of list) {
    sheet.addRow({
      ...service,
      referralRoute: referralRoutes[service.referralRoute],
      area: serviceAreas[service.area],
      categories: [...service.categories, ...service.indicators.map((key) => indicators[key])].join('; '),
      // Text, not an Excel date: it reads back the same on any computer's locale.
      lastCheckedOn: service.lastCheckedOn ? isoToUk(service.lastCheckedOn) : '',
    });
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return {
    fileName: `Directory of services ${format(deps.now(), 'yyyy-MM-dd')}.xlsx`,
    dataBase64: Buffer.from(buffer).toString('base64'),
  };
}
