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

/** Days from `von` to `bis`, both included (0 when `bis` is before `von`). */
export function tageZwischen(von: string, bis: string): number {
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
  const m = Temporal.PlainYearMonth.from(monat);
  return {
    monat,
    von: `${monat}-01`,
    bis: m.toPlainDate({ day: m.daysInMonth }).toString(),
    tage: m.daysInMonth,
  };
}
