import Holidays from 'date-holidays';
import type { Temporal } from 'temporal-polyfill';
import { jahrestabelle, lage } from './jahrestabelle.ts';

/** The 16 Länder by their two-letter code, as `date-holidays` names them. */
export const BUNDESLAENDER = [
  'BB',
  'BE',
  'BW',
  'BY',
  'HB',
  'HE',
  'HH',
  'MV',
  'NI',
  'NW',
  'RP',
  'SH',
  'SL',
  'SN',
  'ST',
  'TH',
] as const;

export type Bundesland = (typeof BUNDESLAENDER)[number];

export function istBundesland(code: string): code is Bundesland {
  return (BUNDESLAENDER as readonly string[]).includes(code);
}

/** A public holiday of one Land: the statutory ones only (type "public"), not observances or bank holidays. */
export interface Feiertag {
  readonly datum: string;
  readonly name: string;
}

const bibliotheken = new Map<Bundesland, Holidays>();
const listen = new Map<string, readonly Feiertag[]>();

function bibliothek(land: Bundesland): Holidays {
  let hd = bibliotheken.get(land);
  if (!hd) {
    hd = new Holidays('DE', land);
    bibliotheken.set(land, hd);
  }
  return hd;
}

/**
 * The public holidays of a Land in a year, from `date-holidays` (a maintained source: it knows one-off days such as
 * Berlin's 08.05.2025), cached per year and Land.
 */
export function feiertage(jahr: number, land: Bundesland): readonly Feiertag[] {
  const schluessel = `${land}:${jahr}`;
  let liste = listen.get(schluessel);
  if (!liste) {
    liste = bibliothek(land)
      .getHolidays(jahr)
      .filter((h) => h.type === 'public')
      .map((h) => ({ datum: h.date.slice(0, 10), name: h.name }));
    listen.set(schluessel, liste);
  }
  return liste;
}

/**
 * One flag per day of the year (1 = public holiday), so that the working-day test is an array lookup.
 * Kept per Land in an array by year: a string key per lookup would cost more than the whole test.
 */
const markierungen = new Map<Bundesland, (Uint8Array | undefined)[]>();

function feiertagsmarken(jahr: number, land: Bundesland): Uint8Array {
  let jahre = markierungen.get(land);
  if (!jahre) {
    jahre = [];
    markierungen.set(land, jahre);
  }
  const vorhanden = jahre[jahr];
  if (vorhanden) return vorhanden;
  const tabelle = jahrestabelle(jahr);
  const marken = new Uint8Array(tabelle.tage.length);
  const tage = new Set(feiertage(jahr, land).map((f) => f.datum));
  tabelle.iso.forEach((iso, i) => {
    if (tage.has(iso)) marken[i] = 1;
  });
  jahre[jahr] = marken;
  return marken;
}

export function istFeiertag(d: Temporal.PlainDate, land: Bundesland): boolean {
  const l = lage(d);
  return feiertagsmarken(l >> 9, land)[l & 511] === 1;
}
