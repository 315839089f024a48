import { Decimal } from 'decimal.js';

/**
 * Decimal arithmetic for money. 40 significant digits keep quotients like 10 / 2.17 exact far beyond the
 * cent, so only the final rounding decides a price; HALF_UP is the commercial rounding the contracts mean.
 */
export const D = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
export type Dez = InstanceType<typeof D>;

/** Money as the contracts print it: exactly two places, half up. */
export function geld(wert: Dez): string {
  return wert.toFixed(2, D.ROUND_HALF_UP);
}

/** FTE, keys and day counts as JSON numbers, rounded to four places for display only. */
export function zahl(wert: Dez): number {
  return wert.toDecimalPlaces(4, D.ROUND_HALF_UP).toNumber();
}

/** German number text for messages: `0.9` → `0,90`, `0.925` → `0,925`. */
export function deZahl(wert: Dez | number, mindestStellen = 2): string {
  const d = new D(wert);
  return d.toFixed(Math.max(mindestStellen, d.decimalPlaces())).replace('.', ',');
}

/** German money text for messages: `45600` → `45.600,00 €`. */
export function deGeld(wert: Dez | number): string {
  const [ganz, rest] = new D(wert).toFixed(2).split('.');
  return `${ganz.replace(/\B(?=(\d{3})+(?!\d))/g, '.')},${rest} €`;
}

/** A share as percent text: `0.92` → `92`. */
export function deProzent(anteil: Dez | number): string {
  return new D(anteil).times(100).toString().replace('.', ',');
}
