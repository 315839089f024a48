import Decimal from 'decimal.js';
import type { Temporal } from 'temporal-polyfill';

export interface Rate {
  /** Calendar month the instalment pays for, `YYYY-MM`. */
  monat: string;
  /** Due on the first day of that month: the budget is paid in advance (Modellprojekt Bremerhaven, II.1). */
  faellig: string;
  betrag: string;
}

/**
 * Splits the budget into `monate` instalments: each the share rounded down to the cent, the last one also
 * carries the remainder — so the sum is the budget to the cent and no instalment is ever paid too early.
 */
export function berechneRaten(gesamtbudget: Decimal, beginn: Temporal.PlainDate, monate: number): Rate[] {
  const rate = gesamtbudget.div(monate).toDecimalPlaces(2, Decimal.ROUND_DOWN);
  const letzte = gesamtbudget.minus(rate.times(monate - 1));
  const ersterMonat = beginn.toPlainYearMonth();
  return Array.from({ length: monate }, (_, i) => {
    const monat = ersterMonat.add({ months: i }).toString();
    return { monat, faellig: `${monat}-01`, betrag: (i === monate - 1 ? letzte : rate).toFixed(2) };
  });
}
