import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { appRoute } from '../../routes/app';

export const abrechnungRouten = [
  createRoute({
    getParentRoute: () => appRoute,
    path: '/abrechnung',
    component: lazyRouteComponent(() => import('./AbrechnungPage'), 'AbrechnungPage'),
  }),
  createRoute({
    getParentRoute: () => appRoute,
    path: '/abrechnung/rechnungsangaben',
    component: lazyRouteComponent(() => import('./RechnungsangabenPage'), 'RechnungsangabenPage'),
  }),
];
