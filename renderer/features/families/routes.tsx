import { Navigate, type RouteObject } from 'react-router';
import { CaseloadPage } from './CaseloadPage';
import { CaseloadViewProvider } from './caseloadView';
import { EditFamilyPage } from './EditFamilyPage';
import { FamilyPage } from './FamilyPage';
import { NewFamilyPage } from './NewFamilyPage';
import { ChronologyPrintPage } from '../casework/chronology/ChronologyPrintPage';
import { ConcernPage } from '../casework/concerns/ConcernPage';
import { NewConcernPage } from '../casework/concerns/NewConcernPage';
import { NewReferralPage } from '../casework/referrals/NewReferralPage';
import { referralRoutes } from '../casework/referrals/routes';

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
      { path: ':familyId/referrals/new', element: <NewReferralPage /> },
      { path: ':familyId/concerns/new', element: <NewConcernPage /> },
      { path: ':familyId/concerns/:concernId', element: <ConcernPage /> },
      { path: ':familyId/chronology/print', element: <ChronologyPrintPage /> },
    ],
  },
  // /referrals/new: a referral for any family, or for one not yet in Linkbook.
  ...referralRoutes,
];
