import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { appRoute } from '../../routes/app';

export const controllingRouten = [
  createRoute({
    getParentRoute: () => appRoute,
    path: '/stundencontrolling',
    component: lazyRouteComponent(() => import('./StundenControllingPage'), 'StundenControllingPage'),
  }),
];
