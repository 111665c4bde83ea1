import type { RouteObject } from 'react-router';
import { AuditPage } from './AuditPage';
import { SettingsPage } from './SettingsPage';

export const settingsRoutes: RouteObject[] = [
  { path: 'settings', element: <SettingsPage /> },
  { path: 'settings/audit', element: <AuditPage /> },
];
