import { useMemo, useState, type ReactNode } from 'react';
import { AddContactDialog } from './AddContactDialog';
import { AddContactContext, type AddContact } from './useAddContact';

interface Opened {
  familyId: string;
  /** A fresh form each time the dialog opens: nothing from the last contact is carried over. */
  key: number;
}

export function AddContactProvider({ children }: { children: ReactNode }) {
  const [opened, setOpened] = useState<Opened | null>(null);
  const addContact = useMemo<AddContact>(
    () => ({
      open: (familyId) => setOpened((now) => now ?? { familyId: familyId ?? '', key: Date.now() }),
    }),
    [],
  );
  return (
    <AddContactContext.Provider value={addContact}>
      {children}
      {opened && (
        <AddContactDialog key={opened.key} familyId={opened.familyId} onClose={() => setOpened(null)} />
      )}
    </AddContactContext.Provider>
  );
}
