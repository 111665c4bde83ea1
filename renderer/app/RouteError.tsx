import { Link } from 'react-router';
import { PageHeading } from '../ui/PageHeading';

/** A screen that failed to draw: said plainly, with no stack trace, and a way back. */
export function RouteError() {
  return (
    <div className="page">
      <PageHeading>Something went wrong on this screen</PageHeading>
      <p>Nothing you saved has been lost. Go back to the caseload and try again.</p>
      <p>
        <Link to="/families">Go to the caseload</Link>
      </p>
    </div>
  );
}
