import { describe, expect, it } from 'vitest';
import { absenceLevel, attendancePercent, attendancePreviewInput, markKind } from './attendance';
import { mappingProblems, parseAttendance } from './attendanceParse';

const noIdentity = { pupilId: null, name: null, surname: null, forename: null, dateOfBirth: null };

describe('register codes and thresholds', () => {
  it('counts each code as the handout says', () => {
    expect(['/', '\\', 'L'].map(markKind)).toEqual(['present', 'present', 'present']);
    expect(['K', 'V', 'P', 'W', 'B'].map(markKind)).toEqual(Array(5).fill('educational'));
    expect(['C1', 'M', 'J1', 'S', 'C2', 'C', 'T', 'R', 'I', 'E'].map(markKind)).toEqual(
      Array(10).fill('authorised'),
    );
    expect(['G', 'N', 'O', 'U'].map(markKind)).toEqual(Array(4).fill('unauthorised'));
    expect(['Q', 'Y1', 'Y4', 'Y7', 'X', 'D', 'Z', '#'].map(markKind)).toEqual(Array(8).fill('not_possible'));
    expect(markKind('i')).toBe('authorised');
    expect(markKind('H')).toBeNull();
    expect(markKind('Y8')).toBeNull();
  });

  it('puts exactly 90% on the persistent threshold and exactly 50% on the severe one', () => {
    expect(absenceLevel({ possible: 190, attended: 171 })).toBe('persistent');
    expect(attendancePercent({ possible: 190, attended: 171 })).toBe(90);
    expect(absenceLevel({ possible: 190, attended: 172 })).toBe('none');
    expect(absenceLevel({ possible: 190, attended: 95 })).toBe('severe');
    expect(absenceLevel({ possible: 190, attended: 96 })).toBe('persistent');
    // 89.95% rounds to 90.0 on screen, yet is above the 10% missed line all the same.
    expect(absenceLevel({ possible: 2000, attended: 1799 })).toBe('persistent');
    expect(absenceLevel({ possible: 0, attended: 0 })).toBeNull();
    expect(attendancePercent({ possible: 0, attended: 0 })).toBeNull();
  });
});

describe('per-pupil summaries', () => {
  const header = ['UPN', 'Name', 'DOB', 'Possible', 'Present', 'Auth', 'Unauth', '%'];
  const input = (rows: string[][], extra: object = {}) =>
    attendancePreviewInput.parse({
      header,
      rows,
      firstRowNumber: 5,
      shape: 'summary',
      mapping: {
        pupilId: 0,
        name: 1,
        surname: null,
        forename: null,
        dateOfBirth: 2,
        possible: 3,
        attended: 4,
        authorised: 5,
        unauthorised: 6,
        percent: 7,
      },
      period: { from: '2025-09-03', to: '2025-12-19' },
      ...extra,
    });

  it('reads untidy rows, turns names round, passes over blanks and the totals row', () => {
    const parsed = parseAttendance(
      input([
        ['\uFEFFA123456789012', 'Dąbrowska, Zoë', '14/03/2016', '140', '126', '10', '4', '90.0%'],
        ['', "O'Neill, Seán", '2017-02-01', '140', '', '20', '50', ''],
        ['', '', '', '', '', '', '', ''],
        ['B1', 'Smith, Amy', '31/02/2016', '140', '140', '0', '0', '100'],
        ['C1', 'Jones, Bob', '01/01/2016', '140', '100', 'ten', '0', ''],
        ['C2', 'Khan, Ali', '01/01/2016', '140', '140', '10', '0', ''],
        ['C3', 'Lee, Ana', '01/01/2016', '140', '70', '70', '0', '80%'],
        ['A123456789012', 'Dąbrowska, Zoë', '14/03/2016', '140', '126', '10', '4', ''],
        ['Total', '', '', '980', '700', '120', '58', ''],
      ]),
    );
    expect(parsed.pupils).toEqual([
      {
        row: 5,
        pupilId: 'A123456789012',
        name: 'Zoë Dąbrowska',
        dateOfBirth: '2016-03-14',
        counts: { possible: 140, attended: 126, authorised: 10, unauthorised: 4 },
      },
      {
        row: 6,
        pupilId: '',
        name: "Seán O'Neill",
        dateOfBirth: '2017-02-01',
        counts: { possible: 140, attended: 70, authorised: 20, unauthorised: 50 },
      },
    ]);
    expect(parsed.problems).toEqual([
      { row: 8, reason: 'The date of birth "31/02/2016" is not a date written as DD/MM/YYYY.' },
      { row: 9, reason: 'The authorised sessions "ten" is not a whole number.' },
      { row: 10, reason: 'The sessions attended and missed add up to more than the possible sessions.' },
      { row: 11, reason: 'The attendance percentage 80% does not match 70 of 140 sessions (50%).' },
      { row: 12, reason: 'This pupil is already on row 5.' },
    ]);
    expect(parsed.period).toEqual({ from: '2025-09-03', to: '2025-12-19' });
  });

  it('says which columns are missing before reading any row', () => {
    const missing = input([], {});
    if (missing.shape !== 'summary') throw new Error('A summary was built.');
    const bad = { ...missing, mapping: { ...missing.mapping, pupilId: null, name: null, authorised: null } };
    expect(mappingProblems(bad)).toEqual({
      'mapping.pupilId': 'Choose the column with the pupil identifier (UPN or SCN), or the pupils’ names.',
      'mapping.authorised': 'Choose the column with the authorised absences.',
    });
    expect(mappingProblems(missing)).toEqual({});
  });
});

