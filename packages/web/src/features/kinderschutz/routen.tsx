import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { appRoute } from '../../routes/app';

export const kinderschutzRouten = [
  createRoute({
    getParentRoute: () => appRoute,
    path: '/kinderschutz',
    component: lazyRouteComponent(() => import('./UebersichtPage'), 'UebersichtPage'),
  }),
  createRoute({
    getParentRoute: () => appRoute,
    path: '/kinderschutz/$verfahrenId',
    component: lazyRouteComponent(() => import('./VerfahrenPage'), 'VerfahrenPage'),
  }),
  createRoute({
    getParentRoute: () => appRoute,
    path: '/kinderschutz/beratung',
    component: lazyRouteComponent(() => import('./BeratungPage'), 'BeratungPage'),
  }),
  createRoute({
    getParentRoute: () => appRoute,
    path: '/kinderschutz/beratung/$verfahrenId',
    component: lazyRouteComponent(() => import('./VignettePage'), 'VignettePage'),
  }),
];
