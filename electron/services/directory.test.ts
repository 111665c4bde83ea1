import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeEach, describe, expect, it } from 'vitest';
import { chronologyInput, searchInput } from '../../shared/casework';
import {
  importCommitInput,
  listServicesInput,
  serviceInput,
  signpostInput,
  type ColumnMapping,
  type ServiceInput,
} from '../../shared/directory';
import { ApiFailure } from '../../shared/errors';
import { sampleFamily } from '../../tests/support/sample-family';
import { sampleService } from '../../tests/support/sample-service';
import { vaultPerTest } from '../../tests/support/temp-vault';
import type { Session } from '../vault/vault';
import { familyChronology } from './chronology';
import { dashboard } from './dashboard';
import type { ServiceDeps } from './deps';
import {
  exportServices,
  getService,
  listServices,
  markServiceChecked,
  saveService,
  setServiceRetired,
  undoServiceChecked,
} from './directory';
import { commitImport, previewImport, suggestMapping } from './directory-import';
import { createFamily } from './families';
import { search } from './search';
import { createSignpost, listSignposts, recordSignpostOutcome } from './signposts';

const SAMPLE = resolve(__dirname, '../../tests/fixtures/directory-services.csv');
const SAMPLE_HEADINGS = readFileSync(SAMPLE, 'utf8').split('\n')[0]!.split(',');
const BAD_ROWS = resolve(__dirname, '../../tests/fixtures/directory-bad-rows.csv');

let session: Session;
let deps: ServiceDeps;
let today = new Date('2026-11-23T09:00:00Z');
const vault = vaultPerTest();
beforeEach(async () => {
  today = new Date('2026-11-23T09:00:00Z');
  session = vault.session;
  deps = { db: session.db, now: () => today, newId: () => crypto.randomUUID() };
});

function service(overrides: Partial<ServiceInput> = {}) {
  return serviceInput.parse(sampleService(overrides));
}

const list = (filters: Partial<ReturnType<typeof listServicesInput.parse>> = {}) =>
  listServices(deps, listServicesInput.parse(filters)).services.map((each) => each.name);

const file = (path: string, fileName = 'directory.csv') => ({
  fileName,
  dataBase64: readFileSync(path).toString('base64'),
});

