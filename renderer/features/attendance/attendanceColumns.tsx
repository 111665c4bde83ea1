import { createColumnHelper } from '@tanstack/react-table';
import { Link } from 'react-router';
import { attendanceBands, type CaseloadChildAttendance } from '../../../shared/attendance';
import { AbsenceBadge } from './AbsenceBadge';
import { percentText, pointsText } from './figures';

const column = createColumnHelper<CaseloadChildAttendance>();

/** Children without figures sort last whichever way: a missing figure is not a low one. */
const last = 'last' as const;

export const attendanceColumns = [
  column.accessor('childName', { header: 'Child' }),
  column.accessor('familyName', {
    header: 'Family',
    cell: ({ row }) => (
      // Not a tab stop: the row is. The link is there for screen readers' link lists and for the mouse.
      <Link to={`/families/${row.original.familyId}/attendance`} tabIndex={-1}>
        {row.original.familyName}
      </Link>
    ),
  }),
  column.accessor((row) => row.thisYear?.percent ?? undefined, {
    id: 'thisYear',
    header: 'This year',
    sortUndefined: last,
    cell: ({ getValue }) => percentText(getValue() ?? null),
  }),
  column.accessor('band', {
    header: 'Band',
    sortingFn: (a, b) => bandOrder.indexOf(a.original.band) - bandOrder.indexOf(b.original.band),
    // A flagged child's band is said by the badge itself; the band table above gives its range.
    cell: ({ row }) =>
      row.original.level === 'persistent' || row.original.level === 'severe' ? (
        <AbsenceBadge level={row.original.level} />
      ) : (
        attendanceBands[row.original.band]
      ),
  }),
  column.accessor((row) => row.before ?? undefined, {
    id: 'beforeAfter',
    header: 'Before → after support',
    sortUndefined: last,
    cell: ({ row }) =>
      row.original.before === null || row.original.after === null
        ? 'Not enough figures'
        : `${percentText(row.original.before)} → ${percentText(row.original.after)}`,
  }),
  column.accessor((row) => row.change ?? undefined, {
    id: 'change',
    header: 'Change',
    sortUndefined: last,
    cell: ({ getValue }) => pointsText(getValue() ?? null),
  }),
];

const bandOrder = Object.keys(attendanceBands);
