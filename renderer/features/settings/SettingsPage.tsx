import { LoadProblem } from '../../ui/LoadProblem';
import { PageHeading } from '../../ui/PageHeading';
import { ChangePassphraseForm } from './ChangePassphraseForm';
import { useSettings } from './queries';
import { SettingsForm } from './SettingsForm';

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
          <ChangePassphraseForm personalWords={[settings.data.schoolName, settings.data.workerName]} />
        </>
      )}
    </div>
  );
}
