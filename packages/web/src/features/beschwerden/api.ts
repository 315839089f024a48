/** Requests of the complaint pages; the shapes are the contract's (@hilfewerk/api). */
import {
  BESCHWERDE_STATUS_TEXT,
  type Beschwerde,
  type BeschwerdeEingereicht,
  type BeschwerdeEinreichen,
  type BeschwerdeStatus,
} from '@hilfewerk/api';
import { queryOptions } from '@tanstack/react-query';
import { anfrage } from '../../api/client';

export type { Beschwerde, BeschwerdeStatus } from '@hilfewerk/api';

/** German words for the status, from the contract. */
export const BESCHWERDE_STATUS = BESCHWERDE_STATUS_TEXT;

export const beschwerdenAbfrage = queryOptions({
  queryKey: ['beschwerden'],
  queryFn: async () => (await anfrage<Beschwerde[]>('/api/beschwerden')).daten,
});

export async function setzeStatus(
  id: string,
  status: BeschwerdeStatus,
  ergebnis: string | null,
): Promise<Beschwerde> {
  return (
    await anfrage<Beschwerde>(`/api/beschwerden/${id}`, {
      methode: 'PATCH',
      body: { status, ...(ergebnis ? { ergebnis } : {}) },
    })
  ).daten;
}

export async function reicheEin(eingabe: BeschwerdeEinreichen): Promise<BeschwerdeEingereicht> {
  return (
    await anfrage<BeschwerdeEingereicht>('/api/beschwerden/oeffentlich', {
      methode: 'POST',
      body: eingabe,
      ohneSitzungsumleitung: true,
    })
  ).daten;
}

export type { BeschwerdeStatistik } from '@hilfewerk/api';

export const statistikAbfrage = (jahr: number) =>
  queryOptions({
    queryKey: ['beschwerden', 'statistik', jahr],
    queryFn: async () =>
      (await anfrage<import('@hilfewerk/api').BeschwerdeStatistik>(`/api/beschwerden/statistik?jahr=${jahr}`))
        .daten,
  });

export async function erfasse(eingabe: import('@hilfewerk/api').BeschwerdeErfassen): Promise<Beschwerde> {
  return (await anfrage<Beschwerde>('/api/beschwerden', { methode: 'POST', body: eingabe })).daten;
}

export async function setzeVerantwortlich(id: string, verantwortlichId: string | null): Promise<Beschwerde> {
  return (
    await anfrage<Beschwerde>(`/api/beschwerden/${id}/verantwortlich`, {
      methode: 'PUT',
      body: { verantwortlichId },
    })
  ).daten;
}

export async function schliesseAb(
  id: string,
  ergebnis: string,
  abgeschlossenAm: string | null,
): Promise<Beschwerde> {
  return (
    await anfrage<Beschwerde>(`/api/beschwerden/${id}/abschluss`, {
      methode: 'PUT',
      body: { ergebnis, abgeschlossenAm },
    })
  ).daten;
}
