import { beforeEach, describe, expect, it } from 'vitest';
import { buildReturnsVault, PERIOD } from '../../tests/support/returns-vault';
import { vaultPerTest } from '../../tests/support/temp-vault';
import type { ServiceDeps } from './deps';
import type { CaseloadAttendance, CaseloadChildAttendance } from '../../shared/attendance';
import { attendanceFigures, computeReturn, type ComputedReturn } from './returnsFigures';
import { suppressCount, suppressFigures } from './returnsSuppress';

let deps: ServiceDeps;
let figures: ComputedReturn;
let built: ReturnType<typeof buildReturnsVault>;

const vault = vaultPerTest();
beforeEach(() => {
  deps = {
    db: vault.session.db,
    now: () => new Date('2026-11-20T12:00:00Z'),
    newId: () => crypto.randomUUID(),
  };
  built = buildReturnsVault(deps);
  figures = computeReturn(deps, PERIOD);
});

describe('the termly return, counted by hand from the fixture vault', () => {
  it('names the school, worker and period', () => {
    expect(figures.values).toMatchObject({
      school_name: 'Craigton Primary',
      worker_name: 'Aisha Rahman',
      period_name: 'Autumn term 2026',
      period_from: '01/09/2026',
      period_to: '31/10/2026',
    });
    expect(computeReturn(deps, { ...PERIOD, name: '' }).values.period_name).toBe('01/09/2026 to 31/10/2026');
  });

  it('counts families: open on a day of the period, new, closed with nothing else open, still open', () => {
    // Supported: Ahmed (opens 01/09), Chen (closes 01/09), Dąbrowski (opens 31/10), Farah, O'Grant (closes
    // 01/11), Iqbal. Not: Byrne (closed 31/08), Evans (opens 01/11), Hughes (archived).
    expect(figures.values).toMatchObject({
      families_supported: 6,
      families_new: 2,
      // Chen and Iqbal; Farah closed one case on 31/10 but has another open.
      families_closed: 2,
      families_ongoing: 4,
      // Ahmed 3, Chen 2, Dąbrowski 1, Farah 2, O'Grant 2, Iqbal 2.
      children_supported: 12,
    });
    expect(figures.records.families_new!.map((one) => one.familyName).sort()).toEqual(['Ahmed', 'Dąbrowski']);
    expect(figures.loops.closures_by_outcome).toEqual([
      { outcome: 'Needs met', count: 2 },
      { outcome: 'Family disengaged', count: 1 },
    ]);
  });

  it('counts referrals received in the period, by decision and by every source in order', () => {
    expect(figures.values).toMatchObject({
      referrals_received: 4,
      referrals_accepted: 1,
      referrals_signposted: 1,
      referrals_declined: 1,
      referrals_undecided: 1,
    });
    expect(figures.loops.referrals_by_source).toEqual([
      { source: 'Class teacher', count: 2 },
      { source: 'Senior leadership (SLT)', count: 0 },
      { source: 'Social work', count: 0 },
      { source: 'Health', count: 1 },
      { source: 'Educational psychology', count: 0 },
      { source: 'Parent or self', count: 1 },
      { source: 'Other agency', count: 0 },
    ]);
  });

  it('counts contacts from 00:00 on the first day to 23:59 on the last, deleted ones left out', () => {
    // 90 + 15 + 10 + 120 minutes.
    expect(figures.values).toMatchObject({
      contacts_total: 4,
      contact_hours: 3.9,
      home_visits: 1,
      visits_no_answer: 1,
    });
    expect(figures.loops.contacts_by_type).toEqual([
      { type: 'Home visit', count: 1, hours: 1.5 },
      { type: 'Phone call', count: 1, hours: 0.3 },
      { type: '1:1 session with child', count: 0, hours: 0 },
      { type: 'Meeting with parent', count: 0, hours: 0 },
      { type: 'Group session', count: 1, hours: 2 },
      { type: 'Team Around the Family/Child meeting', count: 0, hours: 0 },
      { type: 'Hearing or conference', count: 0, hours: 0 },
      { type: 'Email or letter', count: 0, hours: 0 },
      { type: 'Visit with no answer', count: 1, hours: 0.2 },
    ]);
    expect(figures.records.home_visits).toEqual([
      { familyId: built.ahmed.id, familyName: 'Ahmed', on: '2026-09-01', label: 'Home visit, 90 minutes' },
    ]);
  });

  it('counts events held (a date moved into the period counts, a cancelled one does not) and parents', () => {
    // 01/09, 31/10 and the parent group moved from 05/11 to 25/10.
    expect(figures.values).toMatchObject({
      events_held: 3,
      // A (first came 31/08), B and C.
      parents_engaged: 3,
      parents_first_time: 2,
      // B: 01/09 and 31/10; C: 31/10 and 25/10.
      parents_repeat: 2,
      others_attending: 6,
    });
  });

  it('compares Wellbeing Webs: two or more on one scale, the latest (up to the last day) in the period', () => {
    // Amira (31/08 → 31/10), Yusuf (01/06 → 01/09), Chen's first child (01/05 → 01/10; 01/11 is after).
    // Not: Idris (one web), Zoë (scales differ), Chen's second child (latest 31/08).
    expect(figures.values).toMatchObject({ children_with_two_webs: 3, children_web_improved: 2 });
    const row = (indicator: string) => figures.loops.web_movement.find((one) => one.indicator === indicator);
    expect(row('Safe')).toEqual({ indicator: 'Safe', improved: 2, same: 0, worse: 1 });
    // Amira's first web left Achieving unscored, so she is not compared on it.
    expect(row('Achieving')).toEqual({ indicator: 'Achieving', improved: 1, same: 1, worse: 0 });
    expect(row('Included')).toEqual({ indicator: 'Included', improved: 2, same: 1, worse: 0 });
    expect(figures.loops.web_movement).toHaveLength(8);
  });

  it('counts plans first agreed on a UK day in the period, reviews held and targets achieved at them', () => {
    expect(figures.values).toMatchObject({ plans_agreed: 2, plans_reviewed: 2, targets_achieved: 3 });
  });

  it('counts signposts made in the period by outcome, every outcome listed', () => {
    expect(figures.values.signposts_made).toBe(3);
    expect(figures.loops.signposts_by_outcome).toEqual([
      { outcome: 'Engaged', count: 1 },
      { outcome: 'Did not engage', count: 1 },
      { outcome: 'Waiting', count: 0 },
      { outcome: 'Not eligible', count: 0 },
      { outcome: 'No outcome yet', count: 1 },
    ]);
  });

  it('gives the records behind every count, as many as the count', () => {
    for (const [tag, list] of Object.entries(figures.records)) {
      expect(list?.length, tag).toBe(figures.values[tag as keyof typeof figures.values]);
    }
  });
});

