import type { RouteObject } from 'react-router';
import { TodayPage } from './TodayPage';

export const todayRoutes: RouteObject[] = [{ path: 'today', element: <TodayPage /> }];
