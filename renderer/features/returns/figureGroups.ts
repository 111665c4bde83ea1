import type { LoopTag, ValueTag } from '../../../shared/returns';

/** How the screen groups the return's figures: each group's single figures, then its tables. */
export const figureGroups: { title: string; values: ValueTag[]; loops: LoopTag[] }[] = [
  {
    title: 'Families and children',
    values: [
      'families_supported',
      'families_new',
      'families_closed',
      'families_ongoing',
      'children_supported',
    ],
    loops: ['closures_by_outcome'],
  },
  {
    title: 'Referrals',
    values: [
      'referrals_received',
      'referrals_accepted',
      'referrals_signposted',
      'referrals_declined',
      'referrals_undecided',
    ],
    loops: ['referrals_by_source'],
  },
  {
    title: 'Contacts',
    values: ['contacts_total', 'contact_hours', 'home_visits', 'visits_no_answer'],
    loops: ['contacts_by_type'],
  },
  {
    title: 'Parental involvement',
    values: ['events_held', 'parents_engaged', 'parents_first_time', 'parents_repeat', 'others_attending'],
    loops: [],
  },
  {
    title: 'Wellbeing Webs',
    values: ['children_with_two_webs', 'children_web_improved'],
    loops: ['web_movement'],
  },
  {
    title: 'Attendance',
    values: [
      'attendance_children',
      'attendance_pa_before',
      'attendance_pa_now',
      'attendance_no_longer_pa',
      'attendance_change_points',
    ],
    loops: [],
  },
  { title: 'Plans', values: ['plans_agreed', 'plans_reviewed', 'targets_achieved'], loops: [] },
  { title: 'Signposting', values: ['signposts_made'], loops: ['signposts_by_outcome'] },
];

/** Counts with no list of records behind them: people not on the caseload are only ever a number. */
export const withoutRecords = new Set<string>([
  'contact_hours',
  'others_attending',
  'attendance_change_points',
]);
