import { describe, expect, it } from 'vitest';
import { ageInYears, isoToDisplay, isoToUk, isRealIsoDate, ukToIso } from './dates';

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
