/** Requests of the § 8a procedure; shapes as /api/kinderschutz answers. */

import type { SchrittArt } from '@hilfewerk/rules/kinderschutz';
import { queryOptions } from '@tanstack/react-query';
import { anfrage } from '../../api/client';

export type { SchrittArt } from '@hilfewerk/rules/kinderschutz';
export { SCHRITT_TITEL } from '@hilfewerk/rules/kinderschutz';

export interface VerfahrenKurz {
  id: string;
  fallId: string;
  aktenzeichen: string;
  begonnenAm: string;
  abgeschlossenAm: string | null;
  schritte: number;
  naechsterSchritt: SchrittArt | null;
  naechsterSchrittTitel: string | null;
  ueberpruefungAm: string | null;
}

export interface Schritt {
  id: string;
  art: SchrittArt;
  titel: string;
  datum: string;
  inhalt: Record<string, unknown>;
  erfasstVon: string;
  erfasstAm: string;
}

export interface Verfahren {
  id: string;
  fallId: string;
  aktenzeichen: string;
  anhaltspunkte: string;
  begonnenAm: string;
  begonnenVon: string;
  abgeschlossenAm: string | null;
  naechsterSchritt: SchrittArt | null;
  moeglicheSchritte: { art: SchrittArt; titel: string; erwartung: string }[];
  ueberpruefungAm: string | null;
  schritte: Schritt[];
}

export interface VignetteKurz {
  id: string;
  begonnenAm: string;
  abgeschlossen: boolean;
  wartetAufBeratung: boolean;
  beratungen: number;
  person: string | null;
}

export interface Vignette {
  id: string;
  begonnenAm: string;
  leistungen: string[];
  pseudonyme: { bezeichnung: string; rolle: string; alterJahre: number | null }[];
  anhaltspunkte: string;
  schritte: { art: SchrittArt; datum: string; inhalt: Record<string, unknown> }[];
  abgeschlossen: boolean;
  naechsterSchritt: SchrittArt | null;
}

export interface Zustellung {
  jugendamt: { id: string; name: string } | null;
  imPosteingang: boolean;
  hinweis: string;
}

export const verfahrenListeAbfrage = queryOptions({
  queryKey: ['kinderschutz'],
  queryFn: async () => (await anfrage<VerfahrenKurz[]>('/api/kinderschutz')).daten,
});

export const verfahrenAbfrage = (id: string) =>
  queryOptions({
    queryKey: ['kinderschutz', id],
    queryFn: async () => (await anfrage<Verfahren>(`/api/kinderschutz/${id}`)).daten,
  });

export const vignettenAbfrage = queryOptions({
  queryKey: ['kinderschutz', 'vignetten'],
  queryFn: async () => (await anfrage<VignetteKurz[]>('/api/kinderschutz/vignetten')).daten,
});

export const vignetteAbfrage = (id: string) =>
  queryOptions({
    queryKey: ['kinderschutz', id, 'vignette'],
    queryFn: async () => (await anfrage<Vignette>(`/api/kinderschutz/${id}/vignette`)).daten,
  });

export async function starteVerfahren(body: { fallId: string; anhaltspunkte: string; datum?: string }) {
  return (await anfrage<{ id: string }>('/api/kinderschutz', { methode: 'POST', body })).daten;
}

export async function erfasseSchritt(
  id: string,
  body: { art: SchrittArt; datum: string; inhalt: Record<string, unknown> },
) {
  return (
    await anfrage<{ id: string; art: SchrittArt; datum: string; zustellung?: Zustellung }>(
      `/api/kinderschutz/${id}/schritte`,
      { methode: 'POST', body },
    )
  ).daten;
}

export const EINSCHAETZUNGEN: Record<string, string> = {
  'keine-gefaehrdung': 'Keine Gefährdung',
  'gefaehrdung-nicht-auszuschliessen': 'Gefährdung nicht auszuschließen',
  gefaehrdung: 'Gefährdung',
  'akute-gefaehrdung': 'Akute Gefährdung',
};

export const ERGEBNISSE: Record<string, string> = {
  'gefaehrdung-abgewendet': 'Gefährdung abgewendet',
  'keine-gefaehrdung': 'Keine Gefährdung',
  'an-jugendamt-uebergeben': 'An das Jugendamt übergeben',
};
