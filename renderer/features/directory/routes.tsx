import type { RouteObject } from 'react-router';
import { DirectoryPage } from './DirectoryPage';
import { ImportPage } from './ImportPage';
import { LeafletChooser, LeafletPrintPage } from './LeafletPage';
import { ServicePage } from './ServicePage';

export const directoryRoutes: RouteObject[] = [
  {
    path: 'directory',
    children: [
      { index: true, element: <DirectoryPage /> },
      { path: 'import', element: <ImportPage /> },
      { path: 'leaflet', element: <LeafletChooser /> },
      { path: 'leaflet/print', element: <LeafletPrintPage /> },
      { path: ':serviceId', element: <ServicePage /> },
    ],
  },
];
