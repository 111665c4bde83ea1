import { Link } from 'react-router';
import { LoadProblem } from '../../ui/LoadProblem';
import { PageHeading } from '../../ui/PageHeading';
import { BackupSettings } from './BackupSettings';
import { ChangePassphraseForm } from './ChangePassphraseForm';
import { useSettings } from './queries';
import { SchoolLogoSettings } from './SchoolLogoSettings';
import { SettingsForm } from './SettingsForm';
import './settings.css';

export function SettingsPage() {
  const settings = useSettings();
  return (
    <div className="page page--narrow">
      <PageHeading>Settings</PageHeading>
      {settings.isPending ? (
        <p>Loading the settings…</p>
      ) : settings.isError ? (
        <LoadProblem what="the settings" error={settings.error} onRetry={() => void settings.refetch()} />
      ) : (
        <>
          <SettingsForm settings={settings.data} />
          <SchoolLogoSettings />
          <ChangePassphraseForm personalWords={[settings.data.schoolName, settings.data.workerName]} />
          <BackupSettings />
          <section className="card" aria-labelledby="audit-heading">
            <h2 id="audit-heading">Audit trail</h2>
            <p>A record of every change made in this vault: what was done and when.</p>
            <Link to="/settings/audit">See the audit trail</Link>
          </section>
        </>
      )}
    </div>
  );
}
