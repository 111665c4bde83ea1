import { useState, type FormEvent } from 'react';
import type { CopySummary, FoundCopy } from '../../../shared/vault';
import { ApiCallError, call } from '../../api/client';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { PageHeading } from '../../ui/PageHeading';
import { RadioGroupField } from '../../ui/RadioGroupField';
import { backupSize, backupWhen } from './backupWords';
import { PlaceField } from './PlaceField';
import { SecretField, useSecretEntry } from './SecretField';
import './vault.css';

interface RestoreCopyScreenProps {
  /** There is no vault on this laptop yet: the copy becomes it (a vault moving to a new laptop). */
  isNewLaptop: boolean;
  onRestored: () => void;
  onBack: () => void;
}

function plural(count: number, one: string, many: string): string {
  return `${count.toLocaleString('en-GB')} ${count === 1 ? one : many}`;
}

/**
 * A copy made with "Copy to a folder or USB stick", brought back: find the place, choose the copy, open it
 * with the passphrase it was made under, see what it holds, and only then replace anything.
 */
export function RestoreCopyScreen({ isNewLaptop, onRestored, onBack }: RestoreCopyScreenProps) {
  const entry = useSecretEntry(0);
  const [folder, setFolder] = useState('');
  const [folderError, setFolderError] = useState<string | undefined>();
  const [copies, setCopies] = useState<FoundCopy[] | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  const [fileError, setFileError] = useState<string | undefined>();
  const [summary, setSummary] = useState<CopySummary | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);

  const copy = copies?.find((one) => one.path === chosen) ?? copies?.[0];

  async function look(event: FormEvent) {
    event.preventDefault();
    if (!folder.trim()) return setFolderError('Choose a USB stick, or type the folder the copy is in.');
    setBusy(true);
    try {
      setCopies(await call('vault.findCopies', { folder }));
      setChosen(null);
      setSummary(null);
    } catch (failure) {
      setFolderError(
        failure instanceof ApiCallError ? (failure.error.fields?.folder ?? failure.message) : String(failure),
      );
    } finally {
      setBusy(false);
    }
  }

  /** Wrong secrets are said beside the field; a copy that cannot serve is said beside the list. */
  function refused(failure: unknown) {
    const problem = entry.failed(failure);
    if (problem?.fields?.file) setFileError(problem.fields.file);
    else if (problem) entry.say(problem.message);
  }

  /** First the copy is opened and described; only a second press (and a confirmation) restores it. */
  async function openOrRestore(event: FormEvent) {
    event.preventDefault();
    if (summary) return setConfirming(true);
    if (!copy || !entry.ready()) return;
    setBusy(true);
    try {
      setSummary(
        await call('vault.inspectCopy', { file: copy.path, method: entry.method, secret: entry.secret }),
      );
    } catch (failure) {
      refused(failure);
    } finally {
      setBusy(false);
    }
  }

  async function restore() {
    if (!copy) return;
    setConfirming(false);
    setBusy(true);
    try {
      await call('vault.restoreCopy', { file: copy.path, method: entry.method, secret: entry.secret });
      onRestored();
    } catch (failure) {
      setBusy(false);
      setSummary(null);
      refused(failure);
    }
  }

  return (
    <main className="gate">
      <div className="gate-card">
        <PageHeading>Restore from a copy elsewhere</PageHeading>
        <p>
          {isNewLaptop
            ? 'Bring your records onto this laptop from a copy made with “Copy to a folder or USB stick”.'
            : 'Linkbook goes back to the records in a copy made with “Copy to a folder or USB stick”. The records on this laptop now are kept as a backup, so you can go back to them.'}
        </p>
        <form onSubmit={look} noValidate className="form">
          <PlaceField
            legend="Where the copy is"
            value={folder}
            onChange={(value) => {
              setFolder(value);
              setFolderError(undefined);
            }}
            error={folderError}
          />
          <div className="form-actions">
            <Button type="submit" disabled={busy}>
              Look for copies
            </Button>
          </div>
        </form>

        {copies && copies.length === 0 && (
          <p className="notice" role="status">
            There are no Linkbook copies in that folder. A copy is in a folder called “Linkbook backups” on
            the USB stick.
          </p>
        )}
        {copy && (
          <form onSubmit={openOrRestore} noValidate className="form copy-choice">
            <RadioGroupField
              name="copy"
              legend="Which copy"
              hint="Newest first."
              options={(copies ?? []).map((one) => ({
                value: one.path,
                label: backupWhen(one),
                hint: backupSize(one),
              }))}
              value={copy.path}
              onChange={(value) => {
                setChosen(value);
                setSummary(null);
                setFileError(undefined);
              }}
              error={fileError}
            />
            <SecretField entry={entry} />
            {summary && (
              <dl className="copy-summary" aria-label="What the copy holds">
                <dt>School</dt>
                <dd>{summary.schoolName || 'Not named'}</dd>
                <dt>Copied on</dt>
                <dd>{backupWhen(copy)}</dd>
                <dt>Records</dt>
                <dd>
                  {plural(summary.families, 'family', 'families')},{' '}
                  {plural(summary.children, 'child', 'children')},{' '}
                  {plural(summary.contacts, 'contact', 'contacts')}
                </dd>
              </dl>
            )}
            <div className="form-actions">
              <Button type="submit" variant="primary" disabled={busy || entry.waiting}>
                {summary ? 'Restore this copy' : busy ? 'Opening the copy…' : 'Open this copy'}
              </Button>
              <Button variant="link" onClick={entry.switchMethod}>
                {entry.switchLabel}
              </Button>
            </div>
            <ConfirmDialog
              open={confirming}
              title={`Restore the copy from ${backupWhen(copy)}?`}
              description={
                isNewLaptop
                  ? 'Its records become Linkbook’s on this laptop, and its passphrase opens them.'
                  : 'The records on this laptop are replaced by the copy’s, and the copy’s passphrase opens them. The records as they are now are kept in the list of backups, so you can restore them again.'
              }
              confirmLabel="Restore copy"
              cancelLabel="Keep my records as they are"
              onCancel={() => setConfirming(false)}
              onConfirm={() => void restore()}
            />
          </form>
        )}
        <p className="gate-aside">
          <Button variant="link" onClick={onBack}>
            {isNewLaptop ? 'Back to setting up' : 'Back to unlocking'}
          </Button>
        </p>
      </div>
    </main>
  );
}
