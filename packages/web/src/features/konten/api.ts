/** Requests of the account pages; shapes as /api/benutzer and /api/auth/passwort answer. */
import { queryOptions } from '@tanstack/react-query';
import { anfrage } from '../../api/client';
import type { Sitzung } from '../../api/typen';

export interface Konto {
  id: string;
  email: string;
  name: string;
  rolle: string;
  aktiv: boolean;
  /** Still on a one-time password. */
  passwortAendern: boolean;
  /** Locked after failed logins until then (ISO time), or null. */
  gesperrtBis: string | null;
}

export interface KontoAenderung {
  name?: string;
  rolle?: string;
  aktiv?: boolean;
  passwortZuruecksetzen?: true;
  entsperren?: true;
}

export const kontenAbfrage = queryOptions({
  queryKey: ['benutzer'],
  queryFn: async () => (await anfrage<Konto[]>('/api/benutzer')).daten,
});

export async function legeKontoAn(eingabe: { email: string; name: string; rolle: string }) {
  return (
    await anfrage<{ id: string; einmalpasswort: string }>('/api/benutzer', { methode: 'POST', body: eingabe })
  ).daten;
}

export async function aendereKonto(id: string, aenderung: KontoAenderung) {
  return (
    await anfrage<{ benutzer: Konto; einmalpasswort?: string }>(`/api/benutzer/${id}`, {
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

export interface EigeneSitzung {
  id: string;
  erstelltAm: string;
  zuletztAktiv: string;
  ablauf: string;
  aktuell: boolean;
}

export const sitzungenAbfrage = queryOptions({
  queryKey: ['eigene-sitzungen'],
  queryFn: async () => (await anfrage<EigeneSitzung[]>('/api/auth/sitzungen')).daten,
});

export async function meldeUeberallAb(): Promise<void> {
  await anfrage<void>('/api/auth/sitzungen/beenden', { methode: 'POST', ohneSitzungsumleitung: true });
}
