import { prozent } from './entlassungen.ts';
import { type KennzahlZeitraum, tageImZeitraum } from './zeitraum.ts';

export interface Belegung {
  beginn: string;
  ende: string | null;
}

export interface Auslastung {
  belegungstage: number;
  /** Places × calendar days of the span; null when no number of places is known. */
  platztage: number | null;
  quoteProzent: number | null;
  /** The agreed band (D.8: 92–95 %) in percent. */
  min: number;
  max: number;
  bewertung: 'unter' | 'im-band' | 'ueber' | null;
}

/**
 * Occupancy of a place-based service in the span: days occupied (each Hilfe's days in the span, both ends
 * counted) against places × calendar days, judged against the agreed band.
 */
export function auslastung(
  belegungen: readonly Belegung[],
  plaetze: number | null,
  z: KennzahlZeitraum,
  band: { min: number; max: number },
): Auslastung {
  const belegungstage = belegungen.reduce((s, b) => s + tageImZeitraum(b.beginn, b.ende, z), 0);
  const platztage = plaetze && plaetze > 0 ? plaetze * z.tage : null;
  const quoteProzent = platztage === null ? null : prozent(belegungstage, platztage);
  const bewertung =
    quoteProzent === null
      ? null
      : quoteProzent < band.min
        ? 'unter'
        : quoteProzent > band.max
          ? 'ueber'
          : 'im-band';
  return { belegungstage, platztage, quoteProzent, min: band.min, max: band.max, bewertung };
}
