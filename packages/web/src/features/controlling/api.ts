/** Requests of the hour controlling; shapes as /api/controlling/stunden answers them. */
import { queryOptions } from '@tanstack/react-query';
import { anfrage } from '../../api/client';

export type Status = 'ueber' | 'unter' | 'im-plan' | 'ohne-plan';

export interface HilfeZeile {
  hilfeId: string;
  fallId: string;
  aktenzeichen: string;
  leistung: string;
  variante: string | null;
  stundenProMonat: number | null;
  planMonat: number;
  istMonat: number;
  planJahr: number;
  istJahr: number;
  statusMonat: Status;
  statusJahr: Status;
}

export interface PersonZeile {
  benutzerId: string;
  name: string;
  rolle: string;
  planMonat: number;
  istMonat: number;
  sonstigeMonat: number;
  planJahr: number;
  istJahr: number;
  sonstigeJahr: number;
  statusMonat: Status;
  statusJahr: Status;
}

export interface Stundencontrolling {
  jahr: number;
  monat: number;
  toleranz: number;
  hilfen: HilfeZeile[];
  mitarbeitende: PersonZeile[];
}

export const stundenAbfrage = (jahr: number, monat: number) =>
  queryOptions({
    queryKey: ['controlling', 'stunden', jahr, monat],
    queryFn: async () =>
      (await anfrage<Stundencontrolling>('/api/controlling/stunden', { abfrage: { jahr, monat } })).daten,
    placeholderData: (vorher) => vorher,
  });
