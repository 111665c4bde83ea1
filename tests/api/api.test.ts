import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { api, methodNames, type Call, type Input, type MethodName } from '../../shared/api';
import { sampleFamily } from '../support/sample-family';
import { sampleService } from '../support/sample-service';
import { fingerprint, PASSPHRASE, tempDir } from '../support/temp-vault';
import { TOKEN, transports, type Transport } from './transports';

const MISSING_ID = '00000000-0000-4000-8000-000000000000';
/** A real one-pixel PNG, so the logo's sniffed type matches. */
const PNG_1PX =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

/** A valid input for every method: a new method in the contract fails to compile here until it has one. */
const samples: { [M in MethodName]: Input<M> } = {
  'vault.status': {},
  'vault.create': {
    schoolName: 'Craigton Primary',
    workerName: 'Aisha Rahman',
    passphrase: PASSPHRASE,
    makeRecoveryKey: true,
  },
  'vault.unlock': { method: 'passphrase', secret: PASSPHRASE },
  'vault.lock': {},
  'vault.changePassphrase': { current: PASSPHRASE, next: 'a different long passphrase' },
  'vault.backups': {},
  'vault.backupNow': {},
  'vault.useKeyCopy': {},
  'vault.copyPlaces': {},
  'vault.copyTo': { folder: '/media/aisha/KINGSTON' },
  'vault.copyProgress': {},
  'vault.findCopies': { folder: '/media/aisha/KINGSTON' },
  'vault.inspectCopy': {
    file: '/media/aisha/KINGSTON/Linkbook backups/linkbook-2026-11-24T09-14-03-120-on-demand.db',
    method: 'passphrase',
    secret: PASSPHRASE,
  },
  'vault.restoreCopy': {
    file: '/media/aisha/KINGSTON/Linkbook backups/linkbook-2026-11-24T09-14-03-120-on-demand.db',
    method: 'passphrase',
    secret: PASSPHRASE,
  },
  'vault.restore': {
    file: 'linkbook-2026-11-24T09-14-03-120-daily.db',
    method: 'passphrase',
    secret: PASSPHRASE,
  },
  'settings.get': {},
  'settings.update': { schoolName: 'Craigton Primary School', idleLockMinutes: 15, wellbeingScale: 5 },
  'settings.getLogo': {},
  'settings.setLogo': { mimeType: 'image/png', dataBase64: PNG_1PX },
  'settings.removeLogo': {},
  'audit.list': { tableName: 'families', page: 0, pageSize: 20 },
  'families.list': {
    search: 'dab',
    status: 'all',
    sortBy: 'updatedAt',
    sortDirection: 'desc',
    page: 0,
    pageSize: 20,
  },
  'families.get': { id: MISSING_ID },
  'families.create': sampleFamily(),
  'families.update': { ...sampleFamily(), id: MISSING_ID },
  'families.archive': { id: MISSING_ID },
  'families.restore': { id: MISSING_ID },
  'referrals.create': {
    family: { kind: 'new', family: sampleFamily(), childIndex: 0 },
    referral: {
      receivedOn: '2026-11-02',
      referrerName: 'Mrs Okafor',
      referrerRole: 'Class teacher',
      concerns: 'Zoë is often late and hungry.',
      triedSoFar: 'Breakfast club place offered.',
      hopedOutcome: 'Zoë arrives on time, ready to learn.',
      consentGiven: true,
      consentOn: '2026-11-01',
      consentBy: 'Agnieszka Dąbrowska (mother)',
    },
  },
  'referrals.decide': {
    id: MISSING_ID,
    decision: 'signposted',
    decidedOn: '2026-11-03',
    reason: 'Better met by the food bank.',
    signpostedTo: 'Govan Food Bank',
  },
  'referrals.list': { familyId: MISSING_ID },
  'cases.open': { familyId: MISSING_ID, on: '2026-11-03', note: 'Mum asked for help at the gate.' },
  'cases.setStatus': {
    id: MISSING_ID,
    status: 'closed',
    on: '2026-11-20',
    note: '',
    closeReason: 'Goals met',
    outcome: 'Attendance up to 96%.',
  },
  'cases.list': { familyId: MISSING_ID },
  'contacts.create': {
    familyId: MISSING_ID,
    occurredAt: '2026-11-20T09:30',
    durationMinutes: 45,
    type: 'Home visit',
    childIds: [MISSING_ID],
    present: 'Mum, Zoë',
    summary: 'Talked through the morning routine.',
    nextStep: 'Phone mum about the breakfast club',
    nextStepDue: '2026-11-24',
  },
  'contacts.update': {
    id: MISSING_ID,
    familyId: MISSING_ID,
    occurredAt: '2026-11-20T09:30',
    durationMinutes: 45,
    type: 'Phone call',
    childIds: [],
    present: '',
    summary: 'Called mum.',
    nextStep: '',
    nextStepDue: '',
  },
  'contacts.delete': { id: MISSING_ID },
  'contacts.completeNextStep': { id: MISSING_ID },
  'contacts.list': { familyId: MISSING_ID },
  'concerns.record': {
    familyId: MISSING_ID,
    childId: null,
    occurredAt: '2026-11-20T08:50',
    whatHappened: 'Zoë said "Dad shouted and threw a plate last night."',
    actionTaken: 'Listened, reassured her, wrote this down straight away.',
    passedToDsl: { passedAt: '2026-11-20T09:05', passedHow: 'In person', dslName: 'Mr Campbell' },
  },
  'concerns.addAddendum': { concernId: MISSING_ID, kind: 'note', text: 'Zoë was settled in class by 10:00.' },
  'concerns.list': { familyId: MISSING_ID },
  'professionals.save': {
    familyId: MISSING_ID,
    name: 'Dr Priya Nair',
    agency: 'CAMHS',
    role: 'Clinical psychologist',
    phone: '0141 496 0000',
    email: 'priya.nair@example.nhs.uk',
    consentToShare: true,
  },
  'professionals.remove': { id: MISSING_ID },
  'professionals.list': { familyId: MISSING_ID },
  'chronology.get': { familyId: MISSING_ID, kinds: ['contact'], childId: null },
  'search.query': { text: 'breakfast', includeArchived: false, limit: 10 },
  'dashboard.get': {},
  'attachments.add': {
    familyId: MISSING_ID,
    contactId: null,
    fileName: 'consent.pdf',
    mediaType: 'application/pdf',
    dataBase64: Buffer.from('%PDF-1.4 test').toString('base64'),
  },
  'attachments.list': { familyId: MISSING_ID },
  'attachments.get': { id: MISSING_ID },
  'attachments.delete': { id: MISSING_ID },
  'wellbeing.record': {
    childId: MISSING_ID,
    scale: 10,
    assessedOn: '2026-11-20',
    scoredBy: 'child',
    scores: {
      safe: { score: 7, skippedReason: '', note: 'Feels safe at school.' },
      healthy: { score: 5, skippedReason: '', note: '' },
      achieving: { score: 6, skippedReason: '', note: '' },
      nurtured: { score: 4, skippedReason: '', note: 'Mornings are hard.' },
      active: { score: 8, skippedReason: '', note: '' },
      respected: { score: 6, skippedReason: '', note: '' },
      responsible: { score: null, skippedReason: 'Did not want to answer today.', note: '' },
      included: { score: 7, skippedReason: '', note: '' },
    },
  },
  'wellbeing.list': { childId: MISSING_ID },
  'wellbeing.changes': {},
  'plans.create': { familyId: MISSING_ID, childIds: [MISSING_ID], basedOnAssessmentId: null },
  'plans.saveDraft': {
    versionId: MISSING_ID,
    reviewOn: '2027-02-24',
    needs: [
      {
        indicator: 'nurtured',
        outcome: 'Mornings are calm and Zoë gets to school on time.',
        targets: [{ description: 'Zoë is in class by 8:50 on four days out of five.' }],
        actions: [{ who: 'parent', whoName: '', what: 'Set an alarm for 7:15.', dueOn: '2026-12-01' }],
        support: 'Breakfast club.',
      },
    ],
  },
  'plans.finalise': { versionId: MISSING_ID },
  'plans.discardDraft': { versionId: MISSING_ID },
  'plans.review': {
    versionId: MISSING_ID,
    reviewedOn: '2027-02-24',
    assessmentId: null,
    summary: 'Mornings are better.',
    progress: [{ targetId: MISSING_ID, progress: 'achieved', note: '' }],
  },
  'plans.setActionDone': { actionId: MISSING_ID, done: true },
  'plans.get': { planId: MISSING_ID },
  'plans.list': { familyId: MISSING_ID },
  'calendar.getYear': { schoolYear: '2026/27' },
  'calendar.saveYear': {
    schoolYear: '2026/27',
    terms: [{ name: 'Autumn term', startsOn: '2026-09-02', endsOn: '2026-12-18' }],
    closures: [{ name: 'Autumn half-term', startsOn: '2026-10-26', endsOn: '2026-10-30' }],
  },
  'calendar.saveEvent': {
    title: 'Coffee morning',
    kind: 'coffee_morning',
    location: 'Community room',
    startTime: '09:00',
    endTime: '10:30',
    description: 'Come and meet other parents.',
    repeats: 'weekly',
    weekdays: [1],
    nth: 0,
    fromDate: '2026-09-08',
    untilDate: '2026-12-18',
    skipHolidays: true,
  },
  'calendar.getEvent': { id: MISSING_ID },
  'calendar.listEvents': {},
  'calendar.deleteEvent': { id: MISSING_ID },
  'calendar.occurrences': { from: '2026-11-01', to: '2026-11-30' },
  'calendar.changeOccurrence': {
    change: 'move',
    eventId: MISSING_ID,
    originalDate: '2026-11-10',
    date: '2026-11-12',
    startTime: '09:00',
    endTime: '10:30',
  },
  'calendar.getAttendance': { eventId: MISSING_ID, originalDate: '2026-11-10' },
  'calendar.recordAttendance': {
    eventId: MISSING_ID,
    originalDate: '2026-11-10',
    carerIds: [MISSING_ID],
    othersCount: 3,
  },
  'calendar.findCarers': { query: 'Siobhán' },
  'calendar.engagement': { from: '2026-09-02', to: '2026-12-18' },
  'calendar.familyEvents': { familyId: MISSING_ID },
  'calendar.exportIcs': { from: '2026-09-02', to: '2026-12-18', title: 'Autumn term events' },
  'directory.list': { text: 'food', area: 'local', referralRoute: 'self', staleOnly: false },
  'directory.get': { id: MISSING_ID },
  'directory.save': sampleService({ offer: 'Low-cost food shop' }),
  'directory.retire': { id: MISSING_ID },
  'directory.restore': { id: MISSING_ID },
  'directory.markChecked': { id: MISSING_ID },
  'directory.undoChecked': { id: MISSING_ID, lastCheckedOn: null },
  'directory.importPreview': { fileName: 'directory.csv', dataBase64: 'U2VydmljZQpDaGlsZGxpbmUK' },
  'directory.importCommit': {
    fileName: 'directory.csv',
    dataBase64: 'U2VydmljZQpDaGlsZGxpbmUK',
    mapping: {
      name: 0,
      organisation: null,
      offer: null,
      eligibility: null,
      referralRoute: null,
      phone: null,
      email: null,
      website: null,
      openingTimes: null,
      cost: null,
      languages: null,
      area: null,
      categories: null,
      notes: null,
      lastCheckedOn: null,
    },
    duplicates: 'skip',
    skipUnreadable: true,
  },
  'directory.export': { includeRetired: false },
  'signposts.create': {
    familyId: MISSING_ID,
    serviceId: MISSING_ID,
    kind: 'signpost',
    on: '2026-11-20',
    note: 'Gave Mrs Dąbrowska the leaflet.',
  },
  'signposts.recordOutcome': { id: MISSING_ID, outcome: 'engaged', on: '2026-11-27', note: '' },
  'signposts.list': { familyId: MISSING_ID },
  'attendance.previewImport': {
    fileName: 'attendance.csv',
    // UPN,Wed 03/09/2025 AM / A123456789012,/
    dataBase64: Buffer.from('UPN,Wed 03/09/2025 AM\nA123456789012,/\n').toString('base64'),
    shape: 'session_columns',
    period: { from: '2025-09-01', to: '2025-12-19' },
  },
  'attendance.commitImport': {
    fileName: 'attendance.csv',
    dataBase64: Buffer.from('UPN,Possible,Authorised,Unauthorised\nA123456789012,140,10,4\n').toString(
      'base64',
    ),
    shape: 'summary',
    mapping: {
      pupilId: 0,
      name: null,
      surname: null,
      forename: null,
      dateOfBirth: null,
      possible: 1,
      attended: null,
      authorised: 2,
      unauthorised: 3,
      excluded: null,
      percent: null,
      date: null,
      session: null,
      code: null,
    },
    period: { from: '2025-09-03', to: '2025-12-19' },
    confirmations: [{ row: 2, childId: null }],
    skipUnreadable: false,
  },
  'attendance.importProgress': {},
  'attendance.forChild': { childId: MISSING_ID, range: { from: '2025-09-01', to: '2025-12-19' } },
  'attendance.caseload': {},
  'returns.figures': { from: '2026-09-02', to: '2026-12-18', name: 'Autumn term' },
  'returns.records': { from: '2026-09-02', to: '2026-12-18', tag: 'home_visits' },
  'returns.addTemplate': { name: 'Authority return', fileName: 'return.docx', dataBase64: 'UEsDBAo=' },
  'returns.impact': { from: '2026-09-02', to: '2026-12-18' },
  'returns.listTemplates': {},
  'returns.removeTemplate': { id: MISSING_ID },
  'returns.saveMapping': {
    templateId: MISSING_ID,
    mapping: [{ sheet: 'Return', cell: 'C7', tag: 'families_new' }],
  },
  'returns.export': {
    from: '2026-09-02',
    to: '2026-12-18',
    templateId: 'default',
    format: 'xlsx',
    suppressSmallNumbers: true,
  },
  'returns.combine': {
    files: [
      { fileName: 'a.json', text: '{}' },
      { fileName: 'b.json', text: '{}' },
    ],
    suppressSmallNumbers: true,
  },
  'returns.saveCaseStudy': {
    familyId: MISSING_ID,
    title: 'Mornings',
    text: 'Zoë now arrives on time.',
  },
  'returns.listCaseStudies': {},
  'returns.removeCaseStudy': { id: MISSING_ID },
  'returns.weeklyTracker': { weekStarting: '2026-11-23' },
  'returns.caseloadTracker': {},
};

