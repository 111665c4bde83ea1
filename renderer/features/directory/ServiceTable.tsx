import {
  createColumnHelper,
  flexRender,
  getCoreRowModel,
  getSortedRowModel,
  useReactTable,
  type SortingState,
} from '@tanstack/react-table';
import { useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { referralRoutes, serviceAreas, type Service } from '../../../shared/directory';
import { indicators } from '../../../shared/wellbeing';
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

const sortWords = { asc: 'ascending', desc: 'descending' } as const;

/**
 * The directory as a table: sortable columns, one row in the tab order at a time (arrow keys move, Enter
 * opens), as the caseload works.
 */
export function ServiceTable({ rows }: { rows: Service[] }) {
  const navigate = useNavigate();
  const rowElements = useRef<(HTMLTableRowElement | null)[]>([]);
  const [activeRow, setActiveRow] = useState(0);
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
  const sortedRows = table.getRowModel().rows;

  const open = (service: Service) => navigate(`/directory/${service.id}`);
  const focusRow = (index: number) => {
    const target = Math.max(0, Math.min(sortedRows.length - 1, index));
    setActiveRow(target);
    rowElements.current[target]?.focus();
  };
  const onRowKeyDown = (event: KeyboardEvent, index: number, service: Service) => {
    if (event.target !== event.currentTarget) return;
    const moves: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      Home: 0,
      End: sortedRows.length - 1,
    };
    const move = moves[event.key];
    if (move !== undefined) {
      event.preventDefault();
      focusRow(move);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      open(service);
    }
  };
  const onRowClick = (event: MouseEvent, service: Service) => {
    if (!(event.target as Element).closest('a')) open(service);
  };
  const rovingRow = Math.min(activeRow, sortedRows.length - 1);

  return (
    <table className="table directory-table">
      <caption className="visually-hidden">
        Services. Use the up and down arrow keys to move between services, and Enter to open one.
      </caption>
      <thead>
        {table.getHeaderGroups().map((group) => (
          <tr key={group.id}>
            {group.headers.map((header) => {
              const sorted = header.column.getIsSorted();
              return (
                <th
                  key={header.id}
                  scope="col"
                  className={`col-${header.column.id}`}
                  aria-sort={sorted ? sortWords[sorted] : 'none'}
                >
                  <button
                    type="button"
                    className="sort-button"
                    onClick={header.column.getToggleSortingHandler()}
                  >
                    {flexRender(header.column.columnDef.header, header.getContext())}
                    <span className="sort-arrow" aria-hidden="true">
                      {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '⇅'}
                    </span>
                  </button>
                </th>
              );
            })}
          </tr>
        ))}
      </thead>
      <tbody>
        {sortedRows.map((row, index) => (
          <tr
            key={row.id}
            ref={(element) => {
              rowElements.current[index] = element;
            }}
            tabIndex={index === rovingRow ? 0 : -1}
            className={`directory-row${row.original.retiredAt ? ' directory-row--retired' : ''}`}
            onFocus={() => setActiveRow(index)}
            onKeyDown={(event) => onRowKeyDown(event, index, row.original)}
            onClick={(event) => onRowClick(event, row.original)}
          >
            {row.getVisibleCells().map((cell) => (
              <td key={cell.id} className={`col-${cell.column.id}`}>
                {flexRender(cell.column.columnDef.cell, cell.getContext())}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
