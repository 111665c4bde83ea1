import * as Dialog from '@radix-ui/react-dialog';
import { useState, type ReactNode } from 'react';
import { Button } from './Button';
import { ConfirmDialog } from './ConfirmDialog';
import { SaveButton } from './SaveButton';
import './formDialog.css';

interface FormDialogProps {
  title: string;
  /** A sentence under the title: what this form does, or what it cannot undo. */
  description?: ReactNode;
  /** The form has changes; closing (Esc, Cancel, a click outside) asks first. */
  dirty: boolean;
  onClose: () => void;
  /** For a long form (a whole wellbeing web): wider, and scrolling inside. */
  wide?: boolean;
  /** The form; it gets `requestClose` for its Cancel button. */
  children: (requestClose: () => void) => ReactNode;
}

/**
 * A small form over the family page (a decision, a status change, an addendum). It is mounted only while
 * open, so each opening starts clean; closing with unsaved changes asks before anything is lost.
 */
export function FormDialog({ title, description, dirty, wide = false, onClose, children }: FormDialogProps) {
  const [confirming, setConfirming] = useState(false);
  const requestClose = () => (dirty ? setConfirming(true) : onClose());
  return (
    <Dialog.Root open onOpenChange={(open) => !open && requestClose()}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content
          className={wide ? 'dialog dialog--form dialog--wide' : 'dialog dialog--form'}
          {...(description ? {} : { 'aria-describedby': undefined })}
        >
          <Dialog.Title className="dialog-title">{title}</Dialog.Title>
          {description && (
            <Dialog.Description className="dialog-description">{description}</Dialog.Description>
          )}
          {children(requestClose)}
        </Dialog.Content>
      </Dialog.Portal>
      <ConfirmDialog
        open={confirming}
        title="Close without saving?"
        description="What you typed in this form will be lost."
        confirmLabel="Close without saving"
        cancelLabel="Keep editing"
        onConfirm={onClose}
        onCancel={() => setConfirming(false)}
      />
    </Dialog.Root>
  );
}

interface DialogFormActionsProps {
  saveLabel: string;
  saving: boolean;
  onCancel: () => void;
}

/** Cancel and the one primary action at the foot of a dialog's form; Ctrl+S does the same as the button. */
export function DialogFormActions({ saveLabel, saving, onCancel }: DialogFormActionsProps) {
  return (
    <div className="dialog-actions">
      <Button onClick={onCancel}>Cancel</Button>
      <SaveButton label={saveLabel} saving={saving} />
    </div>
  );
}
