import { describe, expect, it } from 'vitest';
import { schoolYearInput } from './calendar';
import { defaultSchoolYear } from './termDates';

const flat = (schoolYear: string) => {
  const year = defaultSchoolYear(schoolYear);
  return Object.fromEntries(
    [...year.terms, ...year.closures].map((range) => [range.name, `${range.startsOn} to ${range.endsOn}`]),
  );
};

describe('the usual term dates offered for a school year', () => {
  it("follows England's pattern for 2026/27", () => {
    expect(flat('2026/27')).toEqual({
      'Autumn term': '2026-09-02 to 2026-12-18',
      'Autumn half-term': '2026-10-26 to 2026-10-30',
      'Spring term': '2027-01-05 to 2027-03-25',
      'Spring half-term': '2027-02-15 to 2027-02-19',
      'Summer term': '2027-04-12 to 2027-07-21',
      'Early May bank holiday': '2027-05-03 to 2027-05-03',
      'Summer half-term': '2027-05-31 to 2027-06-04',
    });
  });

  it('moves with the weekdays and with Easter in other years', () => {
    // 2028/29: 2 September is a Saturday; Easter Sunday is 1 April 2029.
    expect(flat('2028/29')).toEqual({
      'Autumn term': '2028-09-04 to 2028-12-15',
      'Autumn half-term': '2028-10-23 to 2028-10-27',
      'Spring term': '2029-01-09 to 2029-03-29',
      'Spring half-term': '2029-02-12 to 2029-02-16',
      'Summer term': '2029-04-16 to 2029-07-20',
      'Early May bank holiday': '2029-05-07 to 2029-05-07',
      'Summer half-term': '2029-05-28 to 2029-06-01',
    });
  });

  it('gives a year the form accepts as it stands, every year for decades', () => {
    for (let start = 2024; start < 2060; start += 1) {
      const schoolYear = `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
      const year = defaultSchoolYear(schoolYear);
      expect(schoolYearInput.safeParse(year).success, schoolYear).toBe(true);
      const [autumn, spring, summer] = year.terms;
      expect(autumn!.endsOn < spring!.startsOn && spring!.endsOn < summer!.startsOn, schoolYear).toBe(true);
      for (const closure of year.closures)
        expect(
          year.terms.some((term) => closure.startsOn >= term.startsOn && closure.endsOn <= term.endsOn),
          `${schoolYear} ${closure.name}`,
        ).toBe(true);
    }
  });
});
