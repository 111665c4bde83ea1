import type { RouteObject } from 'react-router';
import { NewReferralPage } from './NewReferralPage';

/** Routes outside any one family. The family's own casework routes are in families/routes.tsx. */
export const referralRoutes: RouteObject[] = [{ path: 'referrals/new', element: <NewReferralPage /> }];
