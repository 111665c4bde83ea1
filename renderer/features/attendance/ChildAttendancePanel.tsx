import { useState } from 'react';
import { absenceLevels, type ChildAttendance, type Period } from '../../../shared/attendance';
import { isoToUk } from '../../../shared/dates';
import { ApiCallError } from '../../api/client';
import { LoadProblem } from '../../ui/LoadProblem';
import { AbsenceBadge } from './AbsenceBadge';
import { percentText, pointsText } from './figures';
import { useChildAttendance } from './queries';
import { RangeChooser } from './RangeChooser';
import { RangeTable } from './RangeTable';
import { RecentUnauthorised } from './RecentUnauthorised';
import { WeeklyChart } from './WeeklyChart';

/** One child's attendance on the family's Attendance tab. */
export function ChildAttendancePanel({ childId, childName }: { childId: string; childName: string }) {
  const [range, setRange] = useState<Period | null>(null);
  const attendance = useChildAttendance(childId, range);
  const headingId = `attendance-${childId}`;
  const rangeError =
    attendance.error instanceof ApiCallError && attendance.error.error.fields
      ? Object.values(attendance.error.error.fields)[0]
      : undefined;

  return (
    <section className="child-attendance" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {childName} {attendance.data && <AbsenceBadge level={attendance.data.level} />}
      </h3>
      {attendance.isPending ? (
        <p>Loading {childName}’s attendance…</p>
      ) : attendance.isError && !rangeError ? (
        <LoadProblem
          what={`${childName}’s attendance`}
          error={attendance.error}
          onRetry={() => void attendance.refetch()}
        />
      ) : attendance.data ? (
        <Figures childName={childName} attendance={attendance.data} />
      ) : null}
      <RangeChooser name={`range-${childId}`} onRange={setRange} serverError={rangeError} />
    </section>
  );
}

function Figures({ childName, attendance }: { childName: string; attendance: ChildAttendance }) {
  const ranges = [attendance.thisTerm, attendance.thisYear, attendance.range].filter(
    (range) => range !== null,
  );
  if (ranges.length === 0 && attendance.periods.length === 0)
    return (
      <p>No attendance figures for {childName} yet. Import the school’s export from the Attendance screen.</p>
    );
  const { beforeAfter } = attendance;
  return (
    <>
      {attendance.level && <p>This school year: {absenceLevels[attendance.level]}.</p>}
      <RangeTable caption={`${childName}’s attendance`} ranges={ranges} />
      {attendance.unauthorisedRecent && <RecentUnauthorised recent={attendance.unauthorisedRecent} />}
      <h4>Week by week</h4>
      <WeeklyChart
        childName={childName}
        weekly={attendance.weekly}
        supportStartedOn={attendance.supportStartedOn}
      />
      <h4>Before and after support began</h4>
      {beforeAfter ? (
        <>
          <p>
            Over {beforeAfter.schoolDays} school days each side of{' '}
            {isoToUk(attendance.supportStartedOn ?? '')}: {percentText(beforeAfter.before.percent)} before,{' '}
            {percentText(beforeAfter.after.percent)} after ({pointsText(beforeAfter.change).toLowerCase()}).
          </p>
          <RangeTable
            caption={`${childName}’s attendance before and after support began`}
            ranges={[beforeAfter.before, beforeAfter.after]}
          />
        </>
      ) : (
        <p>
          {attendance.supportStartedOn
            ? `Not enough figures on both sides of ${isoToUk(attendance.supportStartedOn)}, when support began, to compare.`
            : 'The family’s record does not say when support began, so there is nothing to compare.'}
        </p>
      )}
      {attendance.notes.length > 0 && (
        <ul className="attendance-notes">
          {attendance.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
    </>
  );
}
