import { useState } from 'react';
import { Button } from '../../ui/Button';
import { LoadProblem } from '../../ui/LoadProblem';
import { useToast } from '../../ui/Toast';
import { backupSize, backupWhen, backupWhy } from '../vault/backupWords';
import { CopyToDialog } from '../vault/CopyToDialog';
import { useBackupNow, useBackups } from '../vault/queries';

const SHOWN = 5;

/** Backups are taken for the worker; this shows they are there and takes one before a big change. */
export function BackupSettings() {
  const toast = useToast();
  const backups = useBackups();
  const backupNow = useBackupNow();
  const [copying, setCopying] = useState(false);

  const takeBackup = () =>
    backupNow.mutateAsync().then(
      (backup) => toast({ text: `Backed up at ${backupWhen(backup)}.` }),
      (error: Error) => toast({ text: `The backup was not made. ${error.message}` }),
    );

  return (
    <section className="card" aria-labelledby="backups-heading">
      <h2 id="backups-heading">Backups</h2>
      <p>
        Linkbook keeps encrypted copies of your records on this laptop: one each day you unlock it, and one
        before each update. Back up now before a big change, such as importing a spreadsheet. A copy on a USB
        stick kept away from the laptop survives the laptop itself being lost.
      </p>
      <div className="form-actions">
        <Button onClick={() => void takeBackup()} disabled={backupNow.isPending}>
          {backupNow.isPending ? 'Backing up…' : 'Back up now'}
        </Button>
        <Button onClick={() => setCopying(true)}>Copy to a folder or USB stick</Button>
      </div>
      {copying && <CopyToDialog onClose={() => setCopying(false)} />}
      {backups.isError ? (
        <LoadProblem what="the backups" error={backups.error} onRetry={() => void backups.refetch()} />
      ) : backups.data?.length ? (
        <table className="table backup-list">
          <caption>
            {backups.data.length > SHOWN
              ? `The newest ${SHOWN} of ${backups.data.length} backups`
              : backups.data.length === 1
                ? 'The backup'
                : `The ${backups.data.length} backups`}
          </caption>
          <thead>
            <tr>
              <th scope="col">Taken</th>
              <th scope="col">Why</th>
              <th scope="col">Size</th>
            </tr>
          </thead>
          <tbody>
            {backups.data.slice(0, SHOWN).map((backup) => (
              <tr key={backup.file}>
                <td>{backupWhen(backup)}</td>
                <td>{backupWhy(backup)}</td>
                <td>{backupSize(backup)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : backups.data ? (
        <p>No backups yet.</p>
      ) : null}
      <p>
        To go back to a backup, lock Linkbook and choose <strong>Restore from a backup</strong> below the
        passphrase; for a copy on a USB stick, <strong>Restore from a copy elsewhere</strong>.
      </p>
    </section>
  );
}
