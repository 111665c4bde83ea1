import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  attendanceCommitInput,
  attendancePreviewInput,
  type AttendanceCommitInput,
  type AttendancePreview,
} from '../../shared/attendance';
import { ApiFailure } from '../../shared/errors';
import { sampleChild, sampleFamily } from '../../tests/support/sample-family';
import { vaultPerTest } from '../../tests/support/temp-vault';
import type { Session } from '../vault/vault';
import { caseloadAttendance, childAttendance } from './attendance';
import { commitImport, importProgress, previewImport } from './attendanceImport';
import { openCaseForFamily } from './cases';
import type { ServiceDeps } from './deps';
import { createFamily, getFamily } from './families';

const FIXTURES = join(__dirname, '../../tests/fixtures/attendance');

let session: Session;
let deps: ServiceDeps;
const vault = vaultPerTest();
beforeEach(async () => {
  session = vault.session;
  deps = { db: session.db, now: () => new Date('2026-11-23T09:00:00Z'), newId: () => crypto.randomUUID() };
});

/** The Dąbrowskis (Zoë with a UPN, Kacper without; support began 03/11/2025) and the O'Neills (Seán). */
function caseload() {
  const family = sampleFamily();
  family.children[1]!.pupilId = '';
  const dabrowski = createFamily(deps, family).id;
  const [zoe, kacper] = getFamily(deps, dabrowski).children.map((child) => child.id);
  const oneill = createFamily(
    deps,
    sampleFamily({
      familyName: "O'Neill family",
      children: [
        sampleChild({ name: "Seán O'Neill", preferredName: '', dateOfBirth: '2017-02-01', pupilId: '' }),
        sampleChild({ name: 'Niamh O’Neill', preferredName: '', dateOfBirth: '2018-04-09', pupilId: '' }),
      ],
    }),
  ).id;
  const [sean, niamh] = getFamily(deps, oneill).children.map((child) => child.id);
  openCaseForFamily(deps, { familyId: dabrowski, on: '2025-11-03', note: '' });
  return { dabrowski, oneill, zoe: zoe!, kacper: kacper!, sean: sean!, niamh: niamh! };
}

const fixture = (name: string) => ({
  fileName: name,
  dataBase64: readFileSync(join(FIXTURES, name)).toString('base64'),
});
const file = (name: string, text: string) => ({
  fileName: name,
  dataBase64: Buffer.from(text, 'utf8').toString('base64'),
});
type File = ReturnType<typeof fixture>;

const preview = (source: File, choices: Record<string, unknown> = {}) =>
  previewImport(deps, attendancePreviewInput.parse({ ...source, ...choices }));

/** Imports as the screens do: the preview's guesses, then the worker's answers. */
async function commit(
  source: File,
  options: Partial<Pick<AttendanceCommitInput, 'confirmations' | 'skipUnreadable' | 'period'>> = {},
) {
  const seen = await preview(source, options.period ? { period: options.period } : {});
  return commitImport(
    deps,
    attendanceCommitInput.parse({
      ...source,
      sheet: seen.sheet.layout.sheet,
      headerRow: seen.sheet.layout.headerRow,
      shape: seen.shape,
      mapping: seen.sheet.layout.mapping,
      period: options.period ?? seen.period ?? undefined,
      confirmations: options.confirmations ?? [],
      skipUnreadable: options.skipUnreadable ?? false,
    }),
  );
}

