/** Requests of the Kalkulation page; shapes as the server's /api/kalkulationen answers them. */
import type {
  Eingabe,
  Eingabevorgaben,
  Ergebnis,
  KalkulationDetail,
  KalkulationKopf,
  KalkulationsLeistung,
} from '@hilfewerk/api';
import { queryOptions } from '@tanstack/react-query';
import { ApiFehler, anfrage } from '../../api/client';

export type {
  Eingabe,
  EingabeFeld,
  Ergebnis,
  FeldArt,
  KalkulationDetail,
  KalkulationKopf,
  KalkulationsLeistung,
  Warnung,
  Zeile,
} from '@hilfewerk/api';

export const leistungenAbfrage = queryOptions({
  queryKey: ['kalkulation', 'leistungen'],
  queryFn: async () => (await anfrage<KalkulationsLeistung[]>('/api/kalkulationen/leistungen')).daten,
  staleTime: 10 * 60_000,
});

export const vorgabenAbfrage = (leistung: string, variante: string | null, stichtag: string) =>
  queryOptions({
    queryKey: ['kalkulation', 'vorgaben', leistung, variante, stichtag],
    queryFn: async () =>
      (
        await anfrage<Eingabevorgaben>('/api/kalkulationen/vorgaben', {
          abfrage: { leistung, variante, stichtag },
        })
      ).daten,
    staleTime: 10 * 60_000,
  });

export const berechnenAbfrage = (eingabe: Eingabe | null) =>
  queryOptions({
    queryKey: ['kalkulation', 'berechnen', eingabe],
    queryFn: async () =>
      (await anfrage<Ergebnis>('/api/kalkulationen/berechnen', { methode: 'POST', body: eingabe })).daten,
    enabled: eingabe !== null,
    placeholderData: (vorher) => vorher,
    // Bad input is an answer, not a glitch: no retries, so the field message appears at once.
    retry: (anzahl, fehler) => !(fehler instanceof ApiFehler) && anzahl < 2,
    staleTime: Number.POSITIVE_INFINITY,
  });

export const gespeicherteAbfrage = queryOptions({
  queryKey: ['kalkulation', 'liste'],
  queryFn: async () => (await anfrage<KalkulationKopf[]>('/api/kalkulationen')).daten,
});

export const kalkulationAbfrage = (id: string) =>
  queryOptions({
    queryKey: ['kalkulation', 'detail', id],
    queryFn: async () => (await anfrage<KalkulationDetail>(`/api/kalkulationen/${id}`)).daten,
  });

export async function speichereKalkulation(daten: {
  bezeichnung: string;
  kommentar: string | null;
  eingabe: Eingabe;
}): Promise<KalkulationDetail> {
  return (await anfrage<KalkulationDetail>('/api/kalkulationen', { methode: 'POST', body: daten })).daten;
}

export async function speichereVersion(
  reiheId: string,
  daten: { version: number; bezeichnung: string; kommentar: string | null; eingabe: Eingabe },
): Promise<KalkulationDetail> {
  return (
    await anfrage<KalkulationDetail>(`/api/kalkulationen/${reiheId}/versionen`, {
      methode: 'POST',
      body: daten,
    })
  ).daten;
}

function speichereDatei(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function dateinameAus(antwort: Response, ersatz: string): string {
  const kopf = antwort.headers.get('content-disposition') ?? '';
  return /filename="([^"]+)"/.exec(kopf)?.[1] ?? ersatz;
}

/** The current inputs as XLSX or PDF (unsaved draft); the server calculates again. */
export async function exportiere(eingabe: Eingabe, format: 'xlsx' | 'pdf'): Promise<void> {
  const { daten } = await anfrage<{ csrfToken: string }>('/api/auth/csrf');
  const antwort = await fetch(`/api/kalkulationen/export/${format}`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json', 'x-csrf-token': daten.csrfToken },
    body: JSON.stringify(eingabe),
  });
  if (!antwort.ok) {
    const inhalt = await antwort.json().catch(() => ({}));
    throw new ApiFehler(antwort.status, inhalt, null);
  }
  speichereDatei(await antwort.blob(), dateinameAus(antwort, `Kalkulation.${format}`));
}