describe('attendance, from the attendance service’s caseload figures', () => {
  const child = (overrides: Partial<CaseloadChildAttendance>): CaseloadChildAttendance => ({
    childId: crypto.randomUUID(),
    childName: 'Amira',
    familyId: 'supported',
    familyName: 'Ahmed',
    supportStartedOn: '2026-09-01',
    thisYear: null,
    band: 'no_figures',
    level: null,
    before: null,
    after: null,
    change: null,
    noLongerPersistent: false,
    ...overrides,
  });
  const caseload = (children: CaseloadChildAttendance[]): CaseloadAttendance => ({
    children,
    bands: [],
    persistent: 0,
    severe: 0,
    improved: 0,
    declined: 0,
    noLongerPersistent: 0,
  });

  it('counts the supported families’ children with figures both sides, absent then and now, and the mean change', () => {
    const out = attendanceFigures(
      caseload([
        child({ before: 82, after: 93.5, change: 11.5, level: 'none', noLongerPersistent: true }),
        child({ before: 90, after: 88, change: -2, level: 'persistent' }),
        child({ before: 95, after: 96, change: 1, level: 'none' }),
        // Figures this year only: persistently absent now, but not compared.
        child({ level: 'severe' }),
        // Not a family supported in the period.
        child({
          familyId: 'other',
          before: 50,
          after: 99,
          change: 49,
          level: 'none',
          noLongerPersistent: true,
        }),
      ]),
      new Set(['supported']),
    );
    expect(Object.fromEntries(Object.entries(out.records).map(([tag, list]) => [tag, list.length]))).toEqual({
      attendance_children: 3,
      attendance_pa_before: 2,
      attendance_pa_now: 2,
      attendance_no_longer_pa: 1,
    });
    // (11.5 − 2 + 1) / 3 = 3.5; before (82 + 90 + 95) / 3 = 89, after (93.5 + 88 + 96) / 3 = 92.5.
    expect(out.meanChange).toBe(3.5);
    expect(out.movement).toEqual({ meanBefore: 89, meanAfter: 92.5, improved: 2, declined: 1 });
  });

  it('is all nought in a vault with no attendance imported', () => {
    expect(figures.values).toMatchObject({
      attendance_children: 0,
      attendance_pa_before: 0,
      attendance_pa_now: 0,
      attendance_no_longer_pa: 0,
      attendance_change_points: 0,
    });
  });
});

describe('small numbers', () => {
  it('writes 1 to threshold − 1 as "<threshold"; 0 stays 0 and larger counts stay as they are', () => {
    expect([0, 1, 4, 5, 12].map((value) => suppressCount(value, 5))).toEqual([0, '<5', '<5', 5, 12]);
    expect(suppressCount(9, 10)).toBe('<10');
  });

  it('suppresses every count in the return, never hours, names or dates', () => {
    const out = suppressFigures(figures, 5);
    expect(out.values).toMatchObject({
      school_name: 'Craigton Primary',
      period_from: '01/09/2026',
      families_supported: 6,
      families_new: '<5',
      children_supported: 12,
      contact_hours: 3.9,
      others_attending: 6,
      plans_agreed: '<5',
    });
    expect(out.loops.contacts_by_type[0]).toEqual({ type: 'Home visit', count: '<5', hours: 1.5 });
    expect(out.loops.referrals_by_source[1]).toEqual({ source: 'Senior leadership (SLT)', count: 0 });
    expect(out.loops.web_movement[0]).toEqual({ indicator: 'Safe', improved: '<5', same: 0, worse: '<5' });
    // The true figures are untouched for the screen.
    expect(figures.values.families_new).toBe(2);
  });
});
