/** Requests of the monthly close and the invoices; shapes as /api/abschluesse and /api/rechnungen answer. */
import { queryOptions } from '@tanstack/react-query';
import { anfrage } from '../../api/client';

export interface Abschluss {
  id: string;
  monat: string;
  abgeschlossenAm: string;
  abgeschlossenVon: string | null;
  eintraege: number;
  rechnungen: number;
  summe: string;
}

export interface AbschlussErgebnis {
  id: string;
  monat: string;
  eintraege: number;
  rechnungen: { id: string; nummer: string; jugendamt: string; summe: string }[];
}

export interface Rechnungsposition {
  nr: number;
  text: string;
  aktenzeichenJugendamt: string;
  bewilligung: string;
  zeitraumVon: string;
  zeitraumBis: string;
  menge: string;
  einheit: string;
  satz: string;
  betrag: string;
}

export interface Rechnung {
  id: string;
  nummer: string;
  art: 'rechnung' | 'gutschrift';
  rechnungsdatum: string;
  zeitraumVon: string;
  zeitraumBis: string;
  monat: string | null;
  jugendamt: { id: string; name: string };
  summe: string;
  gutgeschrieben: string;
  bezugRechnungId: string | null;
  bezugNummer: string | null;
  positionen?: Rechnungsposition[];
}

export const abschluesseAbfrage = queryOptions({
  queryKey: ['abschluesse'],
  queryFn: async () => (await anfrage<Abschluss[]>('/api/abschluesse')).daten,
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

export async function schreibeGutschrift(
  id: string,
  body: { grund: string; positionen?: { nr: number; menge: string }[] },
): Promise<Rechnung> {
  return (await anfrage<Rechnung>(`/api/rechnungen/${id}/gutschrift`, { methode: 'POST', body })).daten;
}

/** `2026-10` → `Oktober 2026`. */
export function monatLang(monat: string): string {
  const [j, m] = monat.split('-').map(Number);
  return new Intl.DateTimeFormat('de-DE', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(j, m - 1, 1)),
  );
}

/** The last twelve months that have ended, newest first, as `YYYY-MM`. */
export function vergangeneMonate(heute = new Date()): string[] {
  return Array.from({ length: 12 }, (_, i) => {
    const d = new Date(heute.getFullYear(), heute.getMonth() - 1 - i, 1);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
  });
}

/** "0.5333" → "0,5333"; amounts go through formatBetrag. */
export function mengeDe(menge: string): string {
  return menge.replace('.', ',');
}
