import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { appRoute } from '../../routes/app';

export const budgetRouten = [
  createRoute({
    getParentRoute: () => appRoute,
    path: '/budget',
    // Loaded on first visit: the chart library is large.
    component: lazyRouteComponent(() => import('./BudgetPage'), 'BudgetPage'),
  }),
];
