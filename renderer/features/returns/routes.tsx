import type { RouteObject } from 'react-router';
import { CaseStudiesPage } from './CaseStudiesPage';
import { CombinePage } from './CombinePage';
import { ImpactReportPage } from './ImpactReportPage';
import { ReturnsPage } from './ReturnsPage';
import { TemplatesPage } from './TemplatesPage';
import { TrackersPage } from './TrackersPage';

export const returnsRoutes: RouteObject[] = [
  { path: 'returns', element: <ReturnsPage /> },
  { path: 'returns/templates', element: <TemplatesPage /> },
  { path: 'returns/combine', element: <CombinePage /> },
  { path: 'returns/case-studies', element: <CaseStudiesPage /> },
  { path: 'returns/trackers', element: <TrackersPage /> },
  { path: 'returns/impact', element: <ImpactReportPage /> },
];
