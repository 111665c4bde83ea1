import { format, subMonths } from 'date-fns';
import { asc, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import type { z } from 'zod';
import { isoToUk } from '../../shared/dates';
import {
  importFieldKeys,
  referralRoutes,
  serviceAreas,
  serviceInput,
  type ImportField,
  type Service,
  type ServiceList,
  type exportInput,
  type listServicesInput,
  type undoCheckedInput,
} from '../../shared/directory';
import { fail } from '../../shared/errors';
import { foldForSearch } from '../../shared/text';
import { indicators, type Indicator } from '../../shared/wellbeing';
import type { Tx } from '../db/connection';
import { services } from '../db/schema';
import { write, type ServiceDeps } from './deps';
import { toFtsQuery } from './search';

type ServiceRow = typeof services.$inferSelect;
export type ServiceFields = Omit<z.output<typeof serviceInput>, 'id'>;

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

export function columns(fields: ServiceFields) {
  const categories = [...new Set(fields.categories.map((category) => category.trim()).filter(Boolean))];
  return {
    ...fields,
    categories: JSON.stringify(categories),
    indicators: JSON.stringify([...new Set(fields.indicators)]),
    lastCheckedOn: fields.lastCheckedOn || null,
    matchKey: matchKey(fields.name, fields.organisation),
  };
}

export function findByKey(tx: Tx, key: string, exceptId?: string): ServiceRow | undefined {
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

// ---- Spreadsheets (the import is in directory-import.ts) ----

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
