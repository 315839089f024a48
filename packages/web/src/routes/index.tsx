/**
 * The route tree. A new feature adds its routes here (one line in `appRoute.addChildren`) and, if it
 * has a page of its own, one entry in `../navigation.ts`.
 */
import { createRoute, createRouter, redirect } from '@tanstack/react-router';
import { queryClient } from '../api/queryClient';
import { auditRouten } from '../features/audit/routen';
import { faelleRouten } from '../features/faelle/routen';
import { NichtGefunden } from '../features/layout/NichtGefunden';
import { anmeldenRoute } from './anmelden';
import { appRoute } from './app';
import { wurzelRoute } from './wurzel';

const startRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/',
  beforeLoad: () => {
    throw redirect({ to: '/faelle' });
  },
});

const routeTree = wurzelRoute.addChildren([
  anmeldenRoute,
  appRoute.addChildren([startRoute, ...faelleRouten, ...auditRouten]),
]);

export const router = createRouter({
  routeTree,
  context: { queryClient },
  defaultNotFoundComponent: NichtGefunden,
  defaultPreload: 'intent',
  scrollRestoration: true,
});

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
