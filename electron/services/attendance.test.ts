import { beforeEach, describe, expect, it } from 'vitest';
import {
  attendanceCommitInput,
  attendancePreviewInput,
  type AttendanceCommitInput,
} from '../../shared/attendance';
import { ApiFailure } from '../../shared/errors';
import { sampleChild, sampleFamily } from '../../tests/support/sample-family';
import { vaultPerTest } from '../../tests/support/temp-vault';
import type { Session } from '../vault/vault';
import { caseloadAttendance, childAttendance, commitAttendance, previewAttendance } from './attendance';
import { openCaseForFamily } from './cases';
import type { ServiceDeps } from './deps';
import { createFamily, getFamily } from './families';

let session: Session;
let deps: ServiceDeps;
const vault = vaultPerTest();
beforeEach(async () => {
  session = vault.session;
  deps = { db: session.db, now: () => new Date('2026-11-23T09:00:00Z'), newId: () => crypto.randomUUID() };
});

/** The Dąbrowskis (Zoë with a UPN, Kacper without) and the O'Neills (Seán, no UPN); a case each. */
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
      ],
    }),
  ).id;
  const sean = getFamily(deps, oneill).children[0]!.id;
  openCaseForFamily(deps, { familyId: dabrowski, on: '2025-11-03', note: '' });
  return { dabrowski, oneill, zoe: zoe!, kacper: kacper!, sean };
}

