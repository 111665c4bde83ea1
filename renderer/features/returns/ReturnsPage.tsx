import { Link } from 'react-router';
import { isoToDisplay } from '../../../shared/dates';
import { LoadProblem } from '../../ui/LoadProblem';
import { PageHeading } from '../../ui/PageHeading';
import { ExportPanel } from './ExportPanel';
import { FiguresView } from './FiguresView';
import { PeriodPicker } from './PeriodPicker';
import { useFigures } from './queries';
import { usePeriod } from './usePeriod';
import './returns.css';

/** /returns: the termly return's figures for a term or any dates, true on screen, then exported. */
export function ReturnsPage() {
  const [period, choose, query] = usePeriod();
  const figures = useFigures(period);
  return (
    <div className="page">
      <PageHeading>Returns</PageHeading>
      <p className="returns-links">
        <Link to={`/returns/templates${query ? `?${query}` : ''}`}>Authority templates and tags</Link>
        <Link to="/returns/case-studies">Case studies</Link>
        <Link to="/returns/trackers">Weekly and caseload trackers</Link>
        <Link to="/returns/combine">Combine schools’ returns</Link>
      </p>
      <PeriodPicker key={query} period={period} onChoose={choose} />
      {!period ? (
        <p className="empty">Choose a term or two dates to see the return’s figures.</p>
      ) : figures.isError ? (
        <LoadProblem what="the figures" error={figures.error} onRetry={() => void figures.refetch()} />
      ) : !figures.data ? (
        <p>Counting…</p>
      ) : (
        <>
          <p className="muted">
            {period.name ? `${period.name}: ` : ''}
            {isoToDisplay(period.from)} to {isoToDisplay(period.to)}, both days included. These are the true
            figures; small numbers are hidden only in what you export.
          </p>
          <p>
            <Link to={`/returns/impact?${query}`}>Impact report for the leadership team (printable)</Link>
          </p>
          <ExportPanel period={period} />
          <FiguresView period={period} figures={figures.data} />
        </>
      )}
    </div>
  );
}
