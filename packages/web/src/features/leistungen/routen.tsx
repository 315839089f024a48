import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { appRoute } from '../../routes/app';

export const leistungenRouten = [
  createRoute({
    getParentRoute: () => appRoute,
    path: '/leistungen',
    component: lazyRouteComponent(() => import('./ErfassungPage'), 'ErfassungPage'),
  }),
];
