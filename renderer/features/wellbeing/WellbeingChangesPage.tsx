import {
  createColumnHelper,
  flexRender,
  getCoreRowModel,
  getSortedRowModel,
  useReactTable,
  type SortingState,
} from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { isoToDisplay } from '../../../shared/dates';
import {
  indicatorKeys,
  indicators,
  scorers,
  type Scorer,
  type WellbeingChange,
} from '../../../shared/wellbeing';
import { LoadProblem } from '../../ui/LoadProblem';
import { PageHeading } from '../../ui/PageHeading';
import { SortableTableHead } from '../../ui/SortableTableHead';
import { directionOf } from './change';
import { useWellbeingChanges } from './queries';
import '../families/families.css';
import './wellbeing.css';

interface Row extends WellbeingChange {
  improved: number;
  same: number;
  worse: number;
}

const column = createColumnHelper<Row>();

function movement(change: WellbeingChange['changes'][number]) {
  const from = `${change.baseline ?? '–'} → ${change.latest ?? '–'}`;
  if (change.change === null) return <span className="muted">{from} (not scored)</span>;
  const sign = change.change > 0 ? `+${change.change}` : change.change < 0 ? `\u2212${-change.change}` : '0';
  return (
    <>
      {from} <strong>({sign})</strong>
    </>
  );
}

const columns = [
  column.accessor('childName', {
    header: 'Child',
    cell: ({ row }) => (
      <>
        <Link to={`/families/${row.original.familyId}/wellbeing?child=${row.original.childId}`}>
          {row.original.childName}
        </Link>
        <br />
        <span className="muted">{row.original.familyName}</span>
      </>
    ),
  }),
  column.accessor('scoredBy', {
    header: 'Who scored, and when',
    cell: ({ row }) => (
      <>
        {scorers[row.original.scoredBy]}
        <br />
        {isoToDisplay(row.original.baselineOn)} to
        <br />
        {isoToDisplay(row.original.latestOn)} <span className="muted">(1 to {row.original.scale})</span>
      </>
    ),
  }),
  column.accessor('improved', { header: 'Better', sortDescFirst: true }),
  column.accessor('same', { header: 'Same', sortDescFirst: true }),
  column.accessor('worse', { header: 'Worse', sortDescFirst: true }),
  column.display({
    id: 'movement',
    header: 'First → latest, per indicator',
    cell: ({ row }) => (
      <dl className="wellbeing-movement-list">
        {indicatorKeys.map((key) => (
          <div key={key}>
            <dt>{indicators[key]}</dt>
            <dd>{movement(row.original.changes.find((one) => one.indicator === key)!)}</dd>
          </div>
        ))}
      </dl>
    ),
  }),
];

/**
 * Across the caseload: which children's webs moved, from their first web to their latest by the same
 * person. The numbers a return asks for ("indicators improved") come from here.
 */
export function WellbeingChangesPage() {
  const changes = useWellbeingChanges();
  const [scorer, setScorer] = useState<Scorer | ''>('');
  const [sorting, setSorting] = useState<SortingState>([{ id: 'childName', desc: false }]);
  const rows = useMemo<Row[]>(
    () =>
      (changes.data ?? [])
        .filter((change) => !scorer || change.scoredBy === scorer)
        .map((change) => {
          const count = (wanted: string) =>
            change.changes.filter((one) => directionOf(one.change) === wanted).length;
          return { ...change, improved: count('improved'), same: count('same'), worse: count('worse') };
        }),
    [changes.data, scorer],
  );
  // TanStack Table hands back fresh functions on every render, which the React Compiler cannot memoise.
  // eslint-disable-next-line react-hooks/incompatible-library -- this build does not use the compiler
  const table = useReactTable({
    data: rows,
    columns,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getRowId: (row) => `${row.childId}|${row.scoredBy}|${row.scale}`,
    enableSortingRemoval: false,
    state: { sorting },
    onSortingChange: setSorting,
  });

  return (
    <div className="page">
      <PageHeading>Wellbeing over time</PageHeading>
      <p>
        Children with at least two Wellbeing Webs from the same person, their first web against their latest.
        Holding steady can be a good result too. <Link to="/families">Back to the caseload</Link>
      </p>
      <div className="field">
        <label htmlFor="wellbeing-scorer">Who scored</label>
        <select
          id="wellbeing-scorer"
          className="input select"
          value={scorer}
          onChange={(event) => setScorer(event.target.value as Scorer | '')}
        >
          <option value="">Everyone</option>
          {Object.entries(scorers).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      {changes.isPending ? (
        <p>Loading the wellbeing webs…</p>
      ) : changes.isError ? (
        <LoadProblem what="the wellbeing webs" error={changes.error} onRetry={() => void changes.refetch()} />
      ) : rows.length === 0 ? (
        <p className="empty" role="status">
          {changes.data.length === 0
            ? 'No child has two wellbeing assessments by the same person yet. Assess a child again at their review, from the Wellbeing tab on their family page.'
            : `No child has two assessments scored by ${scorers[scorer as Scorer].toLowerCase()}.`}
        </p>
      ) : (
        <>
          <p role="status">{rows.length === 1 ? '1 child’s webs' : `${rows.length} sets of webs`} shown.</p>
          <table className="table wellbeing-movement">
            <caption className="visually-hidden">
              Movement on each wellbeing indicator, from the first web to the latest
            </caption>
            <SortableTableHead table={table} />
            <tbody>
              {table.getRowModel().rows.map((row) => (
                <tr key={row.id}>
                  {row.getVisibleCells().map((cell) => (
                    <td key={cell.id}>{flexRender(cell.column.columnDef.cell, cell.getContext())}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}
