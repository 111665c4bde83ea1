import {
  flexRender,
  getCoreRowModel,
  useReactTable,
  type SortingState,
  type Updater,
} from '@tanstack/react-table';
import { useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { useNavigate } from 'react-router';
import type { FamilySummary } from '../../../shared/families';
import { caseloadColumns } from './caseloadColumns';
import type { CaseloadView } from './caseloadView';

interface CaseloadTableProps {
  rows: FamilySummary[];
  view: CaseloadView;
  onSort: (sortBy: CaseloadView['sortBy'], sortDirection: CaseloadView['sortDirection']) => void;
}

const sortWords = { asc: 'ascending', desc: 'descending' } as const;

/**
 * One page of the caseload. The server sorts and pages; this draws the rows and moves between them with
 * the arrow keys: one row is in the tab order at a time (roving tabindex), and Enter opens it.
 */
export function CaseloadTable({ rows, view, onSort }: CaseloadTableProps) {
  const navigate = useNavigate();
  const rowElements = useRef<(HTMLTableRowElement | null)[]>([]);
  const [activeRow, setActiveRow] = useState(0);
  const sorting: SortingState = [{ id: view.sortBy, desc: view.sortDirection === 'desc' }];

  // TanStack Table hands back fresh functions on every render, which the React Compiler cannot memoise.
  // eslint-disable-next-line react-hooks/incompatible-library -- this build does not use the compiler
  const table = useReactTable({
    data: rows,
    columns: caseloadColumns,
    getCoreRowModel: getCoreRowModel(),
    getRowId: (row) => row.id,
    manualPagination: true,
    manualSorting: true,
    enableSortingRemoval: false,
    state: { sorting },
    onSortingChange: (updater: Updater<SortingState>) => {
      const [next] = typeof updater === 'function' ? updater(sorting) : updater;
      if (next) onSort(next.id as CaseloadView['sortBy'], next.desc ? 'desc' : 'asc');
    },
  });

  const open = (family: FamilySummary) => navigate(`/families/${family.id}`);
  const focusRow = (index: number) => {
    const target = Math.max(0, Math.min(rows.length - 1, index));
    setActiveRow(target);
    rowElements.current[target]?.focus();
  };
  const onRowKeyDown = (event: KeyboardEvent, index: number, family: FamilySummary) => {
    const moves: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      Home: 0,
      End: rows.length - 1,
    };
    const move = moves[event.key];
    if (move !== undefined) {
      event.preventDefault();
      focusRow(move);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      open(family);
    }
  };
  const onRowClick = (event: MouseEvent, family: FamilySummary) => {
    // The family's own link navigates by itself.
    if (!(event.target as Element).closest('a')) open(family);
  };
  const rovingRow = Math.min(activeRow, rows.length - 1);

  return (
    <table className="table caseload-table">
      <caption className="visually-hidden">
        Families. Use the up and down arrow keys to move between families, and Enter to open one.
      </caption>
      <thead>
        {table.getHeaderGroups().map((group) => (
          <tr key={group.id}>
            {group.headers.map((header) => {
              const sorted = header.column.getIsSorted();
              const label = flexRender(header.column.columnDef.header, header.getContext());
              return (
                <th
                  key={header.id}
                  scope="col"
                  className={`col-${header.column.id}`}
                  aria-sort={header.column.getCanSort() ? (sorted ? sortWords[sorted] : 'none') : undefined}
                >
                  {header.column.getCanSort() ? (
                    <button
                      type="button"
                      className="sort-button"
                      onClick={header.column.getToggleSortingHandler()}
                    >
                      {label}
                      <span className="sort-arrow" aria-hidden="true">
                        {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '⇅'}
                      </span>
                    </button>
                  ) : (
                    label
                  )}
                </th>
              );
            })}
          </tr>
        ))}
      </thead>
      <tbody>
        {table.getRowModel().rows.map((row, index) => (
          <tr
            key={row.id}
            ref={(element) => {
              rowElements.current[index] = element;
            }}
            tabIndex={index === rovingRow ? 0 : -1}
            className="caseload-row"
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
