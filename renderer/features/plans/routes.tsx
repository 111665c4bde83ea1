import type { RouteObject } from 'react-router';
import { PlanPage } from './PlanPage';
import { PlanPrintPage } from './PlanPrintPage';
import { ReviewPlanPage } from './ReviewPlanPage';

export const planRoutes: RouteObject[] = [
  { path: 'families/:familyId/plans/:planId', element: <PlanPage /> },
  { path: 'families/:familyId/plans/:planId/review', element: <ReviewPlanPage /> },
  { path: 'families/:familyId/plans/:planId/print', element: <PlanPrintPage /> },
];
