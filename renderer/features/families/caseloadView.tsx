import { createContext, useContext, useState, type Dispatch, type SetStateAction } from 'react';
import { Outlet } from 'react-router';

export interface CaseloadView {
  /** As typed into "Find a family"; the query waits for typing to pause. */
  search: string;
  status: 'active' | 'archived' | 'all';
  sortBy: 'familyName' | 'updatedAt';
  sortDirection: 'asc' | 'desc';
  page: number;
}

const startView: CaseloadView = {
  search: '',
  status: 'active',
  sortBy: 'familyName',
  sortDirection: 'asc',
  page: 0,
};

const CaseloadViewContext = createContext<[CaseloadView, Dispatch<SetStateAction<CaseloadView>>] | null>(
  null,
);

/**
 * Keeps the caseload's search, filter, sort and page while the worker opens a family and comes back. In
 * memory only, not in the URL: a search is often a family's name, and browser history is kept on disk.
 */
export function CaseloadViewProvider() {
  const view = useState(startView);
  return (
    <CaseloadViewContext.Provider value={view}>
      <Outlet />
    </CaseloadViewContext.Provider>
  );
}

export function useCaseloadView() {
  const view = useContext(CaseloadViewContext);
  if (!view) throw new Error('useCaseloadView is used outside CaseloadViewProvider.');
  return view;
}
