import { describe, expect, it } from 'vitest';
import { settingsFields } from './settings';
import { foldForSearch, requiredText } from './text';

describe('messages a worker reads', () => {
  it('read as sentences', () => {
    const short = requiredText('your name', 5);
    expect(short.safeParse('  ').error?.issues[0]?.message).toBe('Enter your name.');
    expect(short.safeParse('Aisha Rahman').error?.issues[0]?.message).toBe(
      'Your name must be 5 characters or fewer.',
    );
    const settings = settingsFields.safeParse({
      schoolName: '',
      workerName: '',
      idleLockMinutes: 10,
      wellbeingScale: 10,
      smallNumberThreshold: 5,
    });
    expect(settings.error?.issues.map((issue) => issue.message)).toEqual([
      "Enter the school's name.",
      'Enter your name.',
    ]);
  });
});

describe('search folding', () => {
  it('ignores case and accents, including letters that do not decompose', () => {
    expect(foldForSearch('Dąbrowski Łukasz Ó Briain Nguyễn Søren Strauß')).toBe(
      'dabrowski lukasz o briain nguyen soren strauss',
    );
  });
});
