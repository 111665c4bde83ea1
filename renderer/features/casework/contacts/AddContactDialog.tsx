import { useState } from 'react';
import { blankContact, ContactDialog } from './ContactDialog';

interface AddContactDialogProps {
  /** The family to start with, or "" to choose one. */
  familyId: string;
  onClose: () => void;
}

export function AddContactDialog({ familyId, onClose }: AddContactDialogProps) {
  // The time is "now" as the dialog opens, and stays so while the worker types.
  const [initial] = useState(() => blankContact(familyId));
  return <ContactDialog title="Add a contact" initial={initial} onClose={onClose} />;
}
