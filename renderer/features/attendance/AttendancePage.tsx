import { Link } from 'react-router';
import { attendanceBands, type CaseloadAttendance } from '../../../shared/attendance';
import { LoadProblem } from '../../ui/LoadProblem';
import { PageHeading } from '../../ui/PageHeading';
import { AttendanceTable } from './AttendanceTable';
import { Figure, Figures } from './Figures';
import { useCaseloadAttendance } from './queries';
import './attendance.css';

/** /attendance: where the caseload stands this school year, and how it moved since support began. */
export function AttendancePage() {
  const caseload = useCaseloadAttendance();
  return (
    <div className="page">
      <div className="page-header">
        <PageHeading>Attendance</PageHeading>
        <div className="page-actions">
          <Link to="/attendance/import" className="button button--primary button-link">
            Import attendance
          </Link>
        </div>
      </div>
      {caseload.isPending ? (
        <p>Loading attendance…</p>
      ) : caseload.isError ? (
        <LoadProblem what="attendance" error={caseload.error} onRetry={() => void caseload.refetch()} />
      ) : (
        <CaseloadFigures caseload={caseload.data} />
      )}
    </div>
  );
}

function CaseloadFigures({ caseload }: { caseload: CaseloadAttendance }) {
  const withFigures = caseload.children.filter((child) => child.thisYear !== null).length;
  if (caseload.children.length === 0)
    return (
      <p className="empty">No children on the caseload yet. Add a family first, then import attendance.</p>
    );
  const figures = [
    {
      label: 'Children with figures this school year',
      value: `${withFigures} of ${caseload.children.length}`,
    },
    { label: 'Persistently absent (missing 10% or more)', value: caseload.persistent },
    { label: 'Severely absent (missing 50% or more)', value: caseload.severe },
    { label: 'No longer persistently absent', value: caseload.noLongerPersistent },
    { label: 'Improved since support began', value: caseload.improved },
    { label: 'Declined since support began', value: caseload.declined },
  ];
  return (
    <>
      {withFigures === 0 && (
        <p className="notice">
          No attendance figures yet. Import the school’s attendance export to see where each child stands.
        </p>
      )}
      <section aria-labelledby="attendance-summary">
        <h2 id="attendance-summary">This school year</h2>
        <Figures>
          {figures.map((figure) => (
            <Figure key={figure.label} {...figure} />
          ))}
        </Figures>
      </section>
      <section aria-labelledby="attendance-bands">
        <h2 id="attendance-bands">Children by attendance band</h2>
        <table className="table band-table">
          <caption className="visually-hidden">Children by this school year’s attendance</caption>
          <thead>
            <tr>
              <th scope="col">Band</th>
              <th scope="col">Children</th>
            </tr>
          </thead>
          <tbody>
            {caseload.bands.map((band) => (
              <tr key={band.band}>
                <th scope="row">{attendanceBands[band.band]}</th>
                <td>{band.children}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="attendance-children">
        <h2 id="attendance-children">Children ({caseload.children.length})</h2>
        <AttendanceTable rows={caseload.children} />
      </section>
    </>
  );
}
