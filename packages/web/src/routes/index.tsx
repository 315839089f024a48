/**
 * The route tree. A new feature adds its routes here (one line in `appRoute.addChildren`) and, if it
 * has a page of its own, one entry in `../navigation.ts`.
 */
import { createRoute, createRouter, redirect } from '@tanstack/react-router';
import { queryClient } from '../api/queryClient';
import { abrechnungRouten } from '../features/abrechnung/routen';
import { auditRouten } from '../features/audit/routen';
import { aufbewahrungRouten } from '../features/aufbewahrung/routen';
import { bereitschaftRouten } from '../features/bereitschaft/routen';
import { beschwerdenRouten, oeffentlicheBeschwerdeRoute } from '../features/beschwerden/routen';
import { budgetRouten } from '../features/budget/routen';
import { controllingRouten } from '../features/controlling/routen';
import { fachcontrollingRouten } from '../features/fachcontrolling/routen';
import { faelleRouten } from '../features/faelle/routen';
import { fristenRouten } from '../features/fristen/routen';
import { jugendamtRouten } from '../features/jugendamt/routen';
import { kalkulationRouten } from '../features/kalkulation/routen';
import { kennzahlenRouten } from '../features/kennzahlen/routen';
import { kennzahlenTraegerRouten } from '../features/kennzahlen-traeger/routen';
import { kinderschutzRouten } from '../features/kinderschutz/routen';
import { kontenRouten, passwortFestlegenRoute } from '../features/konten/routen';
import { NichtGefunden } from '../features/layout/NichtGefunden';
import { WillkommenPage } from '../features/layout/WillkommenPage';
import { leistungenRouten } from '../features/leistungen/routen';
import { leistungsangebotRouten } from '../features/leistungsangebot/routen';
import { personalRouten } from '../features/personal/routen';
import { wjhRouten } from '../features/wjh/routen';
import { startseite } from '../navigation';
import { anmeldenRoute } from './anmelden';
import { appRoute } from './app';
import { wurzelRoute } from './wurzel';

const startRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/',
  beforeLoad: ({ context }) => {
    throw redirect({ to: startseite(context.sitzung) });
  },
});

const willkommenRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/willkommen',
  component: WillkommenPage,
});

const routeTree = wurzelRoute.addChildren([
  anmeldenRoute,
  passwortFestlegenRoute,
  oeffentlicheBeschwerdeRoute,
  appRoute.addChildren([
    startRoute,
    willkommenRoute,
    ...faelleRouten,
    ...auditRouten,
    ...kalkulationRouten,
    ...fristenRouten,
    ...leistungenRouten,
    ...abrechnungRouten,
    ...budgetRouten,
    ...controllingRouten,
    ...kinderschutzRouten,
    ...kennzahlenRouten,
    ...leistungsangebotRouten,
    ...kennzahlenTraegerRouten,
    ...kontenRouten,
    ...jugendamtRouten,
    ...beschwerdenRouten,
    ...personalRouten,
    ...bereitschaftRouten,
    ...fachcontrollingRouten,
    ...wjhRouten,
    ...aufbewahrungRouten,
  ]),
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
