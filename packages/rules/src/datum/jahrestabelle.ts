import { Temporal } from 'temporal-polyfill';

/**
 * The days of one calendar year as shared Temporal.PlainDate instances with their weekday and ISO text.
 *
 * Why a table: one `PlainDate.add` costs about 2 µs in the polyfill; deriving the deadlines of 100,000 Hilfen
 * needs millions of day steps. Every calendar fact here still comes from Temporal (built once per year with
 * `add({ days: 1 })`); afterwards a day step is an array lookup and the instances are shared (they are immutable).
 */
export interface Jahrestabelle {
  readonly jahr: number;
  /** Day i of the year (0 = 1 January). */
  readonly tage: readonly Temporal.PlainDate[];
  readonly iso: readonly string[];
  /** ISO weekday 1 (Monday) … 7 (Sunday) of day i. */
  readonly wochentag: Uint8Array;
  /** Index of the first day of month m (1–12) at position m − 1; position 12 is the number of days. */
  readonly monatsbeginn: readonly number[];
  /** Month (1–12) and day of month of day i. */
  readonly monat: Uint8Array;
  readonly tag: Uint8Array;
}

/** Years the engine accepts: far enough for any Hilfe and its files, small enough to refuse typos like 20255. */
export const ERSTES_JAHR = 1900;
export const LETZTES_JAHR = 2199;

const tabellen = new Map<number, Jahrestabelle>();

/**
 * Year and day index of every table day, as `jahr * 512 + index`: the polyfill's `year`/`month`/`day` getters
 * cost more than the rest of a day step, and the codes of two days compare like the days themselves.
 */
const lagen = new WeakMap<Temporal.PlainDate, number>();

export function jahrestabelle(jahr: number): Jahrestabelle {
  const vorhanden = tabellen.get(jahr);
  if (vorhanden) return vorhanden;
  const tage: Temporal.PlainDate[] = [];
  const monatsbeginn: number[] = [];
  let tag = new Temporal.PlainDate(jahr, 1, 1);
  while (tag.year === jahr) {
    if (tag.day === 1) monatsbeginn.push(tage.length);
    tage.push(tag);
    tag = tag.add({ days: 1 });
  }
  monatsbeginn.push(tage.length);
  const tabelle: Jahrestabelle = {
    jahr,
    tage,
    iso: tage.map((d) => d.toString()),
    wochentag: Uint8Array.from(tage, (d) => d.dayOfWeek),
    monatsbeginn,
    monat: Uint8Array.from(tage, (d) => d.month),
    tag: Uint8Array.from(tage, (d) => d.day),
  };
  tage.forEach((d, i) => {
    lagen.set(d, jahr * 512 + i);
  });
  tabellen.set(jahr, tabelle);
  return tabelle;
}

/**
 * `jahr * 512 + tagesindex` of a date: ordered like the dates. Table days answer from a WeakMap; any other
 * PlainDate instance is placed once through its year's table.
 */
export function lage(d: Temporal.PlainDate): number {
  const bekannt = lagen.get(d);
  if (bekannt !== undefined) return bekannt;
  const jahr = d.year;
  return jahr * 512 + jahrestabelle(jahr).monatsbeginn[d.month - 1] + d.day - 1;
}

/** Position of a date in its year's table. */
export function tagesindex(d: Temporal.PlainDate): number {
  return lage(d) & 511;
}

/** The year of a date, without the polyfill's getter. */
export function jahrVon(d: Temporal.PlainDate): number {
  return lage(d) >> 9;
}

/** Number of days of a month, from the table (Temporal's calendar underneath). */
export function tageImMonat(jahr: number, monat: number): number {
  const t = jahrestabelle(jahr);
  return t.monatsbeginn[monat] - t.monatsbeginn[monat - 1];
}

/** The shared instance of year-month-day; the caller guarantees the day exists. */
export function tagAus(jahr: number, monat: number, tag: number): Temporal.PlainDate {
  const t = jahrestabelle(jahr);
  return t.tage[t.monatsbeginn[monat - 1] + tag - 1];
}