function wrongType(value: unknown): unknown {
  if (typeof value === 'string') return 12345;
  if (typeof value === 'number') return 'twelve';
  if (typeof value === 'boolean') return 'yes';
  return 'not a list or object';
}

/** Each way a payload can be malformed: wrong shape, missing or extra fields, wrong types, huge strings. */
function malformed(method: MethodName): { what: string; payload: unknown }[] {
  const sample = samples[method] as Record<string, unknown>;
  const schema = api[method].input as z.ZodType;
  const cases: { what: string; payload: unknown }[] = [
    { what: 'null', payload: null },
    { what: 'a string', payload: 'families' },
    { what: 'a list', payload: [sample] },
    { what: 'an extra field', payload: { ...sample, isAdmin: true } },
  ];
  for (const [key, value] of Object.entries(sample)) {
    const { [key]: _dropped, ...rest } = sample;
    // A field the schema does without (optional, or with a default) is not a malformed payload when missing.
    if (!schema.safeParse(rest).success) cases.push({ what: `no ${key}`, payload: rest });
    cases.push({ what: `${key} of the wrong type`, payload: { ...sample, [key]: wrongType(value) } });
    if (typeof value === 'string')
      cases.push({ what: `a huge ${key}`, payload: { ...sample, [key]: 'x'.repeat(200_000) } });
    if (Array.isArray(value) && typeof value[0] === 'object') {
      for (const inner of Object.keys(value[0] as object)) {
        const first = { ...(value[0] as object), [inner]: 'x'.repeat(100_000) };
        cases.push({
          what: `a huge ${key}[0].${inner}`,
          payload: { ...sample, [key]: [first, ...value.slice(1)] },
        });
      }
    }
  }
  return cases;
}

