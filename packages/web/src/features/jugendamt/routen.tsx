import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { appRoute } from '../../routes/app';

export const jugendamtRouten = [
  createRoute({
    getParentRoute: () => appRoute,
    path: '/anfragen',
    component: lazyRouteComponent(() => import('./AnfragenPage'), 'AnfragenPage'),
  }),
  createRoute({
    getParentRoute: () => appRoute,
    path: '/posteingang',
    component: lazyRouteComponent(() => import('./PosteingangPage'), 'PosteingangPage'),
  }),
  createRoute({
    getParentRoute: () => appRoute,
    path: '/gewaehrte-hilfen',
    component: lazyRouteComponent(() => import('./GewaehrteHilfenPage'), 'GewaehrteHilfenPage'),
  }),
  createRoute({
    getParentRoute: () => appRoute,
    path: '/gewaehrte-hilfen/$hilfeId',
    component: lazyRouteComponent(() => import('./GewaehrteHilfePage'), 'GewaehrteHilfePage'),
  }),
];
