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
  gutschriften: number;
  gutgeschrieben: string;
  /** Invoices less the credit notes written on them. */
  netto: string;
  datevExportiertAm: string | null;
  /** Fiscal years the month's documents fall in: one DATEV Stapel each. */
  datevWirtschaftsjahre: string[];
}

export interface Vorschau {
  monat: string;
  eintraege: number;
  summe: string;
  abschliessbar: boolean;
  hindernisse: string[];
  jugendaemter: {
    jugendamt: string;
    leitwegId: string;
    positionen: number;
    eintraege: number;
    stunden: string;
    summe: string;
    warnungen: string[];
  }[];
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
  /** storniert once credit notes take back all of it; a credit note is erstellt or versendet. */
  status: 'erstellt' | 'versendet' | 'bezahlt' | 'storniert';
  versendetAm: string | null;
  bezahltAm: string | null;
  positionen?: Rechnungsposition[];
}

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

export async function schreibeGutschrift(
  id: string,
  body: { grund: string; positionen?: { nr: number; menge: string }[] },
): Promise<Rechnung> {
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
