import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import type { FoundCopy } from '../../../shared/vault';
import { ApiCallError, call } from '../../api/client';
import { Button } from '../../ui/Button';
import { DialogFormActions, FormDialog } from '../../ui/FormDialog';
import { backupSize } from './backupWords';
import { CopyProgressBar } from './CopyProgressBar';
import { PlaceField } from './PlaceField';
import { useCopyProgress } from './queries';

/**
 * A copy of the whole vault (records and key file) to a place the worker chooses: the backup that survives
 * the laptop, and the way a vault moves to a new one.
 */
export function CopyToDialog({ onClose }: { onClose: () => void }) {
  const [folder, setFolder] = useState('');
  const [error, setError] = useState<string | undefined>();
  const copy = useMutation({
    mutationFn: (chosen: string) => call('vault.copyTo', { folder: chosen }),
    onError: (failure: Error) =>
      setError(
        failure instanceof ApiCallError ? (failure.error.fields?.folder ?? failure.message) : failure.message,
      ),
  });
  const progress = useCopyProgress(copy.isPending);
  const made: FoundCopy | undefined = copy.data;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!folder.trim()) setError('Choose a USB stick, or type the folder to copy to.');
    else copy.mutate(folder);
  };

  return (
    <FormDialog
      title="Copy to a folder or USB stick"
      description="The copy is encrypted like your records: it opens only with your passphrase or recovery key."
      dirty={false}
      onClose={onClose}
    >
      {(requestClose) =>
        made ? (
          <div className="copy-made">
            <p role="status">
              A checked copy of your records ({backupSize(made)}) is in “{made.path}”.
            </p>
            <p>
              Keep the USB stick locked away from the laptop. To bring the records back, or onto a new laptop,
              choose <strong>Restore from a copy elsewhere</strong> on the unlock screen.
            </p>
            <div className="dialog-actions">
              <Button variant="primary" onClick={onClose}>
                Done
              </Button>
            </div>
          </div>
        ) : (
          <form onSubmit={submit} noValidate className="form">
            <PlaceField
              legend="Where to put the copy"
              value={folder}
              onChange={(chosen) => {
                setFolder(chosen);
                setError(undefined);
              }}
              error={error}
            />
            {copy.isPending && <CopyProgressBar progress={progress.data} />}
            <DialogFormActions saveLabel="Make the copy" saving={copy.isPending} onCancel={requestClose} />
          </form>
        )
      }
    </FormDialog>
  );
}
