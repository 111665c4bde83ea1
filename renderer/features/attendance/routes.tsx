import type { RouteObject } from 'react-router';
import { AttendanceImportPage } from './AttendanceImportPage';
import { AttendancePage } from './AttendancePage';

export const attendanceRoutes: RouteObject[] = [
  {
    path: 'attendance',
    children: [
      { index: true, element: <AttendancePage /> },
      { path: 'import', element: <AttendanceImportPage /> },
    ],
  },
];
