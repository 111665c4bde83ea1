import { getCoreRowModel, getSortedRowModel, useReactTable, type SortingState } from '@tanstack/react-table';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { CaseloadChildAttendance } from '../../../shared/attendance';
import { RecordTable } from '../../ui/RecordTable';
import { attendanceColumns } from './attendanceColumns';

/**
 * Every child on the caseload with this year's figure. Sorted here, not by the server: the caseload's
 * figures come back whole. Arrow keys move between children and Enter opens the family's Attendance tab.
 */
export function AttendanceTable({ rows }: { rows: CaseloadChildAttendance[] }) {
  const navigate = useNavigate();
  const [sorting, setSorting] = useState<SortingState>([{ id: 'thisYear', desc: false }]);
  // eslint-disable-next-line react-hooks/incompatible-library -- this build does not use the compiler
  const table = useReactTable({
    data: rows,
    columns: attendanceColumns,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getRowId: (row) => row.childId,
    enableSortingRemoval: false,
    state: { sorting },
    onSortingChange: setSorting,
  });
  return (
    <RecordTable
      table={table}
      className="table attendance-table"
      caption="Children on the caseload and their attendance. Use the up and down arrow keys to move between children, and Enter to open the family's attendance."
      rowClassName={(row) => (row.level === 'severe' || row.level === 'persistent' ? 'row--flagged' : '')}
      open={(row) => navigate(`/families/${row.familyId}/attendance`)}
    />
  );
}
