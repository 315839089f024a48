/** Requests of the monthly close and the invoices; shapes as /api/abschluesse and /api/rechnungen answer. */
import type { Abschluss, AbschlussErgebnis, GutschriftEingabe, Rechnung, Vorschau } from '@hilfewerk/api';
import { queryOptions } from '@tanstack/react-query';
import { anfrage } from '../../api/client';

export type {
  Abschluss,
  AbschlussErgebnis,
  Rechnung,
  Rechnungsposition,
  Vorschau,
} from '@hilfewerk/api';

export const abschluesseAbfrage = queryOptions({
  queryKey: ['abschluesse'],
  queryFn: async () => (await anfrage<Abschluss[]>('/api/abschluesse')).daten,
});

/** Months that have ended and are still open, oldest first. */
export const offeneMonateAbfrage = queryOptions({
  queryKey: ['abschluesse', 'offen'],
  queryFn: async () => (await anfrage<string[]>('/api/abschluesse/offen')).daten,
});

export const vorschauAbfrage = (monat: string) =>
  queryOptions({
    queryKey: ['abschluesse', 'vorschau', monat],
    queryFn: async () => (await anfrage<Vorschau>(`/api/abschluesse/${monat}/vorschau`)).daten,
    staleTime: 0,
  });

export const rechnungenAbfrage = queryOptions({
  queryKey: ['rechnungen'],
  queryFn: async () => (await anfrage<Rechnung[]>('/api/rechnungen')).daten,
});

export const rechnungAbfrage = (id: string) =>
  queryOptions({
    queryKey: ['rechnungen', id],
    queryFn: async () => (await anfrage<Rechnung>(`/api/rechnungen/${id}`)).daten,
  });

export async function schliesseMonat(monat: string): Promise<AbschlussErgebnis> {
  return (await anfrage<AbschlussErgebnis>('/api/abschluesse', { methode: 'POST', body: { monat } })).daten;
}

export async function schreibeGutschrift(id: string, body: GutschriftEingabe): Promise<Rechnung> {
  return (await anfrage<Rechnung>(`/api/rechnungen/${id}/gutschrift`, { methode: 'POST', body })).daten;
}

/** Records the day an invoice went out or was paid (POST /api/rechnungen/:id/status). */
export async function setzeRechnungsstatus(
  id: string,
  body: { status: 'versendet' | 'bezahlt'; datum: string },
): Promise<Rechnung> {
  return (await anfrage<Rechnung>(`/api/rechnungen/${id}/status`, { methode: 'POST', body })).daten;
}

/** `2026-10` → `Oktober 2026`. */
export function monatLang(monat: string): string {
  const [j, m] = monat.split('-').map(Number);
  return new Intl.DateTimeFormat('de-DE', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(j, m - 1, 1)),
  );
}

/** "0.5333" → "0,5333"; amounts go through formatBetrag. */
export function mengeDe(menge: string): string {
  return menge.replace('.', ',');
}
