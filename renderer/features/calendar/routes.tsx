import type { RouteObject } from 'react-router';
import { CalendarPage } from './CalendarPage';
import { EngagementPage } from './EngagementPage';
import { TermPrintPage } from './TermPrintPage';
import { TermsPage } from './TermsPage';

export const calendarRoutes: RouteObject[] = [
  { path: 'calendar', element: <CalendarPage /> },
  { path: 'calendar/terms', element: <TermsPage /> },
  { path: 'calendar/engagement', element: <EngagementPage /> },
  { path: 'calendar/print', element: <TermPrintPage /> },
];
