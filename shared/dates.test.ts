import { describe, expect, it } from 'vitest';
import { isoDateTime } from './casework';
import { ageInYears, impossibleDate, isoToDisplay, isoToUk, isRealIsoDate, ukToIso } from './dates';
import { isoDate } from './families';

describe('UK dates', () => {
  it('reads DD/MM/YYYY, with or without leading zeros', () => {
    expect(ukToIso('04/11/2015')).toBe('2015-11-04');
    expect(ukToIso('4/1/2015')).toBe('2015-01-04');
  });
  it('refuses impossible or American dates', () => {
    expect(ukToIso('31/02/2015')).toBeNull();
    expect(ukToIso('12/31/2015')).toBeNull();
    expect(ukToIso('2015-11-04')).toBeNull();
    expect(isRealIsoDate('2015-02-29')).toBe(false);
  });
  it('shows dates the way lists and fields do', () => {
    expect(isoToUk('2025-11-04')).toBe('04/11/2025');
    expect(isoToDisplay('2025-11-04')).toBe('Tue 4 Nov 2025');
  });
  it('counts age in whole years, turning on the birthday', () => {
    expect(ageInYears('2015-11-23', new Date(2026, 10, 22))).toBe(10);
    expect(ageInYears('2015-11-23', new Date(2026, 10, 23))).toBe(11);
  });
});

describe('a date that is not real', () => {
  it('says which date does not exist, rather than asking for the format the worker used', () => {
    expect(impossibleDate('31/02/2025')).toBe('31 February 2025 is not a real date.');
    expect(impossibleDate('29/02/2025')).toBe('29 February 2025 is not a real date.');
    expect(impossibleDate('12/31/2015')).toMatch(/^There is no month 31/);
    expect(impossibleDate('29/02/2024')).toBeNull();
    expect(impossibleDate('next Tuesday')).toBeNull();
  });
  it('is the message the contract gives for a date field and a date-and-time field', () => {
    expect(isoDate('date').safeParse('31/02/2025').error?.issues[0]?.message).toBe(
      '31 February 2025 is not a real date.',
    );
    expect(isoDateTime('date and time').safeParse('31/02/2025T10:00').error?.issues[0]?.message).toBe(
      '31 February 2025 is not a real date.',
    );
    expect(isoDate('date').safeParse('04/11').error?.issues[0]?.message).toMatch(/as DD\/MM\/YYYY/);
  });
});
