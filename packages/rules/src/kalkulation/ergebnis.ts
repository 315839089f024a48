import { D, type Dez, geld, zahl } from './dezimal.ts';

/** One line of a calculation: what was counted, at which rate, and the clause it comes from. */
export interface Zeile {
  id: string;
  text: string;
  menge: number;
  einheit: string;
  /** Rate per unit, two places. */
  satz: string;
  /** Shown rounded to cents; the total is summed from the unrounded amounts. */
  betrag: string;
  quelle: string;
}

/** A plausibility finding: the calculation goes on, a human should look (docs/regeln.md, Plausibilität). */
export interface Warnung {
  /** Stable id of the finding, e.g. `mindeststandard-unterschritten`; the text may change, the id does not. */
  id: string;
  feld: string;
  text: string;
  quelle: string;
}

export interface Entgelt {
  betrag: string;
  einheit: string;
}

export interface WeiterePerson {
  anzahl: number;
  entgelt: Entgelt;
  jahreskosten: string;
  berechnungstage: number;
  zeilen: Zeile[];
}

/** The result of `hilfewerk kalkulation` (docs/cli.md); the shape is a public interface and only grows. */
export interface Entgeltergebnis {
  leistung: string;
  variante: string | null;
  stichtag: string;
  entgelt: Entgelt;
  jahreskosten: string;
  /** Billable place-days (D.8); null where the Entgelt is not per day. */
  berechnungstage: number | null;
  vk: { betreuung: number; zusatz: number; leitung: number };
  zeilen: Zeile[];
  weiterePerson?: WeiterePerson;
  /** LT 11: billable case-months. */
  berechnungsmonate?: number;
  /** Fachleistungsstunde: hours after absences, and the billable direct hours. */
  nettostunden?: number;
  direktstunden?: number;
  warnungen: Warnung[];
}

/** A line while calculating: the exact amount stays a Decimal until the total is formed. */
export interface Rechenzeile {
  id: string;
  text: string;
  menge: Dez;
  einheit: string;
  satz: Dez;
  betrag: Dez;
  quelle: string;
}

export function zeile(
  id: string,
  text: string,
  menge: Dez,
  einheit: string,
  satz: Dez,
  quelle: string,
  betrag: Dez = menge.times(satz),
): Rechenzeile {
  return { id, text, menge, einheit, satz, betrag, quelle };
}

/** Sum of the unrounded line amounts — the rule "lines shown rounded but summed unrounded". */
export function summe(zeilen: Rechenzeile[]): Dez {
  return zeilen.reduce((s, z) => s.plus(z.betrag), new D(0));
}

export function ausgabeZeilen(zeilen: Rechenzeile[]): Zeile[] {
  return zeilen.map((z) => ({
    id: z.id,
    text: z.text,
    menge: zahl(z.menge),
    einheit: z.einheit,
    satz: geld(z.satz),
    betrag: geld(z.betrag),
    quelle: z.quelle,
  }));
}
