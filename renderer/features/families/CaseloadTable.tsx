import { getCoreRowModel, useReactTable, type SortingState, type Updater } from '@tanstack/react-table';
import { useNavigate } from 'react-router';
import type { FamilySummary } from '../../../shared/families';
import { RecordTable } from '../../ui/RecordTable';
import { caseloadColumns } from './caseloadColumns';
import type { CaseloadView } from './caseloadView';

interface CaseloadTableProps {
  rows: FamilySummary[];
  view: CaseloadView;
  onSort: (sortBy: CaseloadView['sortBy'], sortDirection: CaseloadView['sortDirection']) => void;
}

/**
 * One page of the caseload. The server sorts and pages; this draws the rows and moves between them with
 * the arrow keys: one row is in the tab order at a time (roving tabindex), and Enter opens it.
 */
export function CaseloadTable({ rows, view, onSort }: CaseloadTableProps) {
  const navigate = useNavigate();
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

  return (
    <RecordTable
      table={table}
      className="table caseload-table"
      caption="Families. Use the up and down arrow keys to move between families, and Enter to open one."
      rowClassName={() => 'caseload-row'}
      open={(family) => navigate(`/families/${family.id}`)}
    />
  );
}
