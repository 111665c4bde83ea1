import * as Dialog from '@radix-ui/react-dialog';
import { useEffect, useState } from 'react';
import { attachmentTypes, type AttachmentInfo } from '../../../../shared/casework';
import type { Family } from '../../../../shared/families';
import { Button } from '../../../ui/Button';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { LoadProblem } from '../../../ui/LoadProblem';
import { useToast } from '../../../ui/Toast';
import { dayOf } from '../../families/dates';
import { useContacts } from '../chronology/queries';
import { sizeInWords } from './attachForm';
import { AttachFileForm, contactLabel } from './AttachFileForm';
import { fetchFile, useAttachments, useDeleteAttachment } from './queries';

const extensions: Record<AttachmentInfo['mediaType'], string> = {
  'application/pdf': '.pdf',
  'image/jpeg': '.jpg',
  'image/png': '.png',
};

/** The name a saved copy gets: the worker's name for it, with the ending its type needs. */
function downloadName(attachment: AttachmentInfo): string {
  const ending = extensions[attachment.mediaType];
  const lower = attachment.fileName.toLowerCase();
  const hasEnding = lower.endsWith(ending) || (ending === '.jpg' && lower.endsWith('.jpeg'));
  return hasEnding ? attachment.fileName : `${attachment.fileName}${ending}`;
}

/**
 * Saves a copy through the browser's own download (Electron asks where), from a blob URL that is
 * let go straight after: the file never sits in a cache or a temporary folder of Linkbook's own.
 */
async function saveCopy(attachment: AttachmentInfo): Promise<void> {
  const { blob } = await fetchFile(attachment.id);
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = downloadName(attachment);
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** Letters, consent forms and photos kept with the family, in the vault. */
export function DocumentsTab({ family }: { family: Family }) {
  const toast = useToast();
  const attachments = useAttachments(family.id);
  const contacts = useContacts(family.id);
  const remove = useDeleteAttachment(family.id);
  const [deleting, setDeleting] = useState<AttachmentInfo | null>(null);
  const [previewing, setPreviewing] = useState<AttachmentInfo | null>(null);

  const linkedTo = (attachment: AttachmentInfo) => {
    if (!attachment.contactId) return 'The family';
    const contact = contacts.data?.find((each) => each.id === attachment.contactId);
    return contact ? `Contact: ${contactLabel(contact)}` : 'A contact that was deleted';
  };
  const save = (attachment: AttachmentInfo) =>
    saveCopy(attachment).catch((error: Error) =>
      toast({ text: `The file could not be saved. ${error.message}` }),
    );
  const confirmDelete = () => {
    if (!deleting) return;
    const { id, fileName } = deleting;
    setDeleting(null);
    remove.mutateAsync(id).then(
      () => toast({ text: `“${fileName}” deleted.` }),
      (error: Error) => toast({ text: `Nothing was deleted. ${error.message}` }),
    );
  };

  return (
    <>
      <section aria-labelledby="documents-list">
        <h2 id="documents-list">Documents</h2>
        {attachments.isPending ? (
          <p>Loading documents…</p>
        ) : attachments.isError ? (
          <LoadProblem
            what="the documents"
            error={attachments.error}
            onRetry={() => void attachments.refetch()}
          />
        ) : attachments.data.length === 0 ? (
          <p className="empty">No documents yet. Attach a letter, a consent form or a photo of one below.</p>
        ) : (
          <table className="table documents-table">
            <caption className="visually-hidden">Documents kept for this family, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Type</th>
                <th scope="col">Size</th>
                <th scope="col">Added</th>
                <th scope="col">Linked to</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {attachments.data.map((attachment) => (
                <tr key={attachment.id}>
                  <td className="document-name">{attachment.fileName}</td>
                  <td>{attachmentTypes[attachment.mediaType]}</td>
                  <td className="nowrap">{sizeInWords(attachment.size)}</td>
                  <td className="nowrap">{dayOf(attachment.createdAt)}</td>
                  <td>{linkedTo(attachment)}</td>
                  <td>
                    <div className="row-actions">
                      {attachment.mediaType !== 'application/pdf' && (
                        <Button onClick={() => setPreviewing(attachment)}>
                          Preview<span className="visually-hidden"> {attachment.fileName}</span>
                        </Button>
                      )}
                      <Button onClick={() => void save(attachment)}>
                        Save a copy<span className="visually-hidden"> of {attachment.fileName}</span>
                      </Button>
                      <Button onClick={() => setDeleting(attachment)}>
                        Delete<span className="visually-hidden"> {attachment.fileName}</span>
                      </Button>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <AttachFileForm familyId={family.id} contacts={contacts.data ?? []} />

      <ConfirmDialog
        open={deleting !== null}
        title={`Delete “${deleting?.fileName ?? ''}”?`}
        description="The file is removed from the vault for good."
        confirmLabel="Delete file"
        onConfirm={confirmDelete}
        onCancel={() => setDeleting(null)}
      />
      {previewing && (
        <ImagePreview attachment={previewing} onSave={save} onClose={() => setPreviewing(null)} />
      )}
    </>
  );
}

interface ImagePreviewProps {
  attachment: AttachmentInfo;
  onSave: (attachment: AttachmentInfo) => void;
  onClose: () => void;
}

/** A photo shown in a dialog, from a blob URL that is let go when the dialog closes. */
function ImagePreview({ attachment, onSave, onClose }: ImagePreviewProps) {
  const [image, setImage] = useState<{ url: string } | { error: string } | null>(null);
  useEffect(() => {
    let url: string | null = null;
    let current = true;
    fetchFile(attachment.id).then(
      ({ blob }) => {
        if (!current) return;
        url = URL.createObjectURL(blob);
        setImage({ url });
      },
      (error: Error) => current && setImage({ error: error.message }),
    );
    return () => {
      current = false;
      if (url) URL.revokeObjectURL(url);
    };
  }, [attachment.id]);

  return (
    <Dialog.Root open onOpenChange={(open) => !open && onClose()}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog dialog--wide" aria-describedby={undefined}>
          <Dialog.Title className="dialog-title">{attachment.fileName}</Dialog.Title>
          {image === null ? (
            <p>Loading the picture…</p>
          ) : 'error' in image ? (
            <p className="load-problem">The picture could not be shown. {image.error}</p>
          ) : (
            <img className="preview-image" src={image.url} alt={`The picture “${attachment.fileName}”`} />
          )}
          <div className="dialog-actions">
            <Button onClick={() => onSave(attachment)}>Save a copy</Button>
            <Dialog.Close asChild>
              <Button variant="primary">Close</Button>
            </Dialog.Close>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
