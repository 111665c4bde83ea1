import { describe, expect, it } from 'vitest';
import {
  choiceFor,
  distinctValues,
  guessHeaderRow,
  importColumns,
  KEEP_AS_NOTE,
  layoutFingerprint,
} from './imports';

describe('guessing the heading row', () => {
  it('passes over a title, a date-range line and a blank row above the headings', () => {
    const rows = [
      ['Riverside Primary – Family Support Directory'],
      ['Updated 1 September 2025 – 31 August 2026'],
      [],
      ['Organisation', 'What we offer', 'How to refer', 'Area covered'],
      ['Craigton Food Larder', 'Food parcels', 'Drop in', 'Craigton'],
    ];
    expect(guessHeaderRow(rows)).toBe(3);
  });

  it('passes over a date range written across cells, and a row of numbers', () => {
    const rows = [
      ['From', '01/09/2025', 'To', '31/08/2026'],
      ['2025', '2026', '', '', '', ''],
      ['UPN', 'Surname', 'Forename', 'Year', 'Class', 'Sessions'],
      ['A123', 'Nguyễn', 'Zoë', '3', '3B', '120'],
    ];
    expect(guessHeaderRow(rows)).toBe(2);
  });

  it('takes the first row when nothing looks like headings', () => {
    expect(guessHeaderRow([['Only one cell'], ['and another']])).toBe(0);
    expect(guessHeaderRow([])).toBe(0);
  });
});

describe('columns with samples', () => {
  it('cuts a long sample to a glance', () => {
    const long = 'Free, confidential support for children and young people by phone';
    expect(importColumns([['Offer'], [long]], 0, 1)[0]?.samples).toEqual([
      'Free, confidential support for children…',
    ]);
  });

  it('names unnamed columns and shows the first three different values below the headings', () => {
    const rows = [['Title'], ['Service', ''], ['A', 'x'], ['A', 'y'], ['B', ''], ['C', 'z'], ['D', 'w']];
    expect(importColumns(rows, 1, 2)).toEqual([
      { index: 0, heading: 'Service', samples: ['A', 'B', 'C'] },
      { index: 1, heading: 'Column 2', samples: ['x', 'y', 'z'] },
    ]);
  });
});

describe('the layout fingerprint', () => {
  it('is the same whatever the case, accents, spacing or trailing empty headings', () => {
    const base = layoutFingerprint(['Organisation', 'Area covered', 'Failte']);
    expect(layoutFingerprint([' organisation ', 'AREA  covered', 'Fàilte', '', ''])).toBe(base);
  });

  it('differs when a heading changes, moves or is added', () => {
    const base = layoutFingerprint(['Organisation', 'Area covered']);
    expect(layoutFingerprint(['Organisation', 'Area'])).not.toBe(base);
    expect(layoutFingerprint(['Area covered', 'Organisation'])).not.toBe(base);
    expect(layoutFingerprint(['Organisation', 'Area covered', 'Notes'])).not.toBe(base);
    expect(layoutFingerprint(['Organisation', '', 'Area covered'])).not.toBe(base);
  });
});

describe('matching a value to a choice', () => {
  const choices = ['local', 'regional', 'national'] as const;
  const guess = (value: string) => (value.toLowerCase() === 'national' ? 'national' : null);

  it('takes the worker’s answer first, whatever the case, then the guess, else keeps it as a note', () => {
    const chosen = { 'govan and ibrox': 'local', national: KEEP_AS_NOTE };
    expect(choiceFor('Govan  and IBROX', chosen, guess, choices)).toBe('local');
    expect(choiceFor('National', chosen, guess, choices)).toBe(KEEP_AS_NOTE);
    expect(choiceFor('National', undefined, guess, choices)).toBe('national');
    expect(choiceFor('Glasgow-wide', undefined, guess, choices)).toBe(KEEP_AS_NOTE);
  });

  it('ignores an answer that is not one of the choices', () => {
    expect(choiceFor('Craigton', { craigton: 'galaxy' }, guess, choices)).toBe(KEEP_AS_NOTE);
  });

  it('lists each different value once, with how many rows hold it', () => {
    expect(distinctValues(['Craigton', '', 'craigton ', 'Govan'])).toEqual([
      { value: 'Craigton', rows: 2 },
      { value: 'Govan', rows: 1 },
    ]);
  });
});
