/** Requests of the complaint pages; shapes as /api/beschwerden answers. */
import { queryOptions } from '@tanstack/react-query';
import { anfrage } from '../../api/client';

export type BeschwerdeStatus = 'eingegangen' | 'in_bearbeitung' | 'beantwortet' | 'abgeschlossen';

export interface Beschwerde {
  id: string;
  vorgangsnummer: string;
  quelle: 'oeffentlich' | 'intern';
  text: string;
  kontakt: string | null;
  status: BeschwerdeStatus;
  eingegangenAm: string;
  bestaetigungFaellig: string;
  antwortFaellig: string;
  bestaetigtAm: string | null;
  beantwortetAm: string | null;
  abgeschlossenAm: string | null;
  ergebnis: string | null;
  bestaetigungUeberfaellig: boolean;
  antwortUeberfaellig: boolean;
}

export const BESCHWERDE_STATUS: Record<BeschwerdeStatus, string> = {
  eingegangen: 'Eingegangen',
  in_bearbeitung: 'In Bearbeitung',
  beantwortet: 'Beantwortet',
  abgeschlossen: 'Abgeschlossen',
};

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

export async function reicheEin(eingabe: {
  organisation: string;
  text: string;
  kontakt?: string;
  webseite?: string;
}): Promise<{ vorgangsnummer: string }> {
  return (
    await anfrage<{ vorgangsnummer: string }>('/api/beschwerden/oeffentlich', {
      methode: 'POST',
      body: eingabe,
      ohneSitzungsumleitung: true,
    })
  ).daten;
}
