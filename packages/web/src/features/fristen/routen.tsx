import { createRoute } from '@tanstack/react-router';
import { appRoute } from '../../routes/app';
import { EinstellungenPage } from './EinstellungenPage';
import { KalenderPage } from './KalenderPage';
import { MeineFristenPage } from './MeineFristenPage';
import { leseMonat } from './monat';
import { TeamFristenPage } from './TeamFristenPage';

export const fristenRouten = [
  createRoute({ getParentRoute: () => appRoute, path: '/meine-fristen', component: MeineFristenPage }),
  createRoute({ getParentRoute: () => appRoute, path: '/team-fristen', component: TeamFristenPage }),
  createRoute({
    getParentRoute: () => appRoute,
    path: '/fristenkalender',
    validateSearch: (suche: Record<string, unknown>): { monat?: string } => ({
      monat: leseMonat(suche.monat),
    }),
    component: KalenderPage,
  }),
  createRoute({
    getParentRoute: () => appRoute,
    path: '/einstellungen/fristen',
    component: EinstellungenPage,
  }),
];