const count = (table: string) =>
  (deps.db.$client.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

function rejection(work: () => unknown): Promise<ApiFailure['error']> {
  return Promise.resolve()
    .then(work)
    .then(
      () => {
        throw new Error('expected a refusal');
      },
      (error: unknown) => {
        if (error instanceof ApiFailure) return error.error;
        throw error;
      },
    );
}

describe('directory entries', () => {
  it('adds, edits, retires and restores a service, keeping its fields', async () => {
    const { id } = saveService(deps, service());
    expect(getService(deps, id)).toMatchObject({
      name: 'Riverside Food Larder',
      categories: ['Food', 'Money'],
      indicators: ['healthy'],
      lastCheckedOn: '2026-08-27',
      stale: false,
      retiredAt: null,
    });
    saveService(deps, { ...service({ cost: 'Free', categories: ['Food', 'Food ', 'Money'] }), id });
    expect(getService(deps, id)).toMatchObject({ cost: 'Free', categories: ['Food', 'Money'] });

    setServiceRetired(deps, id, true);
    expect(list()).toEqual([]);
    expect(list({ includeRetired: true })).toEqual(['Riverside Food Larder']);
    setServiceRetired(deps, id, false);
    expect(list()).toEqual(['Riverside Food Larder']);
    const audit = deps.db.$client
      .prepare(`SELECT action FROM audit_log WHERE table_name = 'services' ORDER BY id`)
      .all() as { action: string }[];
    expect(audit.map((row) => row.action)).toEqual(['create', 'update', 'archive', 'restore']);
  });

  it('validates in plain English and refuses a second entry for the same service', async () => {
    const refused = serviceInput.safeParse({ ...service(), name: ' ', area: 'galactic', email: 'nope' });
    expect(refused.error?.issues.map((issue) => issue.message)).toEqual([
      'Enter the name of the service.',
      'Enter an email address like name@example.com.',
      'Choose the area it covers.',
    ]);
    saveService(deps, service());
    const twin = await rejection(() =>
      saveService(
        deps,
        service({ name: 'riverside  food larder', organisation: 'RIVERSIDE CHURCHES TOGETHER' }),
      ),
    );
    expect(twin.fields?.name).toMatch(/already in the directory/);
  });

  it('marks entries not checked for 12 months (or never) as stale, on the dashboard until checked', () => {
    const year = saveService(
      deps,
      service({ name: 'Checked a year ago today', lastCheckedOn: '2025-11-23' }),
    );
    const older = saveService(
      deps,
      service({ name: 'Checked a year and a day ago', lastCheckedOn: '2025-11-22' }),
    );
    const never = saveService(deps, service({ name: 'Never checked', lastCheckedOn: '' }));
    const retired = saveService(deps, service({ name: 'Retired and old', lastCheckedOn: '2020-01-01' }));
    setServiceRetired(deps, retired.id, true);

    expect(getService(deps, year.id).stale).toBe(false);
    expect(getService(deps, older.id).stale).toBe(true);
    expect(list({ staleOnly: true })).toEqual(['Checked a year and a day ago', 'Never checked']);
    expect(dashboard(deps).servicesToCheck.map((each) => each.name)).toEqual([
      'Never checked',
      'Checked a year and a day ago',
    ]);

    // A day later, what was checked exactly a year ago is stale too.
    today = new Date('2026-11-24T09:00:00Z');
    expect(getService(deps, year.id).stale).toBe(true);

    const { previousCheckedOn } = markServiceChecked(deps, older.id);
    expect(previousCheckedOn).toBe('2025-11-22');
    expect(getService(deps, older.id)).toMatchObject({ lastCheckedOn: '2026-11-24', stale: false });
    expect(dashboard(deps).servicesToCheck.map((each) => each.name)).not.toContain(
      'Checked a year and a day ago',
    );
    undoServiceChecked(deps, { id: older.id, lastCheckedOn: previousCheckedOn });
    expect(getService(deps, older.id)).toMatchObject({ lastCheckedOn: '2025-11-22', stale: true });
    expect(getService(deps, never.id).lastCheckedOn).toBeNull();
  });

  it('filters by category, indicator, area, referral route and text', () => {
    saveService(deps, service());
    saveService(
      deps,
      service({
        name: 'Young Carers Project',
        organisation: 'Carers Centre',
        offer: 'Breaks and support for young carers',
        referralRoute: 'professional',
        area: 'regional',
        categories: ['Young carers'],
        indicators: ['nurtured'],
      }),
    );
    saveService(
      deps,
      service({
        name: 'Home-Start Riverside',
        organisation: 'Home-Start',
        offer: 'Volunteers visit families at home',
        referralRoute: 'both',
        categories: ['Parenting'],
        indicators: ['nurtured'],
      }),
    );
    expect(list({ category: 'food' })).toEqual(['Riverside Food Larder']);
    expect(list({ indicator: 'nurtured' })).toEqual(['Home-Start Riverside', 'Young Carers Project']);
    expect(list({ area: 'regional' })).toEqual(['Young Carers Project']);
    // A service that takes either route is found under both.
    expect(list({ referralRoute: 'self' })).toEqual(['Home-Start Riverside', 'Riverside Food Larder']);
    expect(list({ referralRoute: 'professional' })).toEqual(['Home-Start Riverside', 'Young Carers Project']);
    expect(list({ text: 'volunt' })).toEqual(['Home-Start Riverside']);
    expect(list({ text: 'carers', indicator: 'nurtured', area: 'local' })).toEqual([]);
    expect(listServices(deps, listServicesInput.parse({})).categories).toEqual([
      'Food',
      'Money',
      'Parenting',
      'Young carers',
    ]);
  });

  it('is found by the app’s one search, and a retired one only when asked', () => {
    const { id } = saveService(deps, service({ offer: 'Low-cost food shop for families in Govan' }));
    const find = (text: string, includeArchived = false) =>
      search(deps, searchInput.parse({ text, includeArchived }));
    expect(find('govan')).toMatchObject([
      { kind: 'service', recordId: id, familyId: '', familyName: 'Riverside Churches Together' },
    ]);
    createFamily(deps, sampleFamily());
    expect(find('dab').map((hit) => hit.kind)).toContain('family');
    setServiceRetired(deps, id, true);
    expect(find('larder')).toEqual([]);
    expect(find('larder', true)).toMatchObject([{ recordId: id, familyArchived: true }]);
  });
});

describe('importing a spreadsheet', () => {
  it('reads the school’s sample directory: mapping, preview, problems and duplicates, writing nothing', async () => {
    const preview = await previewImport(deps, file(SAMPLE));
    expect(preview.mapping).toMatchObject({
      name: 0,
      organisation: 1,
      offer: 2,
      eligibility: 3,
      referralRoute: 4,
      phone: 5,
      email: 6,
      website: 7,
      openingTimes: 8,
      cost: 9,
      area: 10,
      categories: 11,
      lastCheckedOn: 12,
      languages: null,
      notes: null,
    });
    expect(preview.rowCount).toBe(17);
    expect(preview.readableCount).toBe(15);
    expect(preview.problems).toEqual([
      { row: 14, reason: '“31/02/2025” is not a real date as DD/MM/YYYY.' },
      {
        row: 17,
        reason: 'It has no service name; it does not say how to refer; it does not say the area covered.',
      },
    ]);
    expect(preview.duplicates).toEqual([
      {
        row: 12,
        name: 'Craigton Food Larder',
        organisation: 'Craigton Churches Together',
        existingServiceId: null,
        sameAsRow: 11,
      },
    ]);
    expect(preview.preview[0]).toMatchObject({
      row: 2,
      name: 'Talk Time Helpline',
      referralRoute: 'self',
      area: 'national',
      categories: ['Safeguarding', 'Emotional wellbeing'],
      lastCheckedOn: '2025-09-12',
    });
    expect(count('services')).toBe(0);
  });

  it('imports the readable rows in one go once the worker agrees to leave the others out', async () => {
    const preview = await previewImport(deps, file(SAMPLE));
    const result = await commitImport(
      deps,
      importCommitInput.parse({
        ...file(SAMPLE),
        mapping: preview.mapping,
        duplicates: 'skip',
        skipUnreadable: true,
      }),
    );
    expect(result).toMatchObject({ added: 14, updated: 0, skipped: 1 });
    expect(result.problems.map((problem) => problem.row)).toEqual([14, 17]);
    const all = listServices(deps, listServicesInput.parse({})).services;
    expect(all).toHaveLength(14);
    const citizens = all.find((each) => each.name === 'Money and Benefits Advice (Craigton office)');
    expect(citizens).toMatchObject({ referralRoute: 'both', area: 'local', lastCheckedOn: '2025-11-05' });
    const art = all.find((each) => each.name === 'Paint Together');
    // SHANARRI indicators named among the categories become indicators.
    expect(art).toMatchObject({ categories: ['Parenting'], indicators: ['active', 'included'], stale: true });
    expect(all.find((each) => each.name === "Children's Mental Health Team")?.referralRoute).toBe(
      'professional',
    );
    // The first of the two food larder rows is kept, with both its categories.
    expect(all.find((each) => each.name === 'Craigton Food Larder')?.categories).toEqual(['Food', 'Money']);
  });

  it('keeps a value that matches none of the choices in the notes, or as the worker matches it', async () => {
    const preview = await previewImport(deps, file(BAD_ROWS));
    // Free text is not a reason to refuse a row: it is offered for matching, and kept as a note meanwhile.
    expect(preview.problems).toEqual([]);
    expect(preview.choiceValues.referralRoute).toEqual([
      { value: 'Self-referral', rows: 2, choice: 'self' },
      { value: 'By phone', rows: 1, choice: 'note' },
    ]);
    expect(preview.choiceValues.area).toEqual([
      { value: 'Local', rows: 2, choice: 'local' },
      { value: 'Citywide', rows: 1, choice: 'note' },
    ]);
    const result = await commitImport(
      deps,
      importCommitInput.parse({
        ...file(BAD_ROWS),
        mapping: preview.mapping,
        values: { area: { citywide: 'regional' } },
        duplicates: 'skip',
        skipUnreadable: false,
      }),
    );
    expect(result).toMatchObject({ added: 3, problems: [] });
    const all = listServices(deps, listServicesInput.parse({})).services;
    expect(all.find((each) => each.name === 'Ó Briain Family Kitchen')).toMatchObject({
      referralRoute: 'both',
      notes: 'How to refer: By phone',
    });
    expect(all.find((each) => each.name === 'Nguyễn Language Café')).toMatchObject({
      area: 'regional',
      notes: '',
    });
  });

  it('refuses rows it cannot read and writes nothing until the worker agrees', async () => {
    const refused = await rejection(() =>
      commitImport(
        deps,
        importCommitInput.parse({
          ...file(SAMPLE),
          mapping: suggestMapping(SAMPLE_HEADINGS),
          duplicates: 'skip',
          skipUnreadable: false,
        }),
      ),
    );
    expect(refused.message).toBe(
      '2 rows could not be read, so nothing was imported. Correct the spreadsheet, or agree to leave those rows out.',
    );
    expect(count('services')).toBe(0);
    expect(count('audit_log')).toBe(0);
  });

  it('keeps nothing when one write fails part-way: the import is one transaction', async () => {
    const preview = await previewImport(deps, file(SAMPLE));
    // The third new service reuses the first one's id, so its insert fails after two have been written.
    const ids = [crypto.randomUUID(), crypto.randomUUID()];
    let made = 0;
    const failing: ServiceDeps = { ...deps, newId: () => ids[made++ % 2]! };
    await expect(
      commitImport(
        failing,
        importCommitInput.parse({
          ...file(SAMPLE),
          mapping: preview.mapping,
          duplicates: 'skip',
          skipUnreadable: true,
        }),
      ),
    ).rejects.toThrow();
    expect(count('services')).toBe(0);
    expect(count('search_rows')).toBe(0);
    expect(count('audit_log')).toBe(0);
  });

  it('finds duplicates already in the directory, whatever the accents and case, and can update them', async () => {
    const existing = saveService(
      deps,
      service({
        name: 'HOME VISITING VOLUNTEERS',
        organisation: 'failte family support',
        cost: 'Ask',
        lastCheckedOn: '',
      }),
    );
    const preview = await previewImport(deps, file(SAMPLE));
    expect(preview.duplicates.map((each) => [each.row, each.existingServiceId, each.sameAsRow])).toEqual([
      [12, null, 11],
      [18, existing.id, null],
    ]);
    const result = await commitImport(
      deps,
      importCommitInput.parse({
        ...file(SAMPLE),
        mapping: preview.mapping,
        duplicates: 'update',
        skipUnreadable: true,
      }),
    );
    // Updating: the second larder row updates the first, and the home visitors' entry takes the file's details.
    expect(result).toMatchObject({ added: 13, updated: 2, skipped: 0 });
    expect(getService(deps, existing.id)).toMatchObject({
      name: 'Home Visiting Volunteers',
      organisation: 'Fàilte Family Support',
      cost: 'Free',
      lastCheckedOn: '2025-07-22',
    });
    expect(listServices(deps, listServicesInput.parse({ category: 'food' })).services[0]?.categories).toEqual(
      ['Food'],
    );
  });

  it('reads an XLSX file, with real Excel dates and a column mapping chosen by the worker', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Services');
    sheet.addRow(['Provider', 'Agency name', 'Route', 'Covers', 'Checked on', 'Tel', 'Talks in']);
    sheet.addRow([
      'Dąbrowski Polish Saturday School',
      'Polish Community Centre',
      'Self-referral',
      'Regional',
      new Date(Date.UTC(2026, 5, 3)),
      '0141 496 0199',
      'Polish, English',
    ]);
    sheet.addRow([
      'Siobhán’s Sensory Play',
      'Bright Starts',
      'professional referral',
      'LOCAL',
      '03/06/2026',
      '',
      '',
    ]);
    const dataBase64 = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
    const upload = { fileName: 'Services.XLSX', dataBase64 };
    const first = await previewImport(deps, upload);
    expect(first.headers).toEqual([
      'Provider',
      'Agency name',
      'Route',
      'Covers',
      'Checked on',
      'Tel',
      'Talks in',
    ]);
    // No "Service" column: the first column names each entry ("Provider" is the name, not a second detail).
    expect(first).toMatchObject({
      mapping: { name: 0, organisation: null },
      nameColumnMissing: false,
      rowCount: 2,
    });
    const unmapped = {
      ...upload,
      mapping: { ...first.mapping, name: null },
      duplicates: 'skip' as const,
      skipUnreadable: true,
    };
    expect((await rejection(() => commitImport(deps, unmapped))).fields).toEqual({
      'mapping.name': 'Choose the column that holds the service name.',
    });

    const mapping: ColumnMapping = {
      ...first.mapping,
      name: 0,
      organisation: 1,
      referralRoute: 2,
      area: 3,
      lastCheckedOn: 4,
      phone: 5,
      languages: 6,
    };
    const chosen = await previewImport(deps, { ...upload, mapping });
    expect(chosen.problems).toEqual([]);
    expect(chosen.preview.map((row) => [row.name, row.referralRoute, row.area, row.lastCheckedOn])).toEqual([
      ['Dąbrowski Polish Saturday School', 'self', 'regional', '2026-06-03'],
      ['Siobhán’s Sensory Play', 'professional', 'local', '2026-06-03'],
    ]);
    const result = await commitImport(deps, {
      ...upload,
      mapping,
      duplicates: 'skip',
      skipUnreadable: false,
    });
    expect(result.added).toBe(2);
    expect(list({ text: 'dabrowski' })).toEqual(['Dąbrowski Polish Saturday School']);
  });

  it('says plainly when the file is not a spreadsheet or has no heading row', async () => {
    const notSpreadsheet = await rejection(() =>
      previewImport(deps, {
        fileName: 'directory.xlsx',
        dataBase64: Buffer.from('hello').toString('base64'),
      }),
    );
    expect(notSpreadsheet.message).toMatch(/could not be read as a spreadsheet/);
    const empty = await rejection(() =>
      previewImport(deps, {
        fileName: 'directory.csv',
        dataBase64: Buffer.from(',,\nChildline,,\n').toString('base64'),
      }),
    );
    expect(empty.message).toBe('Row 1 of this sheet is empty. Choose the row with the column headings.');
  });

  it('exports to XLSX in the columns it imports from, so the file comes back the same', async () => {
    const preview = await previewImport(deps, file(SAMPLE));
    await commitImport(
      deps,
      importCommitInput.parse({
        ...file(SAMPLE),
        mapping: preview.mapping,
        duplicates: 'skip',
        skipUnreadable: true,
      }),
    );
    saveService(
      deps,
      service({ name: 'Polish Parents Group', languages: 'Polish', notes: 'Ask for Marta.' }),
    );
    const exported = await exportServices(deps, { includeRetired: false });
    expect(exported.fileName).toBe('Directory of services 2026-11-23.xlsx');

    const before = listServices(deps, listServicesInput.parse({})).services;
    const again = await previewImport(deps, { fileName: exported.fileName, dataBase64: exported.dataBase64 });
    expect(Object.values(again.mapping).every((index) => index !== null)).toBe(true);
    expect(again.problems).toEqual([]);
    expect(again.readableCount).toBe(before.length);
    // Every row matches an entry already in the directory: the export is the directory.
    expect(again.duplicates).toHaveLength(before.length);
    const strip = ({ row: _row, ...fields }: (typeof again.preview)[number]) => fields;
    const keep = ({ id: _id, stale: _stale, retiredAt: _retired, ...fields }: (typeof before)[number]) =>
      fields;
    expect(again.preview.map(strip)).toEqual(before.slice(0, again.preview.length).map(keep));
  });
});