describe('register marks, one column per session', () => {
  const header = [
    'Surname',
    'Forename',
    'Wed 03/09/2025 AM',
    'Wed 03/09/2025 PM',
    'Thu 04/09/2025 AM',
    'Note',
  ];
  const input = (rows: string[][], marks: number[] | null = null) =>
    attendancePreviewInput.parse({
      header,
      rows,
      firstRowNumber: 4,
      shape: 'session_columns',
      mapping: { ...noIdentity, surname: 0, forename: 1, marks },
    });

  it('counts each code, leaves out sessions that are not possible, and reports unknown codes', () => {
    const parsed = parseAttendance(
      input([
        ['Dąbrowska', 'Zoë', '/', '\\', 'L', ''],
        ['Brown', 'Tom', 'V', 'I', 'N', 'x'],
        ['Green', 'Ivy', '#', 'Y1', '-', ''],
        ['White', 'Sam', '/', 'H', '/', ''],
        ['Totals', '', '3', '3', '3', ''],
      ]),
    );
    expect(parsed.pupils.map(({ name, counts }) => ({ name, counts }))).toEqual([
      { name: 'Zoë Dąbrowska', counts: { possible: 3, attended: 3, authorised: 0, unauthorised: 0 } },
      { name: 'Tom Brown', counts: { possible: 3, attended: 1, authorised: 1, unauthorised: 1 } },
      { name: 'Ivy Green', counts: { possible: 0, attended: 0, authorised: 0, unauthorised: 0 } },
    ]);
    expect(parsed.problems).toEqual([
      { row: 7, reason: `"H" (Wed 03/09/2025 PM) is not one of England's register codes.` },
    ]);
    expect(parsed.period).toEqual({ from: '2025-09-03', to: '2025-09-04' });
  });

  it('refuses chosen columns whose headings are not a date and session', () => {
    expect(mappingProblems(input([], [2, 5]))).toEqual({
      'mapping.marks': 'The heading "Note" is not a date and session, such as "Wed 03/09/2025 AM".',
    });
  });

  it('reports marks outside the period chosen', () => {
    const parsed = parseAttendance({
      ...input([['Brown', 'Tom', '/', '/', '/', '']]),
      period: { from: '2025-09-04', to: '2025-09-30' },
    });
    expect(parsed.pupils).toEqual([]);
    expect(parsed.problems[0]?.reason).toBe(
      'This pupil has marks outside the period chosen (04/09/2025 to 30/09/2025).',
    );
  });
});

describe('register marks, one row per pupil per session', () => {
  const input = (rows: string[][]) =>
    attendancePreviewInput.parse({
      header: ['UPN', 'Pupil', 'Date', 'Session', 'Mark'],
      rows,
      firstRowNumber: 2,
      shape: 'session_rows',
      mapping: { ...noIdentity, pupilId: 0, name: 1, date: 2, session: 3, code: 4 },
    });

  it('gathers each pupil’s sessions, counting a repeated identical mark once', () => {
    const parsed = parseAttendance(
      input([
        ['A1', 'Brown, Tom', '03/09/2025', 'AM', '/'],
        ['A1', 'Brown, Tom', '03/09/2025', 'PM', 'o'],
        ['A2', 'Green, Ivy', '03/09/2025', 'AM', 'M'],
        ['A1', 'Brown, Tom', '04/09/2025', 'a.m.', 'B'],
        ['A1', 'Brown, Tom', '04/09/2025', 'AM', 'B'],
      ]),
    );
    expect(parsed.pupils).toEqual([
      {
        row: 2,
        pupilId: 'A1',
        name: 'Tom Brown',
        dateOfBirth: null,
        counts: { possible: 3, attended: 2, authorised: 0, unauthorised: 1 },
      },
      {
        row: 4,
        pupilId: 'A2',
        name: 'Ivy Green',
        dateOfBirth: null,
        counts: { possible: 1, attended: 0, authorised: 1, unauthorised: 0 },
      },
    ]);
    expect(parsed.problems).toEqual([]);
    expect(parsed.period).toEqual({ from: '2025-09-03', to: '2025-09-04' });
  });

  it('leaves out a pupil whose rows cannot all be read, saying which row and why', () => {
    const parsed = parseAttendance(
      input([
        ['A1', 'Brown, Tom', '03/09/2025', 'AM', '/'],
        ['A1', 'Brown, Tom', '03/09/2025', 'Eve', '/'],
        ['A2', 'Green, Ivy', '3rd Sept', 'AM', '/'],
        ['A3', 'Lee, Ana', '03/09/2025', 'AM', '/'],
        ['A3', 'Lee, Ana', '03/09/2025', 'AM', 'N'],
      ]),
    );
    expect(parsed.pupils).toEqual([]);
    expect(parsed.problems).toEqual([
      { row: 3, reason: 'The session "Eve" is not AM or PM. This pupil is left out.' },
      { row: 4, reason: 'The date "3rd Sept" is not a date written as DD/MM/YYYY. This pupil is left out.' },
      { row: 6, reason: 'This pupil has two different marks for 03/09/2025 AM. This pupil is left out.' },
    ]);
    expect(parsed.period).toBeNull();
  });
});
