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
