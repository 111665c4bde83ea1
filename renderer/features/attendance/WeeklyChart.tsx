import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { ChildAttendance } from '../../../shared/attendance';
import { isoToUk } from '../../../shared/dates';
import { percentText } from './figures';

const dayMs = 86_400_000;
const timeOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const shortDate = (time: number) => {
  const [, month, day] = new Date(time).toISOString().slice(0, 10).split('-');
  return `${day}/${month}`;
};

interface WeeklyChartProps {
  childName: string;
  weekly: ChildAttendance['weekly'];
  supportStartedOn: string | null;
}

/**
 * Attendance week by week, with the day support began marked. The picture is hidden from assistive
 * technology: the caption says what it shows and the table under it holds every figure.
 */
export function WeeklyChart({ childName, weekly, supportStartedOn }: WeeklyChartProps) {
  const points = weekly
    .filter((week) => week.percent !== null)
    .map((week) => ({ time: timeOf(week.weekStarting), percent: week.percent }));
  if (points.length === 0)
    return <p>No week-by-week figures yet: they come from register marks, not from totals.</p>;
  const first = points[0]!.time;
  const last = points[points.length - 1]!.time;
  const started = supportStartedOn ? timeOf(supportStartedOn) : null;
  const low = Math.min(...points.map((point) => point.percent ?? 100));
  const tableId = `weekly-${childName.replace(/\W+/g, '-')}`;

  return (
    <figure className="weekly-chart">
      <figcaption>
        {childName}’s attendance each week, {isoToUk(weekly[0]!.weekStarting)} to{' '}
        {isoToUk(weekly[weekly.length - 1]!.weekStarting)}: lowest {percentText(low)}
        {started !== null && `; support began ${isoToUk(supportStartedOn!)}, marked on the chart`}. The dashed
        line is 90%: below it a child is persistently absent.
      </figcaption>
      <div aria-hidden="true" className="weekly-chart-picture">
        <ResponsiveContainer width="100%" height={260}>
          <LineChart
            data={points}
            accessibilityLayer={false}
            margin={{ top: 20, right: 24, bottom: 4, left: 0 }}
          >
            <CartesianGrid stroke="#d9dbdc" />
            <XAxis
              dataKey="time"
              type="number"
              scale="time"
              domain={[Math.min(first, started ?? first) - dayMs, Math.max(last, started ?? last) + dayMs]}
              tickFormatter={shortDate}
              tick={{ fill: '#0b0c0c', fontSize: 12 }}
              stroke="#4b5457"
            />
            <YAxis
              domain={[0, 100]}
              ticks={[0, 25, 50, 75, 90, 100]}
              tickFormatter={(value: number) => `${value}%`}
              tick={{ fill: '#0b0c0c', fontSize: 12 }}
              stroke="#4b5457"
              width={48}
            />
            {/* Below 90% is persistent absence: the line the worker watches. */}
            <ReferenceLine y={90} stroke="#4b5457" strokeDasharray="4 4" />
            {started !== null && (
              <ReferenceLine
                x={started}
                stroke="#00444c"
                strokeWidth={2}
                label={{ value: 'Support began', position: 'top', fill: '#00444c', fontSize: 12 }}
              />
            )}
            <Line
              dataKey="percent"
              stroke="#00606b"
              strokeWidth={2}
              dot={{ r: 3 }}
              isAnimationActive={false}
            />
          </LineChart>
        </ResponsiveContainer>
      </div>
      <details className="weekly-table">
        <summary>Show the weekly figures as a table</summary>
        <table className="table" id={tableId}>
          <caption className="visually-hidden">{childName}’s attendance each week</caption>
          <thead>
            <tr>
              <th scope="col">Week starting</th>
              <th scope="col">Possible sessions</th>
              <th scope="col">Attended</th>
              <th scope="col">Attendance</th>
            </tr>
          </thead>
          <tbody>
            {weekly.map((week) => (
              <tr key={week.weekStarting}>
                <th scope="row">{isoToUk(week.weekStarting)}</th>
                <td>{week.possible}</td>
                <td>{week.attended}</td>
                <td>{percentText(week.percent)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
