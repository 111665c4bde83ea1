import { format, startOfWeek } from 'date-fns';
import { useState } from 'react';
import { Link } from 'react-router';
import { isRealIsoDate } from '../../../shared/dates';
import type { ExportedFile } from '../../../shared/returns';
import { call } from '../../api/client';
import { Button } from '../../ui/Button';
import { DateField } from '../../ui/DateField';
import { PageHeading } from '../../ui/PageHeading';
import { saveDownload } from '../directory/queries';
import './returns.css';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const thisMonday = () => format(startOfWeek(new Date(), { weekStartsOn: 1 }), 'yyyy-MM-dd');

/** /returns/trackers: the weekly activity tracker and the caseload tracker, each as a workbook. */
export function TrackersPage() {
  const [week, setWeek] = useState(thisMonday());
  const [problem, setProblem] = useState('');
  const [done, setDone] = useState('');
  const [busy, setBusy] = useState(false);

  const save = async (make: () => Promise<ExportedFile>) => {
    setDone('');
    setProblem('');
    setBusy(true);
    try {
      const file = await make();
      saveDownload(file.fileName, file.dataBase64, XLSX);
      setDone(`Saved ${file.fileName}.`);
    } catch (error) {
      setProblem((error as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="page">
      <p>
        <Link to="/returns">Back to Returns</Link>
      </p>
      <PageHeading>Trackers</PageHeading>
      <section className="card" aria-labelledby="weekly-tracker">
        <h2 id="weekly-tracker">Weekly activity tracker</h2>
        <p>Time and count of each kind of contact and of each event held, Monday to Sunday.</p>
        <DateField
          name="weekStarting"
          label="Week beginning"
          value={week}
          onChange={setWeek}
          onBlur={() => {}}
          error={problem && !isRealIsoDate(week) ? 'Enter the Monday as DD/MM/YYYY.' : undefined}
        />
        <Button
          variant="primary"
          disabled={busy}
          onClick={() =>
            isRealIsoDate(week)
              ? void save(() => call('returns.weeklyTracker', { weekStarting: week }))
              : setProblem('Enter the Monday as DD/MM/YYYY.')
          }
        >
          Export the week to Excel
        </Button>
      </section>
      <section className="card" aria-labelledby="caseload-tracker">
        <h2 id="caseload-tracker">Caseload tracker</h2>
        <p>
          One row per open case: referral date and source, needs, plan review, last contact, attendance and
          status. It holds names: keep it inside the school.
        </p>
        <Button
          variant="primary"
          disabled={busy}
          onClick={() => void save(() => call('returns.caseloadTracker', {}))}
        >
          Export the caseload to Excel
        </Button>
      </section>
      <p role="status" className="form-saved">
        {done}
      </p>
      {problem && isRealIsoDate(week) && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
