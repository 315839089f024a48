import type { FallStatus } from '@hilfewerk/api';
import { createRoute } from '@tanstack/react-router';
import { appRoute } from '../../routes/app';
import { FallaktePage } from './akte/FallaktePage';
import { FallAnlegenPage } from './formular/FallAnlegenPage';
import { FallBearbeitenPage } from './formular/FallBearbeitenPage';
import { HilfePage } from './hilfe/HilfePage';
import { FalllistePage } from './liste/FalllistePage';
import { PersonPage } from './person/PersonPage';

export interface FallSuche {
  suche?: string;
  leistung?: string;
  jugendamt?: string;
  status?: FallStatus;
  seite?: number;
}

const text = (wert: unknown) => (typeof wert === 'string' && wert !== '' ? wert : undefined);

export const faelleRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/faelle',
  validateSearch: (suche: Record<string, unknown>): FallSuche => {
    const seite = Number(suche.seite);
    return {
      suche: text(suche.suche),
      leistung: text(suche.leistung),
      jugendamt: text(suche.jugendamt),
      status: suche.status === 'aktiv' || suche.status === 'beendet' ? suche.status : undefined,
      seite: Number.isInteger(seite) && seite > 1 ? seite : undefined,
    };
  },
  component: FalllistePage,
});

const fallNeuRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/faelle/neu',
  component: FallAnlegenPage,
});

const fallRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/faelle/$fallId',
  component: FallaktePage,
});

const fallBearbeitenRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/faelle/$fallId/bearbeiten',
  component: FallBearbeitenPage,
});

const hilfeNeuRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/faelle/$fallId/hilfen/neu',
  component: HilfePage,
});

const hilfeBearbeitenRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/faelle/$fallId/hilfen/$hilfeId',
  component: HilfePage,
});

const personNeuRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/faelle/$fallId/personen/neu',
  component: PersonPage,
});

const personBearbeitenRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/faelle/$fallId/personen/$personId',
  component: PersonPage,
});

export const faelleRouten = [
  faelleRoute,
  fallNeuRoute,
  fallRoute,
  fallBearbeitenRoute,
  hilfeNeuRoute,
  hilfeBearbeitenRoute,
  personNeuRoute,
  personBearbeitenRoute,
];
