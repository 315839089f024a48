/** The Hilfeplan of a Hilfe: shapes as /api/hilfen/:hilfeId/hilfeplan answers. */
import { queryOptions } from '@tanstack/react-query';
import { anfrage } from '../../api/client';

export type Bewertung = 'erreicht' | 'teilweise' | 'nicht-erreicht' | 'entfallen';

export interface Termin {
  id: string;
  art: 'hpg' | 'abschlussgespraech';
  datum: string;
  status: 'geplant' | 'gehalten' | 'abgesagt';
  teilnahme: {
    jungerMensch?: boolean;
    sorgeberechtigte?: boolean;
    traeger?: boolean;
    vorbereitung?: string | null;
  };
  version: number;
}

export interface Ziel {
  id: string;
  text: string;
  pruefungen: { terminId: string; datum: string; bewertung: Bewertung; bemerkung: string | null }[];
  teilziele?: Ziel[];
}

export interface Hilfeplan {
  hilfeId: string;
  termine: Termin[];
  ziele: Ziel[];
}

export const BEWERTUNG: Record<Bewertung, string> = {
  erreicht: 'erreicht',
  teilweise: 'teilweise erreicht',
  'nicht-erreicht': 'nicht erreicht',
  entfallen: 'entfallen',
};

export const hilfeplanAbfrage = (hilfeId: string) =>
  queryOptions({
    queryKey: ['hilfeplan', hilfeId],
    queryFn: async () => (await anfrage<Hilfeplan>(`/api/hilfen/${hilfeId}/hilfeplan`)).daten,
  });

export const setzeTermin = async (hilfeId: string, datum: string) =>
  (await anfrage<Hilfeplan>(`/api/hilfen/${hilfeId}/hilfeplan/termine`, { methode: 'POST', body: { datum } }))
    .daten;
export const aendereTermin = async (id: string, body: Record<string, unknown>) =>
  (await anfrage<Hilfeplan>(`/api/hilfeplan/termine/${id}`, { methode: 'PATCH', body })).daten;
export const legeZielAn = async (hilfeId: string, text: string, oberzielId: string | null) =>
  (
    await anfrage<Hilfeplan>(`/api/hilfen/${hilfeId}/hilfeplan/ziele`, {
      methode: 'POST',
      body: { text, oberzielId },
    })
  ).daten;
