import { Link } from 'react-router';
import { Bar, BarChart, CartesianGrid, LabelList, Legend, XAxis, YAxis } from 'recharts';
import { isoToDisplay, isoToUk } from '../../../shared/dates';
import type { FigureValue, ImpactReport } from '../../../shared/returns';
import { LoadProblem } from '../../ui/LoadProblem';
import { PageHeading } from '../../ui/PageHeading';
import { PrintToolbar } from '../../ui/PrintToolbar';
import { useSettings } from '../settings/queries';
import { SchoolLogo } from '../settings/SchoolLogo';
import { useImpact } from './queries';
import { usePeriod } from './usePeriod';
import '../../ui/printSheet.css';
import './impact.css';

/** /returns/impact: the period's impact for the school's leadership, printed on A4 and marked Confidential. */
export function ImpactReportPage() {
  const [period, , query] = usePeriod();
  const report = useImpact(period);
  const settings = useSettings();
  const problem = report.error ?? settings.error;
  return (
    <div className="print-view">
      <PrintToolbar>
        <Link to={`/returns${query ? `?${query}` : ''}`}>Back to Returns</Link>
      </PrintToolbar>
      <div className="print-sheet impact-sheet">
        {!period ? (
          <>
            <PageHeading>Impact report</PageHeading>
            <p>
              Choose a period on <Link to="/returns">Returns</Link> first.
            </p>
          </>
        ) : problem ? (
          <>
            <PageHeading>Impact report not shown</PageHeading>
            <LoadProblem
              what="the impact report"
              error={problem}
              onRetry={() => void Promise.all([report.refetch(), settings.refetch()])}
            />
          </>
        ) : !report.data || !settings.data ? (
          <>
            <PageHeading>Impact report</PageHeading>
            <p>Counting…</p>
          </>
        ) : (
          <ImpactSheet report={report.data} schoolName={settings.data.schoolName} periodName={period.name} />
        )}
      </div>
    </div>
  );
}

const children = (count: FigureValue | undefined) => `${count ?? 0} ${count === 1 ? 'child' : 'children'}`;

const tone = { improved: '#0b0c0c', same: '#8a9296', worse: '#ffffff' };

function ImpactSheet({
  report,
  schoolName,
  periodName,
}: {
  report: ImpactReport;
  schoolName: string;
  periodName: string;
}) {
  const { values, loops, attendance } = report;
  const attendanceBars = [
    { side: 'Before support', percent: attendance.meanBefore ?? 0 },
    { side: 'Since support began', percent: attendance.meanAfter ?? 0 },
  ];
  const webBars = loops.web_movement.map((row) => ({
    indicator: String(row.indicator),
    improved: Number(row.improved),
    same: Number(row.same),
    worse: Number(row.worse),
  }));
  return (
    <article>
      <header className="impact-header">
        <SchoolLogo className="impact-logo" />
        <div>
          <p className="impact-school">{schoolName}</p>
          <p className="impact-confidential">Confidential: for the school’s leadership team</p>
        </div>
      </header>
      <PageHeading>Impact report{periodName ? `: ${periodName}` : ''}</PageHeading>
      <p>
        {isoToDisplay(report.from)} to {isoToDisplay(report.to)}. Printed{' '}
        {isoToUk(new Date().toISOString().slice(0, 10))}. True figures: this report stays inside the school.
      </p>

      <section aria-labelledby="impact-attendance">
        <h2 id="impact-attendance">Attendance before and after support</h2>
        {attendance.meanBefore === null ? (
          <p>No supported child has attendance figures both before and since support began.</p>
        ) : (
          <>
            <p>
              {children(values.attendance_children)} have figures both sides. Their attendance averaged{' '}
              {attendance.meanBefore}% before support and {attendance.meanAfter}% since (
              {values.attendance_change_points} points). {attendance.improved} improved, {attendance.declined}{' '}
              fell; {values.attendance_no_longer_pa} are no longer persistently absent.
            </p>
            <figure className="impact-chart">
              <BarChart
                width={600}
                height={180}
                data={attendanceBars}
                layout="vertical"
                margin={{ left: 40, right: 50 }}
              >
                <CartesianGrid stroke="#ccc" horizontal={false} />
                <XAxis type="number" domain={[0, 100]} unit="%" />
                <YAxis type="category" dataKey="side" width={140} />
                <Bar dataKey="percent" fill="#0b0c0c" isAnimationActive={false}>
                  <LabelList dataKey="percent" position="right" formatter={(value) => `${String(value)}%`} />
                </Bar>
              </BarChart>
              <figcaption>Average attendance of those children, before support and since.</figcaption>
            </figure>
          </>
        )}
      </section>

      <section aria-labelledby="impact-webs">
        <h2 id="impact-webs">Wellbeing Web movement</h2>
        <p>
          {children(values.children_with_two_webs)} had a second web in the period;{' '}
          {values.children_web_improved} of them score higher on average than on their first.
        </p>
        <figure className="impact-chart">
          <BarChart width={640} height={260} data={webBars} margin={{ left: 0, right: 10 }}>
            <CartesianGrid stroke="#ccc" vertical={false} />
            <XAxis dataKey="indicator" interval={0} tick={{ fontSize: 11 }} />
            <YAxis allowDecimals={false} />
            <Legend formatter={(value) => <span className="impact-legend">{String(value)}</span>} />
            <Bar
              dataKey="improved"
              name="Improved"
              stackId="web"
              fill={tone.improved}
              stroke="#0b0c0c"
              isAnimationActive={false}
            />
            <Bar
              dataKey="same"
              name="Same"
              stackId="web"
              fill={tone.same}
              stroke="#0b0c0c"
              isAnimationActive={false}
            />
            <Bar
              dataKey="worse"
              name="Worse"
              stackId="web"
              fill={tone.worse}
              stroke="#0b0c0c"
              isAnimationActive={false}
            />
          </BarChart>
          <figcaption>
            Children by indicator: latest web against first (black improved, grey same, white worse).
          </figcaption>
        </figure>
        <table className="impact-table">
          <thead>
            <tr>
              <th scope="col">Indicator</th>
              <th scope="col">Improved</th>
              <th scope="col">Same</th>
              <th scope="col">Worse</th>
            </tr>
          </thead>
          <tbody>
            {webBars.map((row) => (
              <tr key={row.indicator}>
                <th scope="row">{row.indicator}</th>
                <td>{row.improved}</td>
                <td>{row.same}</td>
                <td>{row.worse}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="impact-parents">
        <h2 id="impact-parents">Parental engagement</h2>
        <dl className="impact-figures">
          <dt>Events held</dt>
          <dd>{values.events_held}</dd>
          <dt>Parents and carers who came</dt>
          <dd>{values.parents_engaged}</dd>
          <dt>Of those, for the first time</dt>
          <dd>{values.parents_first_time}</dd>
          <dt>Of those, two or more times</dt>
          <dd>{values.parents_repeat}</dd>
        </dl>
      </section>

      <section aria-labelledby="impact-plans">
        <h2 id="impact-plans">Plans and targets</h2>
        <dl className="impact-figures">
          <dt>Families supported</dt>
          <dd>{values.families_supported}</dd>
          <dt>Plans agreed</dt>
          <dd>{values.plans_agreed}</dd>
          <dt>Plan reviews held</dt>
          <dd>{values.plans_reviewed}</dd>
          <dt>Targets achieved at those reviews</dt>
          <dd>{values.targets_achieved}</dd>
        </dl>
      </section>
    </article>
  );
}
