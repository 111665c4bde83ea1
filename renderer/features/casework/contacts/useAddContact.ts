import { createContext, useContext } from 'react';

export interface AddContact {
  /** Opens the Add contact dialog, with the family already chosen when `familyId` is given. */
  open: (familyId?: string) => void;
}

export const AddContactContext = createContext<AddContact | null>(null);

/** The one Add contact dialog, which any screen may open; AddContactProvider (in Layout) owns it. */
export function useAddContact(): AddContact {
  const addContact = useContext(AddContactContext);
  if (!addContact) throw new Error('useAddContact is used outside AddContactProvider.');
  return addContact;
}
