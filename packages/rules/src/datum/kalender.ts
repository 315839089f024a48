import type { Temporal } from 'temporal-polyfill';
import { ERSTES_JAHR, jahrestabelle, LETZTES_JAHR, lage, tagAus, tageImMonat } from './jahrestabelle.ts';
import { datumDe } from './tag.ts';

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Dates read before, by their text: the same few thousand days recur in every batch of Hilfen. */
const gelesen = new Map<string, Temporal.PlainDate>();

/**
 * Reads an ISO date `YYYY-MM-DD`; `undefined` for anything else, including days that do not exist (2025-02-30)
 * and years outside 1900–2199.
 */
export function leseIsoDatum(text: string): Temporal.PlainDate | undefined {
  const bekannt = gelesen.get(text);
  if (bekannt) return bekannt;
  const teile = ISO.exec(text);
  if (!teile) return undefined;
  const jahr = Number(teile[1]);
  const monat = Number(teile[2]);
  const tag = Number(teile[3]);
  if (jahr < ERSTES_JAHR || jahr > LETZTES_JAHR || monat < 1 || monat > 12) return undefined;
  if (tag < 1 || tag > tageImMonat(jahr, monat)) return undefined;
  const d = tagAus(jahr, monat, tag);
  gelesen.set(text, d);
  return d;
}

/** `YYYY-MM-DD`, as the CLI and the API write dates. */
export function isoDatum(d: Temporal.PlainDate): string {
  const l = lage(d);
  return jahrestabelle(l >> 9).iso[l & 511];
}

/** `TT.MM.JJJJ`, as German messages and letters write dates. */
export function formatiereDatum(d: Temporal.PlainDate): string {
  return datumDe(isoDatum(d));
}

/** Negative when a is earlier, 0 when equal, positive when later. */
export function vergleicheDatum(a: Temporal.PlainDate, b: Temporal.PlainDate): number {
  return lage(a) - lage(b);
}

/** d plus n calendar days (n may be negative). */
export function plusTage(d: Temporal.PlainDate, n: number): Temporal.PlainDate {
  const l = lage(d);
  let jahr = l >> 9;
  let index = (l & 511) + n;
  while (index < 0) {
    jahr -= 1;
    index += jahrestabelle(jahr).tage.length;
  }
  while (index >= jahrestabelle(jahr).tage.length) {
    index -= jahrestabelle(jahr).tage.length;
    jahr += 1;
  }
  return jahrestabelle(jahr).tage[index];
}

/** Result of {@link plusMonateMitKappung}: the day and whether the month was too short for the day number. */
export interface MonatsErgebnis {
  readonly datum: Temporal.PlainDate;
  readonly gekappt: boolean;
}

/**
 * The same day number n months later (n may be negative); where that month is shorter, its last day,
 * and `gekappt` says so — `periodenende` needs to know (§ 188 (3) BGB).
 */
export function plusMonateMitKappung(d: Temporal.PlainDate, n: number): MonatsErgebnis {
  const l = lage(d);
  const t = jahrestabelle(l >> 9);
  const tagNr = t.tag[l & 511];
  const monate = t.jahr * 12 + (t.monat[l & 511] - 1) + n;
  const jahr = Math.floor(monate / 12);
  const monat = monate - jahr * 12 + 1;
  const letzter = tageImMonat(jahr, monat);
  const gekappt = tagNr > letzter;
  return { datum: tagAus(jahr, monat, gekappt ? letzter : tagNr), gekappt };
}

/**
 * `plusMonate(d, n)`: the same day number n months later; where that month is shorter, its last day.
 * @example plusMonate(2025-08-31, 6) → 2026-02-28
 */
export function plusMonate(d: Temporal.PlainDate, n: number): Temporal.PlainDate {
  return plusMonateMitKappung(d, n).datum;
}

/**
 * The last day of an n-month period that begins with (and counts) day S — § 187 (2), § 188 (2), (3) BGB:
 * the day before the same day number n months later; if that month has no such day, its last day itself.
 * @example periodenende(2025-01-15, 3) → 2025-04-14; periodenende(2025-08-31, 6) → 2026-02-28;
 * periodenende(2025-08-28, 6) → 2026-02-27
 */
export function periodenende(beginn: Temporal.PlainDate, n: number): Temporal.PlainDate {
  const { datum, gekappt } = plusMonateMitKappung(beginn, n);
  return gekappt ? datum : plusTage(datum, -1);
}

/** The last day of d's month. */
export function monatsende(d: Temporal.PlainDate): Temporal.PlainDate {
  const l = lage(d);
  const t = jahrestabelle(l >> 9);
  const monat = t.monat[l & 511];
  return tagAus(t.jahr, monat, tageImMonat(t.jahr, monat));
}
