import { Temporal } from 'temporal-polyfill';

export { datumDe, MONATSNAMEN, wochentagZeitDe } from './datum-de.ts';

import { periodenende as periodenendeTag } from './monate.ts';

/**
 * Calendar days as the API, the database and the forms carry them: ISO strings `JJJJ-MM-TT`. Pure (no I/O, no
 * time zone), so the server, the CLI and the web application share one set instead of each keeping its own.
 * Arithmetic runs on Temporal.PlainDate, which has no time of day that a daylight-saving change could shift.
 */

/** Strict ISO date check: `2025-02-30` is not a date. */
export function alsDatum(text: string): Temporal.PlainDate | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return undefined;
  try {
    return Temporal.PlainDate.from(text, { overflow: 'reject' });
  } catch {
    return undefined;
  }
}

/** ISO day plus n calendar days (n may be negative). A timestamp counts as its date part. */
export function plusTage(iso: string, n: number): string {
  return Temporal.PlainDate.from(iso.slice(0, 10)).add({ days: n }).toString();
}

/** The Sunday that ends the week (Monday–Sunday) of the ISO day `iso`. */
export function wochenende(iso: string): string {
  const tag = Temporal.PlainDate.from(iso.slice(0, 10));
  return tag.add({ days: 7 - tag.dayOfWeek }).toString();
}

/**
 * The last day of a period of `monate` months that begins with (and counts) the day `beginn` — § 187 (2),
 * § 188 (2), (3) BGB: the day before the same day number that many months later; where that month is shorter,
 * its last day. `2025-01-15`, 3 → `2025-04-14`; `2024-02-29`, 12 → `2025-02-28`.
 */
export function periodenende(beginn: string, monate: number): string {
  return periodenendeTag(Temporal.PlainDate.from(beginn), monate).toString();
}

const ISO_TAG = /^\d{4}-\d{2}-\d{2}$/;
const ISO_MONAT = /^\d{4}-\d{2}$/;

const schaltjahr = (j: number) => (j % 4 === 0 && j % 100 !== 0) || j % 400 === 0;
const MONATSLAENGE = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const tageImMonat = (j: number, m: number) => (m === 2 && schaltjahr(j) ? 29 : MONATSLAENGE[m - 1]);

/**
 * Days since 1970-01-01 of a valid `JJJJ-MM-TT` in the proleptic Gregorian calendar (Temporal's), by integer
 * arithmetic (days_from_civil, H. Hinnant); undefined for any other text, which then goes through Temporal and
 * behaves exactly as before. Why: the key figures count days for every Hilfe of a provider, and a Temporal
 * object per day made the length-of-stay loop 10–40 times slower than the same count in SQL
 * (docs/PERFORMANCE.md, "Kennzahlen einer Stadt").
 */
export function epochTag(iso: string): number | undefined {
  if (!ISO_TAG.test(iso)) return undefined;
  const jahr = Number(iso.slice(0, 4));
  const monat = Number(iso.slice(5, 7));
  const tag = Number(iso.slice(8, 10));
  if (monat < 1 || monat > 12 || tag < 1 || tag > tageImMonat(jahr, monat)) return undefined;
  const j = monat <= 2 ? jahr - 1 : jahr;
  const era = Math.floor(j / 400);
  const jde = j - era * 400;
  const tdj = Math.floor((153 * (monat > 2 ? monat - 3 : monat + 9) + 2) / 5) + tag - 1;
  return era * 146_097 + jde * 365 + Math.floor(jde / 4) - Math.floor(jde / 100) + tdj - 719_468;
}

/** Days from `von` to `bis`, both included (0 when `bis` is before `von`). */
export function tageZwischen(von: string, bis: string): number {
  const a = epochTag(von);
  const b = epochTag(bis);
  if (a !== undefined && b !== undefined) return Math.max(0, b - a + 1);
  return Math.max(0, Temporal.PlainDate.from(von).until(Temporal.PlainDate.from(bis)).days + 1);
}

export interface Monatsgrenzen {
  /** `JJJJ-MM` */
  monat: string;
  von: string;
  bis: string;
  tage: number;
}

/** First and last day of a month `JJJJ-MM`, and its number of days. */
export function monatsgrenzen(monat: string): Monatsgrenzen {
  if (ISO_MONAT.test(monat)) {
    const j = Number(monat.slice(0, 4));
    const mo = Number(monat.slice(5, 7));
    if (mo >= 1 && mo <= 12) {
      const tage = tageImMonat(j, mo);
      return { monat, von: `${monat}-01`, bis: `${monat}-${tage}`, tage };
    }
  }
  const m = Temporal.PlainYearMonth.from(monat);
  return {
    monat,
    von: `${monat}-01`,
    bis: m.toPlainDate({ day: m.daysInMonth }).toString(),
    tage: m.daysInMonth,
  };
}
