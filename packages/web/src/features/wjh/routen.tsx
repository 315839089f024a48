import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { appRoute } from '../../routes/app';

export const wjhRouten = [
  createRoute({
    getParentRoute: () => appRoute,
    path: '/eingangsrechnungen',
    component: lazyRouteComponent(() => import('./EingangsrechnungenPage'), 'EingangsrechnungenPage'),
  }),
];
