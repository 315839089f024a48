/** Requests of the hour entry; shapes as the server's /api/leistungen answers them. */
import {
  type EigeneHilfe,
  LEISTUNGS_ARTEN_TEXT,
  type Leistungsart,
  type Leistungseintrag,
  type NeuerEintrag,
} from '@hilfewerk/api';
import { queryOptions } from '@tanstack/react-query';
import { anfrage } from '../../api/client';

export type { EigeneHilfe, Leistungsart, Leistungseintrag, NeuerEintrag } from '@hilfewerk/api';

export const leistungsarten = LEISTUNGS_ARTEN_TEXT;

/** Which kinds belong to one case, to several, or to none (server: pruefe-leistung.ts). */
export const brauchtFall = (art: Leistungsart) => art === 'direkt';
export const kannFall = (art: Leistungsart) => art === 'direkt' || art === 'indirekt' || art === 'fahrzeit';
export const istGruppe = (art: Leistungsart) => art === 'falluebergreifend';

export const eigeneHilfenAbfrage = queryOptions({
  queryKey: ['leistungen', 'hilfen'],
  queryFn: async () => (await anfrage<EigeneHilfe[]>('/api/leistungen/hilfen')).daten,
  staleTime: 60_000,
});

/** How many of one's newest entries the quick entry loads; older ones are in the hour controlling. */
export const EIGENE_EINTRAEGE_HOECHSTENS = 100;

export const leistungenAbfrage = queryOptions({
  queryKey: ['leistungen', 'eigene'],
  queryFn: async () =>
    (
      await anfrage<Leistungseintrag[]>('/api/leistungen', {
        abfrage: { anzahl: EIGENE_EINTRAEGE_HOECHSTENS },
      })
    ).daten,
});

export async function speichereEintrag(e: NeuerEintrag): Promise<Leistungseintrag> {
  return (await anfrage<Leistungseintrag>('/api/leistungen', { methode: 'POST', body: e })).daten;
}

export async function loescheEintrag(id: string): Promise<void> {
  await anfrage(`/api/leistungen/${id}`, { methode: 'DELETE' });
}

/** 90 → "1:30 h". */
export function dauer(minuten: number): string {
  return `${Math.floor(minuten / 60)}:${String(minuten % 60).padStart(2, '0')} h`;
}

export { heuteIso } from '../../lib/datumseingabe';
