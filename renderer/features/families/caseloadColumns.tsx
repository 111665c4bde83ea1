import { createColumnHelper } from '@tanstack/react-table';
import { Link } from 'react-router';
import type { FamilySummary } from '../../../shared/families';
import { dayOf } from './dates';
import { FamilyAbsenceBadges } from '../attendance/FamilyAbsenceBadges';
import { FlagBadges } from './FlagBadges';

const column = createColumnHelper<FamilySummary>();

/** Only Family and Last updated sort: those are the orders the server can give. */
export const caseloadColumns = [
  column.accessor('familyName', {
    header: 'Family',
    cell: ({ row }) => (
      // Not a tab stop: the row is. The link is there for screen readers' link lists and for the mouse.
      <Link to={`/families/${row.original.id}`} tabIndex={-1} className="family-link">
        {row.original.familyName}
      </Link>
    ),
  }),
  column.accessor('children', {
    header: 'Children',
    enableSorting: false,
    cell: ({ getValue }) => (
      <ul className="plain-list">
        {getValue().map((child) => (
          <li key={child.id}>
            {child.name}
            {child.yearGroup && <span className="muted"> · {child.yearGroup}</span>}
          </li>
        ))}
      </ul>
    ),
  }),
  column.accessor('carers', {
    header: 'Carers',
    enableSorting: false,
    cell: ({ getValue }) => (
      <ul className="plain-list">
        {getValue().map((name, index) => (
          <li key={index}>{name}</li>
        ))}
      </ul>
    ),
  }),
  column.accessor('flags', {
    header: 'Flags',
    enableSorting: false,
    cell: ({ getValue, row }) => (
      <>
        <FlagBadges flags={getValue()} />
        <FamilyAbsenceBadges familyId={row.original.id} />
      </>
    ),
  }),
  column.accessor('updatedAt', {
    header: 'Last updated',
    sortDescFirst: true,
    cell: ({ getValue }) => dayOf(getValue()),
  }),
];
