/**
 * Calendar helpers on ISO strings for the billing use cases. Dates stay `YYYY-MM-DD` strings
 * end to end (as the database returns them), so no time zone can shift a day.
 */

const MONAT = /^(\d{4})-(0[1-9]|1[0-2])$/;

export interface Monatsgrenzen {
  monat: string;
  von: string;
  bis: string;
  tage: number;
}

export function istMonat(monat: string): boolean {
  return MONAT.test(monat);
}

/** First and last day of a month `YYYY-MM`. */
export function monatsgrenzen(monat: string): Monatsgrenzen {
  const [jahr, m] = monat.split('-').map(Number);
  const tage = new Date(Date.UTC(jahr, m, 0)).getUTCDate();
  return { monat, von: `${monat}-01`, bis: `${monat}-${String(tage).padStart(2, '0')}`, tage };
}

/** `2026-10` → `10/2026`, as the UI and messages show a month. */
export function monatDe(monat: string): string {
  return `${monat.slice(5, 7)}/${monat.slice(0, 4)}`;
}

/** `2026-10-05` → `05.10.2026`. */
export function tagDe(datum: string): string {
  return `${datum.slice(8, 10)}.${datum.slice(5, 7)}.${datum.slice(0, 4)}`;
}

/** Days from `von` to `bis`, both included (0 when `bis` is before `von`). */
export function tageZwischen(von: string, bis: string): number {
  const ms = Date.parse(`${bis}T00:00:00Z`) - Date.parse(`${von}T00:00:00Z`);
  return Math.max(0, Math.round(ms / 86_400_000) + 1);
}

export const frueher = (a: string, b: string) => (a <= b ? a : b);
export const spaeter = (a: string, b: string) => (a >= b ? a : b);

/** The end that counts for billing and planning: the actual end, else the planned one, else open. */
export function hilfeEnde(h: {
  tatsaechlichesEnde: string | null;
  geplantesEnde: string | null;
}): string | null {
  return h.tatsaechlichesEnde ?? h.geplantesEnde ?? null;
}
