import { describe, expect, it } from 'vitest';
import {
  absenceLevel,
  attendanceFieldKeys,
  attendancePercent,
  markKind,
  type AttendanceMapping,
} from './attendance';
import { guessMapping, guessPeriod, guessShape, markColumnsOf } from './attendanceGuess';
import { attendanceReader, mappingProblems, type ReadLayout } from './attendanceParse';

const unmapped = Object.fromEntries(attendanceFieldKeys.map((key) => [key, null])) as AttendanceMapping;

/** Reads rows as the import does, numbered from row 2 (under a heading row). */
function read(layout: Partial<ReadLayout> & Pick<ReadLayout, 'shape' | 'mapping'>, rows: string[][]) {
  const reader = attendanceReader({ headings: [], markColumns: [], period: null, ...layout });
  rows.forEach((cells, index) => reader.add({ row: index + 2, cells }));
  return reader.finish();
}

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
  const mapping = {
    ...unmapped,
    pupilId: 0,
    name: 1,
    dateOfBirth: 2,
    possible: 3,
    attended: 4,
    authorised: 5,
    unauthorised: 6,
    percent: 7,
  };

  it('reads untidy rows, turns names round, passes over blanks and the totals row', () => {
    const file = read({ shape: 'summary', mapping }, [
      ['\uFEFFA123 456', 'Brown, Tom', '03/09/2016', '140', '126', '10', '4', '90%'],
      [],
      ['A2', 'Green, Ivy', '', '100', '99.0', '1', '0', '0.99'],
      ['Total', '', '', '240', '225', '11', '4', ''],
    ]);
    expect(
      file.pupils.map(({ pupilId, name, dateOfBirth, counts }) => ({ pupilId, name, dateOfBirth, counts })),
    ).toEqual([
      {
        pupilId: 'A123456',
        name: 'Tom Brown',
        dateOfBirth: '2016-09-03',
        counts: { possible: 140, attended: 126, authorised: 10, unauthorised: 4, excluded: 0 },
      },
      {
        pupilId: 'A2',
        name: 'Ivy Green',
        dateOfBirth: null,
        counts: { possible: 100, attended: 99, authorised: 1, unauthorised: 0, excluded: 0 },
      },
    ]);
    expect(file.problems).toEqual([]);
  });

  it('reports text in number columns, sums that do not add up and a second row for a pupil', () => {
    const file = read({ shape: 'summary', mapping }, [
      ['A1', 'Brown, Tom', '', 'lots', '126', '10', '4', ''],
      ['A2', 'Green, Ivy', '', '100', '99', '5', '0', ''],
      ['A3', 'Lee, Ana', '', '100', '90', '10', '0', '50%'],
      ['A4', 'Kay, Jo', '', '100', '100', '0', '0', ''],
      ['A4', 'Kay, Jo', '', '100', '100', '0', '0', ''],
    ]);
    expect(file.pupils.map((pupil) => pupil.pupilId)).toEqual(['A4']);
    expect(file.problems).toEqual([
      { row: 2, reason: 'The possible sessions “lots” is not a whole number.' },
      { row: 3, reason: 'The sessions attended and missed add up to more than the possible sessions.' },
      { row: 4, reason: 'The attendance percentage 50% does not match 90 of 100 sessions (90%).' },
      { row: 6, reason: 'This pupil is already on row 5.' },
    ]);
  });

  it('says which columns are missing before reading any row', () => {
    expect(
      mappingProblems({ shape: 'summary', mapping: unmapped, headings: [], markColumns: [], period: null }),
    ).toEqual({
      'mapping.pupilId': 'Choose the column with the pupil identifier (UPN or SCN), or the pupils’ names.',
      'mapping.possible': 'Choose the column with the possible sessions or the sessions attended.',
      'mapping.authorised': 'Choose the column with the authorised absences.',
      'mapping.unauthorised': 'Choose the column with the unauthorised absences.',
    });
  });
});

