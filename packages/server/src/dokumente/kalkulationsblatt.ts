/**
 * What a Kalkulationsblatt shows: one saved calculation with its inputs, lines and
 * sources. Money and quantities are decimal strings as the rules package returns them.
 */

export interface KalkulationsZeile {
  id: string;
  text: string;
  menge: string;
  einheit: string;
  satz: string;
  betrag: string;
  /** The clause the line comes from, e.g. "Anlage D.8, Matrix Zeile 6". */
  quelle: string;
}

export interface KalkulationsWarnung {
  feld: string;
  /** The field as the form labels it, e.g. "Arbeitgeberkosten je VK Fachkraft"; documents never show `feld`. */
  label?: string;
  text: string;
  quelle: string;
}

export interface Kalkulationsblatt {
  /** The provider (Träger) the calculation belongs to. */
  organisation: string;
  leistungTitel: string;
  variante: string;
  /** ISO date selecting the parameter versions. */
  stichtag: string;
  /** Inputs as shown to the user, already labelled; `wert` is displayed as given. */
  eingaben: { label: string; wert: string }[];
  ergebnis: {
    /** e.g. `{ betrag: "187.43", einheit: "je Platz und Tag" }`. */
    entgelt: { betrag: string; einheit: string };
    jahreskosten: string;
    berechnungstage: string;
    /**
     * What the divisor counts: place-days, case-months or direct hours.
     * @default 'Berechnungstage'
     */
    divisor?: string;
    zeilen: KalkulationsZeile[];
    warnungen?: KalkulationsWarnung[];
    /** D.8: the own rate of a further carer (§ 19 (1) S. 2), per person and day. */
    weiterePerson?: {
      anzahl: number;
      entgelt: { betrag: string; einheit: string };
      jahreskosten: string;
      berechnungstage: string;
      zeilen: KalkulationsZeile[];
    };
  };
  erstelltVon: string;
  /** ISO date or date-time. */
  erstelltAm: string;
  version: number | string;
}
