import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { appRoute } from '../../routes/app';

export const kennzahlenRouten = [
  createRoute({
    getParentRoute: () => appRoute,
    path: '/kennzahlen',
    component: lazyRouteComponent(() => import('./KennzahlenPage'), 'KennzahlenPage'),
  }),
  createRoute({
    getParentRoute: () => appRoute,
    path: '/uebersicht',
    component: lazyRouteComponent(() => import('./UebersichtPage'), 'UebersichtPage'),
  }),
];
