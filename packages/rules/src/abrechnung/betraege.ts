import Decimal from 'decimal.js';
import { EingabeFehler } from '../fehler.ts';

const geldMuster = /^\d+\.\d{2}$/;

export function alsGeld(betrag: string, feld: string): Decimal {
  if (typeof betrag !== 'string' || !geldMuster.test(betrag)) {
    throw new EingabeFehler(
      `${feld}: "${betrag}" muss ein Betrag ab 0 mit genau zwei Nachkommastellen sein.`,
      feld,
    );
  }
  return new Decimal(betrag);
}

export const aufCent = (betrag: Decimal): Decimal => betrag.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);

/**
 * Billable hours from minutes: the month's minutes of one Hilfe are summed first and only the sum is
 * converted, half up to 0.01 h — rounding each entry would lose or add up to 0.005 h per entry.
 */
export const minutenAlsStunden = (minuten: number): Decimal =>
  new Decimal(minuten).div(60).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);

/** Fachleistungsstunden: the invoice shows hours (2 places) × rate, so the amount is computed from the shown hours. */
export const flsBetrag = (stunden: Decimal, satz: Decimal): Decimal => aufCent(stunden.times(satz));

/** Monatspauschale pro rata: days of the Hilfe in the month / days of the month × Pauschale, half up to cents. */
export const anteiligePauschale = (tage: number, tageImMonat: number, pauschale: Decimal): Decimal =>
  aufCent(pauschale.times(tage).div(tageImMonat));

/** Tagessatz: occupied days × rate. */
export const tagessatzBetrag = (tage: number, satz: Decimal): Decimal => aufCent(satz.times(tage));