for (const transport of transports) {
  if (transport.unavailable)
    console.log(`Skipping the API suite over ${transport.name}: ${transport.unavailable}.`);
  describe.skipIf(transport.unavailable !== null)(`the API over ${transport.name}`, () => {
    let call: Call;
    let dir: string;
    let stop: () => Promise<void>;
    let remove: () => void;
    beforeAll(async () => {
      ({ dir, remove } = tempDir());
      ({ call, stop } = await transport.start(dir));
      expect(await call('vault.create', samples['vault.create'])).toMatchObject({ ok: true });
    });
    afterAll(async () => {
      await stop();
      remove();
    });

    it('creates, finds, edits and archives a family', async () => {
      const created = await call('families.create', sampleFamily());
      if (!created.ok) throw new Error(created.error.message);
      const { id } = created.value;
      const found = await call('families.list', { search: 'DABROWSKI' });
      expect(found).toMatchObject({
        ok: true,
        value: { total: 1, rows: [{ id, familyName: 'Dąbrowski family' }] },
      });
      const family = await call('families.get', { id });
      if (!family.ok) throw new Error(family.error.message);
      const { status: _s, archivedAt: _a, createdAt: _c, updatedAt: _u, ...editable } = family.value;
      expect(await call('families.update', { ...editable, familyName: 'Dąbrowski-Nowak family' })).toEqual({
        ok: true,
        value: { id },
      });
      expect(await call('families.archive', { id })).toEqual({ ok: true, value: null });
      expect(await call('families.list', {})).toMatchObject({ value: { total: 0 } });
      expect(await call('families.restore', { id })).toEqual({ ok: true, value: null });
      expect(await call('families.get', { id: MISSING_ID })).toMatchObject({
        ok: false,
        error: { code: 'not_found' },
      });
    });

    it('refuses an unknown method with a structured error', async () => {
      const result = await (call as (method: string, input: unknown) => ReturnType<Call>)(
        'families.delete',
        {},
      );
      expect(result).toEqual({ ok: false, error: { code: 'unknown_method', message: expect.any(String) } });
    });

    it('answers field errors in plain words, keyed by the field', async () => {
      const child = { ...sampleFamily().children[0]!, dateOfBirth: '31/02/2016' };
      const result = await call('families.create', {
        ...sampleFamily(),
        postcode: 'nowhere',
        children: [child],
      });
      expect(result).toMatchObject({
        ok: false,
        error: {
          code: 'invalid_input',
          fields: {
            postcode: 'Enter a UK postcode, like G51 4TL.',
            'children.0.dateOfBirth': '31 February 2016 is not a real date.',
          },
        },
      });
    });

    describe.each(methodNames)('%s', (method) => {
      it('rejects every malformed payload and writes nothing', async () => {
        const before = fingerprint(dir);
        for (const { what, payload } of malformed(method)) {
          const result = await (call as (method: string, input: unknown) => ReturnType<Call>)(
            method,
            payload,
          );
          expect(result.ok, `${method} with ${what}`).toBe(false);
          if (!result.ok) {
            expect(result.error.code, `${method} with ${what}`).toBe('invalid_input');
            expect(result.error.message).not.toMatch(/at .*\.ts|Error:/);
          }
        }
        expect(await call('vault.status', {})).toMatchObject({ value: { state: 'unlocked' } });
        expect(fingerprint(dir)).toBe(before);
      });
    });
  });
}

