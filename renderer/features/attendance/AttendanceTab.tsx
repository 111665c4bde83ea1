import { Link } from 'react-router';
import { knownAs, type Family } from '../../../shared/families';
import { ChildAttendancePanel } from './ChildAttendancePanel';
import './attendance.css';

/** The family page's Attendance tab: each child's figures, flags, chart and before/after support. */
export function AttendanceTab({ family }: { family: Family }) {
  if (family.children.length === 0) return <p>No children are recorded for this family yet.</p>;
  return (
    <>
      <h2 className="visually-hidden">Attendance</h2>
      <p>
        From the school’s attendance exports. <Link to="/attendance/import">Import attendance</Link>
      </p>
      {family.children.map((child) => (
        <ChildAttendancePanel key={child.id} childId={child.id} childName={knownAs(child)} />
      ))}
    </>
  );
}