describe('register marks, one row per pupil per session', () => {
  const mapping = { ...unmapped, pupilId: 0, name: 1, date: 2, session: 3, code: 4 };

  it('gathers each pupil’s sessions, counting a repeated identical mark once', () => {
    const file = read({ shape: 'session_rows', mapping }, [
      ['A1', 'Brown, Tom', '03/09/2025', 'AM', '/'],
      ['A1', 'Brown, Tom', '03/09/2025', 'PM', 'o'],
      ['A2', 'Green, Ivy', '03/09/2025', 'AM', 'M'],
      ['A1', 'Brown, Tom', '04/09/2025', 'a.m.', 'B'],
      ['A1', 'Brown, Tom', '04/09/2025', 'AM', 'B'],
    ]);
    expect(file.pupils.map(({ row, pupilId, counts }) => ({ row, pupilId, counts }))).toEqual([
      {
        row: 2,
        pupilId: 'A1',
        counts: { possible: 3, attended: 2, authorised: 0, unauthorised: 1, excluded: 0 },
      },
      {
        row: 4,
        pupilId: 'A2',
        counts: { possible: 1, attended: 0, authorised: 1, unauthorised: 0, excluded: 0 },
      },
    ]);
    expect(file).toMatchObject({ problems: [], marks: 4, markedFrom: '2025-09-03', markedTo: '2025-09-04' });
  });

  it('leaves out a pupil whose rows cannot all be read, saying which row and why', () => {
    const file = read({ shape: 'session_rows', mapping }, [
      ['A1', 'Brown, Tom', '03/09/2025', 'AM', '/'],
      ['A1', 'Brown, Tom', '03/09/2025', 'Eve', '/'],
      ['A2', 'Green, Ivy', '3rd Sept', 'AM', '/'],
      ['A3', 'Lee, Ana', '03/09/2025', 'AM', '/'],
      ['A3', 'Lee, Ana', '03/09/2025', 'AM', 'N'],
    ]);
    expect(file.pupils).toEqual([]);
    expect(file.problems).toEqual([
      { row: 3, reason: 'The session “Eve” is not AM or PM. This pupil is left out.' },
      { row: 4, reason: 'The date “3rd Sept” is not a date written as DD/MM/YYYY. This pupil is left out.' },
      { row: 6, reason: 'This pupil has two different marks for 03/09/2025 AM. This pupil is left out.' },
    ]);
    expect(file.markedFrom).toBeNull();
  });

  it('reads only the sessions within the period chosen', () => {
    const file = read({ shape: 'session_rows', mapping, period: { from: '2025-09-04', to: '2025-09-30' } }, [
      ['A1', 'Brown, Tom', '03/09/2025', 'AM', 'N'],
      ['A1', 'Brown, Tom', '04/09/2025', 'PM', '/'],
    ]);
    expect(file.pupils[0]!.counts).toMatchObject({ possible: 1, attended: 1 });
    expect(file).toMatchObject({ marks: 1, markedFrom: '2025-09-04', markedTo: '2025-09-04' });
  });
});

describe('first guesses from the headings and title lines', () => {
  it('maps the headings MIS exports use', () => {
    const headings = [
      'Adno',
      'UPN',
      'Legal Surname',
      'Legal Forename',
      'D.O.B.',
      'Possible',
      'Attendance %',
      'Attendance',
      'Authorised Absences',
      'Unauth',
      'Exclusions',
    ];
    expect(guessMapping(headings)).toEqual({
      ...unmapped,
      pupilId: 1,
      surname: 2,
      forename: 3,
      dateOfBirth: 4,
      possible: 5,
      percent: 6,
      attended: 7,
      authorised: 8,
      unauthorised: 9,
      excluded: 10,
    });
    expect(guessShape(headings, guessMapping(headings))).toBe('summary');
    const rows = ['UPN', 'Name', 'Date', 'Session', 'Mark'];
    expect(guessShape(rows, guessMapping(rows))).toBe('session_rows');
    const columns = ['UPN', 'Name', 'Tue 02/09/2025 PM', 'Tue 02/09/2025 AM'];
    expect(guessShape(columns, guessMapping(columns))).toBe('session_columns');
    // In the order of the sessions, not of the columns.
    expect(markColumnsOf(columns).map((column) => column.index)).toEqual([3, 2]);
  });

  it('reads the dates a summary covers from the lines above its headings', () => {
    expect(guessPeriod([['St Mungo’s'], ['01/09/2025 - 18/07/2026']])).toEqual({
      from: '2025-09-01',
      to: '2026-07-18',
    });
    expect(guessPeriod([['Date range:', '01/09/2025', 'to', '19/12/2025']])).toEqual({
      from: '2025-09-01',
      to: '2025-12-19',
    });
    expect(guessPeriod([['Printed 05/01/2026']])).toBeNull();
  });
});
