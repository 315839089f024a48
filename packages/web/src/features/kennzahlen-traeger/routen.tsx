import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { appRoute } from '../../routes/app';

export const kennzahlenTraegerRouten = [
  createRoute({
    getParentRoute: () => appRoute,
    path: '/traeger-kennzahlen',
    component: lazyRouteComponent(() => import('./KennzahlenTraegerPage'), 'KennzahlenTraegerPage'),
  }),
];
