import { Navigate, type RouteObject } from 'react-router';
import { CaseloadPage } from './CaseloadPage';
import { CaseloadViewProvider } from './caseloadView';
import { EditFamilyPage } from './EditFamilyPage';
import { FamilyPage } from './FamilyPage';
import { NewFamilyPage } from './NewFamilyPage';

export const familyRoutes: RouteObject[] = [
  {
    path: 'families',
    element: <CaseloadViewProvider />,
    children: [
      { index: true, element: <CaseloadPage /> },
      { path: 'new', element: <NewFamilyPage /> },
      { path: ':familyId', element: <Navigate to="overview" replace /> },
      { path: ':familyId/edit', element: <EditFamilyPage /> },
      { path: ':familyId/:tab', element: <FamilyPage /> },
    ],
  },
];
