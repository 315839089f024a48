/**
 * Calendar helpers on ISO strings for the billing use cases. Dates stay `YYYY-MM-DD` strings
 * end to end (as the database returns them), so no time zone can shift a day.
 */

const MONAT = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function istMonat(monat: string): boolean {
  return MONAT.test(monat);
}

/** `2026-10` → `10/2026`, as the UI and messages show a month. */
export function monatDe(monat: string): string {
  return `${monat.slice(5, 7)}/${monat.slice(0, 4)}`;
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
