import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { appRoute } from '../../routes/app';

export const aufbewahrungRouten = [
  createRoute({
    getParentRoute: () => appRoute,
    path: '/aufbewahrung',
    component: lazyRouteComponent(() => import('./AufbewahrungPage'), 'AufbewahrungPage'),
  }),
];
