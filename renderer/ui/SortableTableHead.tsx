import { flexRender, type Table } from '@tanstack/react-table';

const sortWords = { asc: 'ascending', desc: 'descending' } as const;

/** A table's column headings; a column that sorts is a button saying which way it is sorted now. */
export function SortableTableHead<Row>({ table }: { table: Table<Row> }) {
  return (
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
  );
}
