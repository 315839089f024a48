import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { appRoute } from '../../routes/app';

export const leistungsangebotRouten = [
  createRoute({
    getParentRoute: () => appRoute,
    path: '/angebot',
    component: lazyRouteComponent(() => import('./LeistungsangebotPage'), 'LeistungsangebotPage'),
  }),
];
