/** Requests of the account pages; shapes as /api/benutzer and /api/auth/passwort answer. */

import type {
  AngelegtesKonto,
  EigeneSitzung,
  GeaendertesKonto,
  Konto,
  KontoAenderung,
  NeuesKonto,
  Sitzung,
} from '@hilfewerk/api';
import { queryOptions } from '@tanstack/react-query';
import { anfrage } from '../../api/client';

export const kontenAbfrage = queryOptions({
  queryKey: ['benutzer'],
  queryFn: async () => (await anfrage<Konto[]>('/api/benutzer')).daten,
});

export async function legeKontoAn(eingabe: NeuesKonto) {
  return (await anfrage<AngelegtesKonto>('/api/benutzer', { methode: 'POST', body: eingabe })).daten;
}

export async function aendereKonto(id: string, aenderung: KontoAenderung) {
  return (
    await anfrage<GeaendertesKonto>(`/api/benutzer/${id}`, {
      methode: 'PATCH',
      body: aenderung,
    })
  ).daten;
}

export async function aenderePasswort(altesPasswort: string, neuesPasswort: string): Promise<Sitzung> {
  return (
    await anfrage<Sitzung>('/api/auth/passwort', { methode: 'POST', body: { altesPasswort, neuesPasswort } })
  ).daten;
}

export const sitzungenAbfrage = queryOptions({
  queryKey: ['eigene-sitzungen'],
  queryFn: async () => (await anfrage<EigeneSitzung[]>('/api/auth/sitzungen')).daten,
});

export async function meldeUeberallAb(): Promise<void> {
  await anfrage<void>('/api/auth/sitzungen/beenden', { methode: 'POST', ohneSitzungsumleitung: true });
}