async function failure(work: () => Promise<unknown>): Promise<ApiFailure['error']> {
  try {
    await work();
  } catch (error) {
    if (error instanceof ApiFailure) return error.error;
    throw error;
  }
  throw new Error('It did not fail.');
}
const count = (table: string) =>
  (session.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('a marks export, one column per session', () => {
  it('is read under its title lines, matched, and each code group counted as the regulations say', async () => {
    const { zoe, kacper, sean } = caseload();
    const seen: AttendancePreview = await preview(fixture('marks-by-session.csv'));
    expect(seen.shape).toBe('session_columns');
    expect(seen.sheet.layout.headerRow).toBe(4);
    // The UPN rather than the admission number; one name column, written "Surname, Forename".
    expect(seen.sheet.layout.mapping).toMatchObject({ pupilId: 1, name: 2, dateOfBirth: 3 });
    expect(seen.markColumns).toEqual({ count: 10, first: 'Mon 08/09/2025 AM', last: 'Fri 12/09/2025 PM' });
    expect(seen.period).toEqual({ from: '2025-09-08', to: '2025-09-12' });
    expect(seen.fields).toEqual({});
    // The totals row is passed over; the pupil who is not on the caseload is only counted.
    expect(seen.check).toMatchObject({
      pupils: 4,
      matched: 3,
      uncertain: [],
      notOnCaseload: 1,
      problems: [],
      unknownCodes: [],
      marks: 40,
      replacing: { children: 0, ranges: [] },
    });
    expect(count('attendance_periods')).toBe(0);

    const report = await commit(fixture('marks-by-session.csv'));
    expect(report).toMatchObject({
      pupils: 4,
      imported: 3,
      matchedByIdentifier: 1,
      matchedByName: 2,
      notOnCaseload: 1,
      marks: 40,
      replaced: [],
    });
    expect(count('attendance_periods')).toBe(3);

    // Next term's export has other dates and more sessions, but the same layout: remembered, one click.
    const nextTerm = file(
      'spring.csv',
      'Spring marks\n\n\nAdno,UPN,Name,DOB,Tue 06/01/2026 AM,Tue 06/01/2026 PM,Wed 07/01/2026 AM\n1001,A123456789012,"Dąbrowska, Zoë",14/03/2016,/,\\,/\n',
    );
    const remembered = await preview(nextTerm);
    expect(remembered.sheet.remembered).toBe(true);
    expect(remembered.check).toMatchObject({ matched: 1, marks: 3 });

    // Zoë: / \ L present, V B educational, I M authorised, N G unauthorised, # not a possible session.
    expect(childAttendance(deps, zoe).thisYear).toMatchObject({
      possible: 9,
      attended: 5,
      authorised: 2,
      unauthorised: 2,
      excluded: 0,
      percent: 55.6,
    });
    // Exactly 10% missed (one of ten, a lower-case n) is persistent; exactly 50% is severe.
    expect(childAttendance(deps, kacper)).toMatchObject({
      thisYear: { possible: 10, attended: 9, unauthorised: 1, percent: 90 },
      level: 'persistent',
    });
    expect(childAttendance(deps, sean)).toMatchObject({
      thisYear: { possible: 10, attended: 5, authorised: 2, unauthorised: 3, percent: 50 },
      level: 'severe',
    });
  });

  it('re-imported over some of the same dates, replaces them and never counts a session twice', async () => {
    const { zoe } = caseload();
    await commit(fixture('marks-by-session.csv'));
    const seen = await preview(fixture('marks-overlap.csv'));
    expect(seen.check?.replacing).toEqual({
      children: 1,
      ranges: [{ from: '2025-09-10', to: '2025-09-12' }],
    });
    const report = await commit(fixture('marks-overlap.csv'));
    expect(report.replaced).toEqual([{ from: '2025-09-10', to: '2025-09-12' }]);
    const expected = {
      // Monday and Tuesday from the first file (/ \ L V), Wednesday to the next Tuesday from the second.
      possible: 14,
      attended: 14,
      authorised: 0,
      unauthorised: 0,
    };
    expect(childAttendance(deps, zoe).thisYear).toMatchObject(expected);
    await commit(fixture('marks-overlap.csv'));
    await commit(fixture('marks-overlap.csv'));
    expect(childAttendance(deps, zoe).thisYear).toMatchObject(expected);
    expect(childAttendance(deps, zoe).periods.map(({ from, to, source }) => [from, to, source])).toEqual([
      ['2025-09-08', '2025-09-09', 'marks'],
      ['2025-09-10', '2025-09-16', 'marks'],
    ]);
    // Importing the first file again takes its dates back, and the second file's later days stay.
    await commit(fixture('marks-by-session.csv'));
    expect(childAttendance(deps, zoe).thisYear).toMatchObject({ possible: 13, attended: 9 });
  });
});

describe('a marks export, one row per session', () => {
  it('reports a code that is not one of England’s, never guesses it, and imports only when told to leave it out', async () => {
    const { zoe } = caseload();
    const seen = await preview(fixture('marks-by-row.csv'));
    expect(seen.shape).toBe('session_rows');
    expect(seen.check).toMatchObject({
      pupils: 1,
      matched: 1,
      unknownCodes: [{ code: 'ZZ', marks: 1 }],
      problems: [{ row: 7, reason: "“ZZ” is not one of England's register codes. This pupil is left out." }],
    });
    const refused = await failure(() => commit(fixture('marks-by-row.csv')));
    expect(refused.message).toMatch(/One row cannot be read, so nothing was imported/);
    expect(count('attendance_periods') + count('attendance_imports')).toBe(0);

    const report = await commit(fixture('marks-by-row.csv'), { skipUnreadable: true });
    expect(report).toMatchObject({ imported: 1, notOnCaseload: 0, marks: 4 });
    expect(childAttendance(deps, zoe).thisYear).toMatchObject({
      possible: 4,
      attended: 2,
      authorised: 1,
      unauthorised: 1,
    });
  });
});

describe('a summary export', () => {
  it('is found on the second sheet of a workbook, under its title, with its dates read from the title lines', async () => {
    const { zoe, kacper } = caseload();
    const seen = await preview(fixture('summary-untidy.xlsx'));
    expect(seen.sheet.sheetNames).toEqual(['Notes', 'Attendance']);
    expect(seen.sheet.layout).toMatchObject({ sheet: 'Attendance', headerRow: 4 });
    expect(seen.shape).toBe('summary');
    expect(seen.sheet.layout.mapping).toMatchObject({
      pupilId: 0,
      name: null,
      surname: 1,
      forename: 2,
      dateOfBirth: 3,
      possible: 4,
      attended: 5,
      authorised: 6,
      unauthorised: 7,
      percent: 8,
    });
    expect(seen.period).toEqual({ from: '2025-09-01', to: '2025-12-19' });
    expect(seen.check).toMatchObject({ pupils: 3, matched: 2, notOnCaseload: 1, problems: [], marks: 0 });

    await commit(fixture('summary-untidy.xlsx'));
    // 126 of 140 is exactly 90%: persistently absent.
    expect(childAttendance(deps, zoe)).toMatchObject({
      thisYear: { possible: 140, attended: 126, percent: 90, complete: true },
      level: 'persistent',
      weekly: [],
      unauthorisedRecent: null,
    });
    // A summary cannot be split at the start of support, so it is counted on neither side, and said so.
    const kacperFigures = childAttendance(deps, kacper);
    expect(kacperFigures.beforeAfter).toBeNull();
    expect(kacperFigures.notes).toEqual([
      'The summary for 01/09/2025 to 19/12/2025 spans the start of support, so it is counted on neither side.',
    ]);

    // Next term the same layout is one click: sheet, row, shape and mapping as confirmed.
    const again = await preview(fixture('summary-untidy.xlsx'));
    expect(again.sheet.remembered).toBe(true);
  });

  it('from Scotland: SCN, exclusions as missed sessions and no possible column', async () => {
    const scottish = createFamily(
      deps,
      sampleFamily({
        familyName: 'MacLeod family',
        children: [
          sampleChild({
            name: 'Eilidh MacLeod',
            preferredName: '',
            dateOfBirth: '2015-06-21',
            pupilId: '123456789',
          }),
        ],
      }),
    ).id;
    const eilidh = getFamily(deps, scottish).children[0]!.id;
    const seen = await preview(fixture('scotland-summary.csv'));
    expect(seen.sheet.layout.mapping).toMatchObject({
      pupilId: 0,
      possible: null,
      attended: 4,
      authorised: 5,
      unauthorised: 6,
      excluded: 7,
    });
    expect(seen.period).toEqual({ from: '2025-08-18', to: '2025-12-19' });
    await commit(fixture('scotland-summary.csv'));
    // 150 + 10 + 6 + 4 = 170 possible; 20 missed is 11.8%.
    expect(childAttendance(deps, eilidh)).toMatchObject({
      periods: [
        { possible: 170, attended: 150, authorised: 10, unauthorised: 6, excluded: 4, source: 'summary' },
      ],
      level: 'persistent',
    });
  });
});

describe('a malformed file', () => {
  it('gives a clear reason and writes nothing', async () => {
    caseload();
    expect((await failure(() => preview(fixture('semicolons.csv')))).message).toMatch(
      /separated by semicolons, not commas/,
    );
    expect((await failure(() => preview(fixture('empty.csv')))).message).toMatch(/is empty/);

    const missing = await preview(fixture('missing-columns.csv'));
    expect(missing.check).toBeNull();
    expect(missing.fields).toEqual({
      'mapping.authorised': 'Choose the column with the authorised absences.',
      'mapping.unauthorised': 'Choose the column with the unauthorised absences.',
    });
    expect((await failure(() => commit(fixture('missing-columns.csv')))).fields).toEqual({
      'mapping.authorised': 'Choose the column with the authorised absences.',
    });

    const text = await preview(fixture('text-in-numbers.csv'));
    expect(text.check?.problems).toEqual([
      { row: 3, reason: 'The attended sessions “one hundred” is not a whole number.' },
    ]);
    expect((await failure(() => commit(fixture('text-in-numbers.csv')))).fields).toHaveProperty(
      'skipUnreadable',
    );
    expect(count('attendance_periods') + count('attendance_imports')).toBe(0);
  });

  it('with no dates for a summary asks for them', async () => {
    caseload();
    const undated = file(
      'undated.csv',
      'UPN,Possible,Present,Authorised,Unauthorised\nA123456789012,10,9,1,0\n',
    );
    const seen = await preview(undated);
    expect(seen.fields).toEqual({ period: 'Enter the first and last dates these figures cover.' });
    const dated = await preview(undated, { period: { from: '2025-09-01', to: '2025-09-12' } });
    expect(dated.check).toMatchObject({ matched: 1 });
  });
});

describe('uncertain matches', () => {
  const noBirthDates = file(
    'no-birth-dates.csv',
    'Title line\n01/09/2025 - 19/12/2025\nName,Possible,Present,Authorised,Unauthorised\n"O\'Neill, Sean",140,130,10,0\n',
  );

  it('are put to the worker, and saved only as confirmed', async () => {
    const { sean } = caseload();
    const seen = await preview(noBirthDates);
    expect(seen.check?.uncertain).toEqual([
      {
        row: 4,
        fileName: "Sean O'Neill",
        fileDateOfBirth: null,
        reason: 'The name matches, but the file has no date of birth to check it against.',
        candidates: [
          { childId: sean, name: "Seán O'Neill", dateOfBirth: '2017-02-01', familyName: "O'Neill family" },
        ],
      },
    ]);
    expect((await failure(() => commit(noBirthDates))).message).toMatch(
      /Confirm which child the pupil on row 4/,
    );
    const report = await commit(noBirthDates, { confirmations: [{ row: 4, childId: sean }] });
    expect(report).toMatchObject({ imported: 1, confirmed: 1, skippedByWorker: 0 });
    expect(childAttendance(deps, sean).thisYear).toMatchObject({ possible: 140, attended: 130 });
  });

  it('skipped, leave nothing behind', async () => {
    const { sean } = caseload();
    expect(
      (await failure(() => commit(noBirthDates, { confirmations: [{ row: 4, childId: null }] }))).message,
    ).toMatch(/nothing to import/);
    expect(childAttendance(deps, sean).periods).toEqual([]);
    expect(count('attendance_imports')).toBe(0);
  });
});

/**
 * Zoë's autumn 2025, one column per session, from the first day of term (support began Monday 03/11):
 * before half-term every Monday afternoon is N (unauthorised) and Tuesday 21/10 morning is U; after it,
 * Wednesday afternoons are N for five weeks and the last week is full. Half-term (27/10 to 31/10) has no
 * marks.
 */
function autumnMarks(): File {
  const headings: string[] = [];
  const codes: string[] = [];
  const names = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  for (let day = Date.UTC(2025, 8, 8); day <= Date.UTC(2025, 11, 12); day += 86_400_000) {
    const date = new Date(day);
    const iso = date.toISOString().slice(0, 10);
    const weekday = date.getUTCDay();
    if (weekday === 0 || weekday === 6 || (iso >= '2025-10-27' && iso <= '2025-10-31')) continue;
    const uk = `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
    const before = iso < '2025-11-03';
    const lastWeek = iso >= '2025-12-08';
    const am = iso === '2025-10-21' ? 'U' : '/';
    const pm = before && weekday === 1 ? 'N' : !before && !lastWeek && weekday === 3 ? 'N' : '\\';
    headings.push(`${names[weekday]} ${uk} AM`, `${names[weekday]} ${uk} PM`);
    codes.push(am, pm);
  }
  return file(
    'autumn.csv',
    `UPN,Forename,Surname,${headings.join(',')}\nA123456789012,Zoë,Dąbrowska,${codes.join(',')}\n`,
  );
}

describe('a child’s figures', () => {
  it('this term, this year, any range, week by week, the last 10 school weeks and before and after support', async () => {
    const { zoe } = caseload();
    // The file starts on the Monday; the worker says it covers the term from its first day.
    await commit(autumnMarks(), { period: { from: '2025-09-02', to: '2025-12-12' } });
    const figures = childAttendance(deps, zoe, { from: '2025-11-03', to: '2025-11-07' });
    expect(figures.supportStartedOn).toBe('2025-11-03');
    // 13 weeks of 10 sessions; 13 missed is exactly 10%.
    expect(figures.thisYear).toMatchObject({
      label: 'This school year (2025/26)',
      from: '2025-09-01',
      to: '2025-12-12',
      possible: 130,
      attended: 117,
      unauthorised: 13,
      percent: 90,
      level: 'persistent',
    });
    expect(figures.thisTerm).toMatchObject({
      label: 'Autumn term 2025/26',
      from: '2025-09-02',
      to: '2025-12-12',
      possible: 130,
      complete: true,
    });
    expect(figures.level).toBe('persistent');
    expect(figures.range).toMatchObject({ from: '2025-11-03', to: '2025-11-07', possible: 10, attended: 9 });
    expect(figures.weekly).toHaveLength(13);
    expect(figures.weekly[0]).toEqual({ weekStarting: '2025-09-08', possible: 10, attended: 9, percent: 90 });
    expect(figures.weekly.at(-1)).toEqual({
      weekStarting: '2025-12-08',
      possible: 10,
      attended: 10,
      percent: 100,
    });
    // Half-term has no possible sessions, so the last 10 school weeks reach back to 29/09: 4 N, 1 U, 5 N.
    expect(figures.unauthorisedRecent).toEqual({
      from: '2025-09-29',
      to: '2025-12-12',
      sessions: 10,
      threshold: 10,
      reached: true,
    });
    // 35 school days before support and 30 after: 30 each side, so the first week is left out.
    expect(figures.beforeAfter).toMatchObject({
      schoolDays: 30,
      before: {
        from: '2025-09-15',
        to: '2025-10-24',
        possible: 60,
        attended: 53,
        percent: 88.3,
        level: 'persistent',
      },
      after: {
        from: '2025-11-03',
        to: '2025-12-12',
        possible: 60,
        attended: 55,
        percent: 91.7,
        level: 'none',
      },
      change: 3.4,
    });
    expect(figures.notes).toEqual([]);
  });

  it('counts a summary before support whole, and says the two sides could not be evened out', async () => {
    const { zoe } = caseload();
    await commit(autumnMarks(), { period: { from: '2025-11-03', to: '2025-12-12' } });
    const before = file(
      'before.csv',
      'Figures 01/09/2025 - 24/10/2025\nUPN,Possible,Present,Authorised,Unauthorised\nA123456789012,70,56,7,7\n',
    );
    await commit(before);
    const figures = childAttendance(deps, zoe);
    expect(figures.beforeAfter).toMatchObject({
      schoolDays: 30,
      before: {
        from: '2025-09-02',
        to: '2025-10-24',
        possible: 70,
        attended: 56,
        percent: 80,
        complete: false,
      },
      after: { from: '2025-11-03', to: '2025-12-12', possible: 60, attended: 55, complete: false },
      change: 11.7,
    });
    expect(figures.notes).toEqual([
      'Before support began includes the summary for 01/09/2025 to 24/10/2025, counted whole as 35 school days.',
      'Summaries cannot be split, so before covers 35 school days and since covers 30.',
    ]);
    // The summary and the marks together make the year so far.
    expect(figures.thisYear).toMatchObject({ possible: 130, attended: 111, complete: true });
  });

  it('is refused for a child who is not in the vault', async () => {
    expect((await failure(async () => childAttendance(deps, crypto.randomUUID()))).code).toBe('not_found');
  });
});

describe('the caseload', () => {
  it('puts each child in a band, flags them and counts movement since support began', async () => {
    const { zoe, kacper, sean, niamh } = caseload();
    await commit(autumnMarks(), { period: { from: '2025-09-02', to: '2025-12-12' } });
    // Kacper 133 of 140 (95% exactly), Seán 127 (90.7%), Niamh 70 (50% exactly, severe).
    const summary = file(
      'bands.csv',
      [
        'Attendance 01/09/2025 - 12/12/2025',
        'Forename,Surname,DOB,Possible,Present,Authorised,Unauthorised',
        'Kacper,Dąbrowski,02/09/2019,140,133,7,0',
        'Seán,O’Neill,01/02/2017,140,127,13,0',
        'Niamh,O’Neill,09/04/2018,140,70,30,40',
      ].join('\n'),
    );
    await commit(summary);
    const result = caseloadAttendance(deps);
    const byChild = new Map(result.children.map((child) => [child.childId, child]));
    expect(byChild.get(zoe)).toMatchObject({
      band: 'persistent',
      level: 'persistent',
      before: 88.3,
      after: 91.7,
      change: 3.4,
      noLongerPersistent: true,
      supportStartedOn: '2025-11-03',
    });
    expect(byChild.get(kacper)).toMatchObject({ band: 'at_least_95', level: 'none', change: null });
    expect(byChild.get(sean)).toMatchObject({ band: 'from_90', level: 'none', supportStartedOn: null });
    expect(byChild.get(niamh)).toMatchObject({ band: 'severe', level: 'severe' });
    expect(result.bands).toEqual([
      { band: 'at_least_95', children: 1 },
      { band: 'from_90', children: 1 },
      { band: 'persistent', children: 1 },
      { band: 'severe', children: 1 },
      { band: 'no_figures', children: 0 },
    ]);
    expect(result).toMatchObject({
      persistent: 2,
      severe: 1,
      improved: 1,
      declined: 0,
      noLongerPersistent: 1,
    });
  });
});

describe('a large import', () => {
  it('says how far it has got, lets other requests in between chunks, and is idle after', async () => {
    const { zoe } = caseload();
    const headings = ['UPN', 'Mon 08/09/2025 AM', 'Mon 08/09/2025 PM'];
    const rows = Array.from({ length: 1_200 }, (_, n) => `Z${String(n).padStart(12, '0')},/,\\`);
    const big = file('big.csv', [headings.join(','), 'A123456789012,/,N', ...rows].join('\n'));
    const seen: string[] = [];
    let finished = false;
    const importing = commit(big).finally(() => (finished = true));
    while (!finished) {
      const { stage, done, total } = importProgress();
      seen.push(`${stage} ${done}/${total}`);
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect((await importing).notOnCaseload).toBe(1_200);
    // Reading the rows goes in chunks, with this loop (any other request) served between them.
    expect(seen).toContain('reading 250/1201');
    expect(seen).toContain('reading 1000/1201');
    expect(seen).toContain('matching 1000/1201');
    expect(seen).toContain('saving 0/1');
    expect(importProgress()).toEqual({ stage: 'idle', done: 0, total: 0 });
    expect(childAttendance(deps, zoe).thisYear).toMatchObject({ possible: 2, attended: 1 });
  });
});
