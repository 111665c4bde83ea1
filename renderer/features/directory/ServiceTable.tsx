import {
  createColumnHelper,
  getCoreRowModel,
  getSortedRowModel,
  useReactTable,
  type SortingState,
} from '@tanstack/react-table';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { referralRoutes, serviceAreas, type Service } from '../../../shared/directory';
import { indicators } from '../../../shared/wellbeing';
import { RecordTable } from '../../ui/RecordTable';
import { checkedText } from './labels';

const column = createColumnHelper<Service>();
const columns = [
  column.accessor('name', {
    header: 'Service',
    cell: (info) => (
      <>
        <Link to={`/directory/${info.row.original.id}`}>{info.getValue()}</Link>
        {info.row.original.organisation && info.row.original.organisation !== info.getValue() && (
          <span className="service-org">{info.row.original.organisation}</span>
        )}
      </>
    ),
  }),
  column.accessor(
    (service) => [...service.categories, ...service.indicators.map((key) => indicators[key])].join(', '),
    {
      id: 'categories',
      header: 'Helps with',
    },
  ),
  column.accessor((service) => serviceAreas[service.area], { id: 'area', header: 'Area' }),
  column.accessor((service) => referralRoutes[service.referralRoute], {
    id: 'referralRoute',
    header: 'How to refer',
  }),
  column.accessor((service) => service.lastCheckedOn ?? '', {
    id: 'lastCheckedOn',
    header: 'Last checked',
    cell: (info) => (
      <>
        <span>{checkedText(info.row.original.lastCheckedOn)}</span>
        {(info.row.original.stale || info.row.original.retiredAt) && (
          <ul className="badges">
            {info.row.original.stale && <li className="badge badge--stale">Stale</li>}
            {info.row.original.retiredAt && <li className="badge">Retired</li>}
          </ul>
        )}
      </>
    ),
  }),
];

/**
 * The directory as a table: sortable columns, one row in the tab order at a time (arrow keys move, Enter
 * opens), as the caseload works.
 */
export function ServiceTable({ rows }: { rows: Service[] }) {
  const navigate = useNavigate();
  const [sorting, setSorting] = useState<SortingState>([{ id: 'name', desc: false }]);

  // eslint-disable-next-line react-hooks/incompatible-library -- this build does not use the React Compiler
  const table = useReactTable({
    data: rows,
    columns,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getRowId: (row) => row.id,
    enableSortingRemoval: false,
    state: { sorting },
    onSortingChange: setSorting,
  });

  return (
    <RecordTable
      table={table}
      className="table directory-table"
      caption="Services. Use the up and down arrow keys to move between services, and Enter to open one."
      rowClassName={(service) => `directory-row${service.retiredAt ? ' directory-row--retired' : ''}`}
      open={(service) => navigate(`/directory/${service.id}`)}
    />
  );
}
