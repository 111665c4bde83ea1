import { createBrowserRouter, Navigate } from 'react-router';
import { attendanceRoutes } from '../features/attendance/routes';
import { calendarRoutes } from '../features/calendar/routes';
import { todayRoutes } from '../features/casework/today/routes';
import { directoryRoutes } from '../features/directory/routes';
import { familyRoutes } from '../features/families/routes';
import { planRoutes } from '../features/plans/routes';
import { returnsRoutes } from '../features/returns/routes';
import { settingsRoutes } from '../features/settings/routes';
import { wellbeingRoutes } from '../features/wellbeing/routes';
import { Layout } from './Layout';
import { RouteError } from './RouteError';

let router: ReturnType<typeof createBrowserRouter> | undefined;

/**
 * Made at the first unlock, not on import: by then the api client has taken browser mode's token out of
 * the address bar, so the router starts from the clean URL. It is kept across locks, so unlocking again
 * returns the worker to the screen they were on (its data is fetched afresh).
 */
export function appRouter() {
  router ??= createBrowserRouter([
    {
      path: '/',
      element: <Layout />,
      children: [
        {
          // Inside the layout, so the navigation and the Lock button stay when a screen fails.
          errorElement: <RouteError />,
          children: [
            { index: true, element: <Navigate to="/today" replace /> },
            ...todayRoutes,
            ...familyRoutes,
            ...calendarRoutes,
            ...directoryRoutes,
            ...attendanceRoutes,
            ...returnsRoutes,
            ...settingsRoutes,
            ...wellbeingRoutes,
            ...planRoutes,
            { path: '*', element: <Navigate to="/today" replace /> },
          ],
        },
      ],
    },
  ]);
  return router;
}
