/** The Hilfeplan of a Hilfe: shapes as /api/hilfen/:hilfeId/hilfeplan answers. */
import type { Hilfeplan, ZIEL_BEWERTUNGEN } from '@hilfewerk/api';
import { queryOptions } from '@tanstack/react-query';
import { anfrage } from '../../api/client';

export type { Hilfeplan, HilfeplanZiel as Ziel, HpgTermin as Termin } from '@hilfewerk/api';
export type Bewertung = (typeof ZIEL_BEWERTUNGEN)[number];

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
export const aendereZiel = async (id: string, text: string) =>
  (await anfrage<Hilfeplan>(`/api/hilfeplan/ziele/${id}`, { methode: 'PATCH', body: { text } })).daten;
export const loescheZiel = async (id: string) =>
  (await anfrage<Hilfeplan>(`/api/hilfeplan/ziele/${id}`, { methode: 'DELETE' })).daten;
