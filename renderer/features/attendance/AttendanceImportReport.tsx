import { Link } from 'react-router';
import type { AttendanceReport } from '../../../shared/attendance';
import { Button } from '../../ui/Button';
import { ProblemList } from '../../ui/import/ProblemList';
import { Figure, Figures } from './Figures';
import { periodText } from './periods';

/** What the import did: who was matched and how, who was left out and why, and what it replaced. */
export function AttendanceImportReport({
  result,
  onAgain,
}: {
  result: AttendanceReport;
  onAgain: () => void;
}) {
  return (
    <div role="status" className="import-result">
      <p>
        Attendance for {periodText(result.period)} imported for{' '}
        {result.imported === 1 ? '1 child' : `${result.imported} children`} on the caseload.
      </p>
      <Figures>
        <Figure label="Pupils in the file" value={result.pupils} />
        <Figure label="Matched by pupil identifier" value={result.matchedByIdentifier} />
        <Figure label="Matched by name and date of birth" value={result.matchedByName} />
        <Figure label="Confirmed by you" value={result.confirmed} />
        <Figure label="Left out by you" value={result.skippedByWorker} />
        <Figure label="Not on the caseload (counted only)" value={result.notOnCaseload} />
        {result.marks > 0 && (
          <Figure label="Register marks saved" value={result.marks.toLocaleString('en-GB')} />
        )}
      </Figures>
      {result.replaced.length > 0 && (
        <p>
          Figures already held for {result.replaced.map(periodText).join('; ')} were replaced, so nothing
          counts twice.
        </p>
      )}
      {result.problems.length > 0 && (
        <>
          <p>These rows were left out because they could not be read:</p>
          <ProblemList problems={result.problems} />
        </>
      )}
      <p className="page-actions">
        <Link to="/attendance" className="button button--primary button-link">
          See the caseload’s attendance
        </Link>
        <Button onClick={onAgain}>Import another export</Button>
      </p>
    </div>
  );
}
