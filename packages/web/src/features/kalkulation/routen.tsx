import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { appRoute } from '../../routes/app';

export const kalkulationRouten = [
  createRoute({
    getParentRoute: () => appRoute,
    path: '/kalkulation',
    // Loaded on first visit: the chart library is large and only this page needs it.
    component: lazyRouteComponent(() => import('./KalkulationPage'), 'KalkulationPage'),
  }),
];