describe('signposting a family', () => {
  it('records the signpost and its outcome on the family’s chronology', () => {
    const family = createFamily(deps, sampleFamily());
    const larder = saveService(deps, service());
    const { id } = createSignpost(
      deps,
      signpostInput.parse({
        familyId: family.id,
        serviceId: larder.id,
        kind: 'signpost',
        on: '2026-11-20',
        note: 'Gave Mrs Dąbrowska the leaflet.',
      }),
    );
    const entries = () =>
      familyChronology(deps, chronologyInput.parse({ familyId: family.id, kinds: ['signpost'] }));
    expect(entries()).toMatchObject([
      {
        id,
        kind: 'signpost',
        at: '2026-11-20T00:00',
        title: 'Signposted to Riverside Food Larder (Riverside Churches Together)',
        detail: 'Gave Mrs Dąbrowska the leaflet. Outcome not yet recorded.',
      },
    ]);
    recordSignpostOutcome(deps, { id, outcome: 'engaged', on: '2026-11-27', note: 'Goes every Friday.' });
    expect(entries()[0]?.detail).toBe(
      'Gave Mrs Dąbrowska the leaflet. Outcome: engaged (27/11/2026). Goes every Friday.',
    );
    expect(listSignposts(deps, family.id)).toMatchObject([
      { serviceName: 'Riverside Food Larder', outcome: 'engaged', outcomeOn: '2026-11-27' },
    ]);
  });

  it('refuses a retired service, a missing one and an outcome before the signpost', async () => {
    const family = createFamily(deps, sampleFamily());
    const larder = saveService(deps, service());
    expect(
      signpostInput.safeParse({
        familyId: family.id,
        serviceId: '',
        kind: 'referral',
        on: '2026-11-20',
        note: '',
      }).error?.issues[0]?.message,
    ).toBe('Choose a service.');
    setServiceRetired(deps, larder.id, true);
    const signpost = {
      familyId: family.id,
      serviceId: larder.id,
      kind: 'referral' as const,
      on: '2026-11-20',
      note: '',
    };
    expect((await rejection(() => createSignpost(deps, signpost))).fields?.serviceId).toBe(
      'Choose a service that is still running.',
    );
    setServiceRetired(deps, larder.id, false);
    const { id } = createSignpost(deps, signpost);
    expect(
      (
        await rejection(() =>
          recordSignpostOutcome(deps, { id, outcome: 'waiting', on: '2026-11-19', note: '' }),
        )
      ).fields?.on,
    ).toBe('The outcome cannot come before the family was signposted.');
    expect(
      (await rejection(() => createSignpost(deps, { ...signpost, serviceId: crypto.randomUUID() }))).code,
    ).toBe('not_found');
  });
});