describe('browser mode refuses requests that are not from Linkbook', () => {
  const http = transports[0] as Transport;
  let port: number;
  let dir: string;
  let stop: () => Promise<void>;
  let remove: () => void;
  beforeAll(async () => {
    ({ dir, remove } = tempDir());
    const started = await http.start(dir);
    stop = started.stop;
    port = started.server!.port;
  });
  afterAll(async () => {
    await stop();
    remove();
  });

  function raw(
    headers: Record<string, string>,
    method = 'POST',
    path = '/api/vault.create',
    body: unknown = samples['vault.create'],
  ): Promise<{ status: number; body: string }> {
    return new Promise((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, method, path, headers }, (res) => {
        let body = '';
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      });
      req.on('error', reject);
      req.end(JSON.stringify(body));
    });
  }
  const good = () => ({
    Host: `127.0.0.1:${port}`,
    'Content-Type': 'application/json',
    Authorization: `Bearer ${TOKEN}`,
  });

  it.each([
    ['no token', 401, { Authorization: '' }],
    ['a wrong token', 401, { Authorization: 'Bearer test-token-0123456780' }],
    ['a token in the wrong scheme', 401, { Authorization: `Basic ${TOKEN}` }],
    ['another web site as Origin', 403, { Origin: 'http://evil.example' }],
    ['another port as Origin', 403, { Origin: 'http://127.0.0.1:1' }],
    ['a rebinding Host name', 403, { Host: `evil.example:${1}` }],
    ['a form post', 415, { 'Content-Type': 'application/x-www-form-urlencoded' }],
  ])('refuses %s with %i and creates no vault', async (_what, status, override) => {
    const before = fingerprint(dir);
    const response = await raw({ ...good(), ...override });
    expect(response.status).toBe(status);
    expect(JSON.parse(response.body)).toMatchObject({ ok: false, error: { message: expect.any(String) } });
    expect(fingerprint(dir)).toBe(before);
    const status2 = await raw(good(), 'POST', '/api/vault.status', {});
    expect(JSON.parse(status2.body)).toMatchObject({ ok: true, value: { state: 'new' } });
  });

  it('refuses API calls that are not POST', async () => {
    expect((await raw(good(), 'GET', '/api/vault.status')).status).toBe(405);
  });

  it('serves the app itself without a token, with a strict Content-Security-Policy', async () => {
    const page = await fetch(`http://127.0.0.1:${port}/families/abc/overview`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await page.text()).toContain('<title>Linkbook</title>');
    expect((await fetch(`http://127.0.0.1:${port}/missing.js`)).status).toBe(404);
    expect((await fetch(`http://127.0.0.1:${port}/..%2f..%2fetc%2fpasswd`)).status).not.toBe(200);
  });
});
