import { useState, type FormEvent } from 'react';
import { call } from '../../api/client';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { LoadProblem } from '../../ui/LoadProblem';
import { PageHeading } from '../../ui/PageHeading';
import { RadioGroupField } from '../../ui/RadioGroupField';
import { backupSize, backupWhen, backupWhy } from './backupWords';
import { useBackups } from './queries';
import { SecretField, useSecretEntry } from './SecretField';
import './vault.css';

interface RestoreScreenProps {
  onRestored: () => void;
  onBack: () => void;
}

/**
 * Reached from the lock screen, so it works when the records will not open at all. The backups are only
 * listed by date here; nothing in them is read until the worker's secret has unwrapped the key.
 */
export function RestoreScreen({ onRestored, onBack }: RestoreScreenProps) {
  const backups = useBackups();
  const entry = useSecretEntry(0);
  const [chosen, setChosen] = useState<string | null>(null);
  const [fileError, setFileError] = useState<string | undefined>();
  const [confirming, setConfirming] = useState(false);
  const [restoring, setRestoring] = useState(false);

  // The newest backup Linkbook took itself: a set of replaced records is only wanted to undo a restore.
  const file =
    chosen ?? backups.data?.find((one) => one.reason !== 'before-restore')?.file ?? backups.data?.[0]?.file;
  const backup = backups.data?.find((one) => one.file === file);

  const ask = (event: FormEvent) => {
    event.preventDefault();
    if (entry.ready()) setConfirming(true);
  };

  async function restore() {
    if (!backup) return;
    setConfirming(false);
    setRestoring(true);
    try {
      await call('vault.restore', { file: backup.file, method: entry.method, secret: entry.secret });
      onRestored();
    } catch (failure) {
      setRestoring(false);
      const problem = entry.failed(failure);
      if (problem?.fields?.file) {
        setFileError(problem.fields.file);
        void backups.refetch();
      } else if (problem) entry.say(problem.message);
    }
  }

  return (
    <main className="gate">
      <div className="gate-card">
        <PageHeading>Restore from a backup</PageHeading>
        <p>
          Linkbook goes back to the records as they were when the backup was taken. Anything recorded after
          that will not be in Linkbook. The records as they are now are kept as a backup, so you can go back
          to them.
        </p>
        {backups.isPending ? (
          <p>Looking for backups…</p>
        ) : backups.isError ? (
          <LoadProblem what="the backups" error={backups.error} onRetry={() => void backups.refetch()} />
        ) : backups.data.length === 0 || !backup ? (
          <p className="notice">
            There are no backups yet. Linkbook makes one each day you unlock it, and you can make one at any
            time under Settings.
          </p>
        ) : (
          <form onSubmit={ask} noValidate className="form">
            <RadioGroupField
              name="file"
              legend="Which backup"
              hint="Newest first, on this laptop’s clock."
              options={backups.data.map((one) => ({
                value: one.file,
                label: `${backupWhen(one)}: ${backupWhy(one)}`,
                hint: backupSize(one),
              }))}
              value={backup.file}
              onChange={(value) => {
                setChosen(value);
                setFileError(undefined);
              }}
              error={fileError}
            />
            <SecretField entry={entry} />
            <div className="form-actions">
              <Button type="submit" variant="primary" disabled={restoring || entry.waiting}>
                {restoring ? 'Restoring…' : 'Restore this backup'}
              </Button>
              <Button variant="link" onClick={entry.switchMethod}>
                {entry.switchLabel}
              </Button>
            </div>
            <ConfirmDialog
              open={confirming}
              title={`Restore the backup from ${backupWhen(backup)}?`}
              description="Anything recorded after that time will not be in Linkbook. The records as they are now are kept in the list of backups, so you can restore them again."
              confirmLabel="Restore backup"
              cancelLabel="Keep my records as they are"
              onCancel={() => setConfirming(false)}
              onConfirm={() => void restore()}
            />
          </form>
        )}
        <p className="gate-aside">
          <Button variant="link" onClick={onBack}>
            Back to unlocking
          </Button>
        </p>
      </div>
    </main>
  );
}
