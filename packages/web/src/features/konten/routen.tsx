import { createRoute, lazyRouteComponent, redirect } from '@tanstack/react-router';
import { sitzungAbfrage } from '../../api/abfragen';
import { appRoute } from '../../routes/app';
import { wurzelRoute } from '../../routes/wurzel';
import { PasswortFestlegenPage } from './PasswortFestlegenPage';

export const PASSWORT_FESTLEGEN = '/passwort-festlegen';

export const kontenRouten = [
  createRoute({
    getParentRoute: () => appRoute,
    path: '/benutzerkonten',
    component: lazyRouteComponent(() => import('./BenutzerverwaltungPage'), 'BenutzerverwaltungPage'),
  }),
  createRoute({
    getParentRoute: () => appRoute,
    path: '/konto',
    component: lazyRouteComponent(() => import('./KontoPage'), 'KontoPage'),
  }),
];

/** Outside the app shell: with a one-time password nothing else of the app can load. */
export const passwortFestlegenRoute = createRoute({
  getParentRoute: () => wurzelRoute,
  path: PASSWORT_FESTLEGEN,
  beforeLoad: async ({ context }) => {
    const sitzung = await context.queryClient.ensureQueryData(sitzungAbfrage);
    if (!sitzung) throw redirect({ to: '/anmelden', search: {} });
    if (!sitzung.passwortAendern) throw redirect({ to: '/' });
  },
  component: PasswortFestlegenPage,
});