const summaryHeader = ['UPN', 'Name', 'DOB', 'Possible', 'Present', 'Authorised', 'Unauthorised'];
const summaryMapping = {
  pupilId: 0,
  name: 1,
  surname: null,
  forename: null,
  dateOfBirth: 2,
  possible: 3,
  attended: 4,
  authorised: 5,
  unauthorised: 6,
  percent: null,
};
function summary(rows: string[][], from = '2025-09-03', to = '2025-10-24') {
  return attendancePreviewInput.parse({
    header: summaryHeader,
    rows,
    firstRowNumber: 4,
    shape: 'summary',
    mapping: summaryMapping,
    period: { from, to },
  });
}
function commit(
  input: ReturnType<typeof summary>,
  confirmations: AttendanceCommitInput['confirmations'] = [],
  skipUnreadable = false,
) {
  return commitAttendance(deps, attendanceCommitInput.parse({ ...input, confirmations, skipUnreadable }));
}
function failure(work: () => unknown): string {
  try {
    work();
  } catch (error) {
    if (error instanceof ApiFailure) return error.message;
    throw error;
  }
  throw new Error('It did not fail.');
}
const count = (table: string) =>
  (session.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('matching pupils to the caseload', () => {
  it('matches by UPN, then by name and date of birth whatever the accents, apostrophes or order', () => {
    const { zoe, kacper, sean } = caseload();
    const rows = [
      ['a123 456 789 012', 'Somebody, Else', '', '140', '126', '10', '4'],
      ['', 'DABROWSKI, Kacper', '02/09/2019', '140', '140', '0', '0'],
      ['', 'ONeill, Sean', '01/02/2017', '140', '70', '20', '50'],
      ['', 'Nobody, Outsider', '05/05/2016', '140', '140', '0', '0'],
    ];
    const preview = previewAttendance(deps, summary(rows));
    expect(preview).toMatchObject({ pupils: 4, matched: 3, uncertain: [], notOnCaseload: 1, problems: [] });
    const report = commit(summary(rows));
    expect(report).toMatchObject({
      imported: 3,
      matchedByIdentifier: 1,
      matchedByName: 2,
      notOnCaseload: 1,
      replacedPeriods: 0,
    });
    expect(childAttendance(deps, zoe).overall).toMatchObject({ possible: 140, attended: 126, percent: 90 });
    expect(childAttendance(deps, kacper).overall).toMatchObject({ attended: 140, percent: 100 });
    expect(childAttendance(deps, sean).overall).toMatchObject({ unauthorised: 50, percent: 50 });
  });

  it('asks the worker where unsure, and saves only what they confirm', () => {
    const { zoe, sean } = caseload();
    const rows = [
      ['', "O'Neill, Seán", '', '140', '140', '0', '0'],
      ['', 'Zoë Anna Dąbrowska', '14/03/2016', '140', '100', '40', '0'],
      ['', 'Dabrowski, Kacper', '03/09/2019', '140', '140', '0', '0'],
    ];
    const preview = previewAttendance(deps, summary(rows));
    expect(preview.matched).toBe(0);
    expect(preview.notOnCaseload).toBe(1);
    expect(preview.uncertain).toEqual([
      {
        row: 4,
        fileName: "Seán O'Neill",
        fileDateOfBirth: null,
        reason: 'The name matches, but the file has no date of birth to check it against.',
        candidates: [
          { childId: sean, name: "Seán O'Neill", dateOfBirth: '2017-02-01', familyName: "O'Neill family" },
        ],
      },
      expect.objectContaining({
        row: 5,
        reason: 'The date of birth matches and the names are nearly the same.',
        candidates: [expect.objectContaining({ childId: zoe })],
      }),
    ]);
    expect(count('attendance_imports')).toBe(0);

    expect(failure(() => commit(summary(rows), [{ row: 4, childId: sean }]))).toBe(
      'Confirm which child the pupil on row 5 is, or skip them.',
    );
    expect(
      failure(() =>
        commit(summary(rows), [
          { row: 4, childId: zoe },
          { row: 5, childId: null },
        ]),
      ),
    ).toBe('For the pupil on row 4, choose one of the children offered.');
    expect(count('attendance_periods')).toBe(0);

    const report = commit(summary(rows), [
      { row: 4, childId: sean },
      { row: 5, childId: null },
    ]);
    expect(report).toMatchObject({ imported: 1, confirmed: 1, skippedByWorker: 1, notOnCaseload: 1 });
    expect(childAttendance(deps, sean).overall?.percent).toBe(100);
    expect(childAttendance(deps, zoe).overall).toBeNull();
  });

  it('puts two children with the same name and birth date to the worker', () => {
    caseload();
    const twin = createFamily(
      deps,
      sampleFamily({ familyName: 'Other Dąbrowski family', children: [sampleChild({ pupilId: '' })] }),
    ).id;
    const preview = previewAttendance(
      deps,
      summary([['', 'Dąbrowska, Zoë', '14/03/2016', '10', '9', '1', '0']]),
    );
    expect(preview.uncertain[0]?.reason).toBe(
      'More than one child in Linkbook has this name and date of birth.',
    );
    expect(preview.uncertain[0]?.candidates.map((one) => one.familyName).sort()).toEqual([
      'Dąbrowski family',
      'Other Dąbrowski family',
    ]);
    expect(twin).toBeTruthy();
  });

  it('keeps pupils not on the caseload only as counts: no name of theirs reaches the vault', () => {
    caseload();
    commit(
      summary([
        ['Z999', 'Quennell-Farthingale, Peregrine', '05/05/2016', '140', '140', '0', '0'],
        ['', 'Outsiderson, Wilhelmina', '06/06/2016', '140', '120', '20', '0'],
      ]),
    );
    expect(session.sqlite.prepare('SELECT not_on_caseload, imported FROM attendance_imports').get()).toEqual({
      not_on_caseload: 2,
      imported: 0,
    });
    const tables = session.sqlite.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all() as {
      name: string;
    }[];
    const everything = tables
      .map(({ name }) => JSON.stringify(session.sqlite.prepare(`SELECT * FROM "${name}"`).all()))
      .join('\n')
      .toLowerCase();
    for (const word of ['peregrine', 'quennell', 'wilhelmina', 'outsiderson', 'z999'])
      expect(everything).not.toContain(word);
  });
});

describe('saving an import', () => {
  it('replaces a child’s overlapping period on re-import, never counting it twice', () => {
    const { zoe } = caseload();
    const row = (attended: string) => [['A123456789012', '', '', '100', attended, '5', '0']];
    commit(summary(row('95')));
    commit(summary(row('95'), '2025-10-27', '2025-12-19'));
    expect(childAttendance(deps, zoe).overall).toMatchObject({ possible: 200, attended: 190 });

    expect(previewAttendance(deps, summary(row('90'))).replacing).toBe(1);
    const again = commit(summary(row('90')));
    expect(again.replacedPeriods).toBe(1);
    const figures = childAttendance(deps, zoe);
    expect(figures.periods.map((one) => [one.from, one.attended])).toEqual([
      ['2025-09-03', 90],
      ['2025-10-27', 95],
    ]);
    expect(figures.overall).toMatchObject({ possible: 200, attended: 185 });

    // A whole-term file overlaps both half-terms: it replaces them both.
    const term = commit(
      summary([['A123456789012', '', '', '200', '160', '40', '0']], '2025-09-03', '2025-12-19'),
    );
    expect(term.replacedPeriods).toBe(2);
    expect(childAttendance(deps, zoe).overall).toMatchObject({ possible: 200, attended: 160 });
    const audited = session.sqlite
      .prepare(
        `SELECT action, count(*) AS n FROM audit_log WHERE table_name = 'attendance_periods' GROUP BY action`,
      )
      .all();
    expect(audited).toEqual([
      { action: 'create', n: 4 },
      { action: 'delete', n: 3 },
    ]);
  });

  it('writes nothing when it fails midway', () => {
    const { kacper } = caseload();
    commit(summary([['', 'Dąbrowski, Kacper', '02/09/2019', '100', '100', '0', '0']]));
    const audits = count('audit_log');
    let ids = 0;
    deps = {
      ...deps,
      newId: () => {
        ids += 1;
        if (ids === 3) throw new Error('The disk is full.');
        return crypto.randomUUID();
      },
    };
    const rows = [
      ['A123456789012', '', '', '100', '50', '50', '0'],
      ['', 'Dąbrowski, Kacper', '02/09/2019', '100', '10', '90', '0'],
    ];
    expect(() => commit(summary(rows))).toThrow('The disk is full.');
    expect(count('attendance_imports')).toBe(1);
    expect(count('attendance_periods')).toBe(1);
    expect(count('audit_log')).toBe(audits);
    expect(childAttendance(deps, kacper).overall?.attended).toBe(100);
  });

  it('refuses unreadable rows until the worker agrees to leave them out, and a file with nothing to read', () => {
    const { zoe } = caseload();
    const rows = [
      ['A123456789012', '', '', '100', '95', '5', '0'],
      ['B1', '', '', 'lots', '95', '5', '0'],
    ];
    expect(failure(() => commit(summary(rows)))).toBe(
      'One row cannot be read. Look at the problems, then choose to leave them out.',
    );
    expect(count('attendance_periods')).toBe(0);
    expect(commit(summary(rows), [], true).problems).toEqual([
      { row: 5, reason: 'The possible sessions "lots" is not a whole number.' },
    ]);
    expect(childAttendance(deps, zoe).overall?.attended).toBe(95);

    const marks = attendancePreviewInput.parse({
      header: ['UPN', 'Note'],
      rows: [['A123456789012', 'x']],
      firstRowNumber: 2,
      shape: 'session_columns',
      mapping: { pupilId: 0, name: null, surname: null, forename: null, dateOfBirth: null, marks: null },
    });
    expect(failure(() => previewAttendance(deps, marks))).toBe(
      'No column heading is a date and session, such as "Wed 03/09/2025 AM".',
    );

    const unreadable = {
      header: ['UPN', 'Date', 'Session', 'Mark'],
      rows: [['A123456789012', '03/09/2025', 'AM', 'H']],
      firstRowNumber: 2,
      shape: 'session_rows',
      mapping: {
        pupilId: 0,
        name: null,
        surname: null,
        forename: null,
        dateOfBirth: null,
        date: 1,
        session: 2,
        code: 3,
      },
    };
    expect(previewAttendance(deps, attendancePreviewInput.parse(unreadable))).toMatchObject({
      period: null,
      pupils: 0,
      problems: [{ row: 2, reason: `"H" is not one of England's register codes. This pupil is left out.` }],
    });
    expect(
      failure(() =>
        commitAttendance(
          deps,
          attendanceCommitInput.parse({ ...unreadable, confirmations: [], skipUnreadable: true }),
        ),
      ),
    ).toBe('The file has no register marks that can be read, so there is nothing to import.');
    expect(count('attendance_imports')).toBe(1);
  });

  it('imports register marks, the period running from the first to the last date marked', () => {
    const { zoe } = caseload();
    const input = attendanceCommitInput.parse({
      header: ['Name', 'DOB', 'Mon 03/11/2025 AM', 'Mon 03/11/2025 PM', 'Tue 04/11/2025 AM'],
      rows: [['Dąbrowska, Zoë', '14/03/2016', '/', 'M', 'G']],
      firstRowNumber: 3,
      shape: 'session_columns',
      mapping: { pupilId: null, name: 0, surname: null, forename: null, dateOfBirth: 1, marks: null },
      confirmations: [],
      skipUnreadable: false,
    });
    expect(commitAttendance(deps, input)).toMatchObject({ period: { from: '2025-11-03', to: '2025-11-04' } });
    expect(childAttendance(deps, zoe).periods).toEqual([
      expect.objectContaining({ possible: 3, attended: 1, authorised: 1, unauthorised: 1, percent: 33.3 }),
    ]);
  });
});

describe('reading the figures back', () => {
  it('flags persistent and severe absence at exactly 90% and 50%, and shows the change since support began', () => {
    const { zoe, kacper, sean } = caseload();
    // Before the case opened on 03/11/2025: Zoë at exactly 90% (persistent), Kacper at exactly 50% (severe).
    commit(
      summary([
        ['A123456789012', '', '', '100', '90', '10', '0'],
        ['', 'Dąbrowski, Kacper', '02/09/2019', '100', '50', '0', '50'],
        ['', "O'Neill, Seán", '01/02/2017', '100', '91', '9', '0'],
      ]),
    );
    commit(
      summary(
        [
          ['A123456789012', '', '', '60', '57', '3', '0'],
          ['', 'Dąbrowski, Kacper', '02/09/2019', '60', '31', '0', '29'],
        ],
        '2025-11-03',
        '2025-12-19',
      ),
    );
    const zoeFigures = childAttendance(deps, zoe);
    expect(zoeFigures).toMatchObject({
      supportStartedOn: '2025-11-03',
      before: { percent: 90, level: 'persistent' },
      after: { percent: 95, level: 'none' },
      spanningStart: 0,
      change: 5,
    });
    expect(childAttendance(deps, kacper)).toMatchObject({
      before: { percent: 50, level: 'severe' },
      after: { percent: 51.7, level: 'persistent' },
      change: 1.7,
    });
    // No case for the O'Neills: no before and after, just the figures.
    expect(childAttendance(deps, sean)).toMatchObject({
      supportStartedOn: null,
      before: null,
      overall: { percent: 91, level: 'none' },
      change: null,
    });

    const rows = caseloadAttendance(deps);
    expect(
      rows.map((row) => [row.childName, row.latest?.percent ?? null, row.latest?.level ?? null, row.change]),
    ).toEqual([
      ['Zo', 95, 'none', 5],
      ['Kacper Dąbrowski', 51.7, 'persistent', 1.7],
      ["Seán O'Neill", 91, 'none', null],
    ]);
  });

  it('counts a period spanning the start of support on neither side, and says a child is not there', () => {
    const { zoe } = caseload();
    commit(summary([['A123456789012', '', '', '100', '80', '20', '0']], '2025-10-01', '2025-11-30'));
    expect(childAttendance(deps, zoe)).toMatchObject({
      before: null,
      after: null,
      spanningStart: 1,
      change: null,
    });
    expect(failure(() => childAttendance(deps, '00000000-0000-4000-8000-000000000000'))).toBe(
      'That child is not in the vault.',
    );
  });
});
