import { flexRender, type Table } from '@tanstack/react-table';
import { useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { SortableTableHead } from './SortableTableHead';

interface RecordTableProps<Row> {
  table: Table<Row>;
  className: string;
  /** Read out before the table: what the rows are, and how to move between them and open one. */
  caption: string;
  rowClassName: (row: Row) => string;
  open: (row: Row) => void;
}

/**
 * A list of records as a table, one record a row. One row is in the tab order at a time (roving
 * tabindex): the arrow keys, Home and End move between rows, and Enter or a click opens the record.
 */
export function RecordTable<Row>({ table, className, caption, rowClassName, open }: RecordTableProps<Row>) {
  const rowElements = useRef<(HTMLTableRowElement | null)[]>([]);
  const [activeRow, setActiveRow] = useState(0);
  const rows = table.getRowModel().rows;

  const focusRow = (index: number) => {
    const target = Math.max(0, Math.min(rows.length - 1, index));
    setActiveRow(target);
    rowElements.current[target]?.focus();
  };
  const onRowKeyDown = (event: KeyboardEvent, index: number, record: Row) => {
    // A link inside the row keeps its own keys.
    if (event.target !== event.currentTarget) return;
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
      open(record);
    }
  };
  const onRowClick = (event: MouseEvent, record: Row) => {
    // A link in the row navigates by itself.
    if (!(event.target as Element).closest('a')) open(record);
  };
  const rovingRow = Math.min(activeRow, rows.length - 1);

  return (
    <table className={className}>
      <caption className="visually-hidden">{caption}</caption>
      <SortableTableHead table={table} />
      <tbody>
        {rows.map((row, index) => (
          <tr
            key={row.id}
            ref={(element) => {
              rowElements.current[index] = element;
            }}
            tabIndex={index === rovingRow ? 0 : -1}
            className={rowClassName(row.original)}
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
