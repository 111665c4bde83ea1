import type { RouteObject } from 'react-router';
import { WellbeingChangesPage } from './WellbeingChangesPage';

export const wellbeingRoutes: RouteObject[] = [{ path: 'wellbeing', element: <WellbeingChangesPage /> }];
