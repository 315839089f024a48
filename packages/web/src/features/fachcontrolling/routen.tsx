import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { appRoute } from '../../routes/app';

export const fachcontrollingRouten = [
  createRoute({
    getParentRoute: () => appRoute,
    path: '/traegerbudgets',
    component: lazyRouteComponent(() => import('./TraegerbudgetsPage'), 'TraegerbudgetsPage'),
  }),
  createRoute({
    getParentRoute: () => appRoute,
    path: '/traegerbudgets/$budgetId',
    // Loaded on first visit: the chart library is large.
    component: lazyRouteComponent(() => import('./TraegerbudgetPage'), 'TraegerbudgetPage'),
  }),
];
