import Decimal from 'decimal.js';

/**
 * German number and date forms for documents. Money stays a decimal string until the
 * last step, so no binary floating point touches an amount.
 */

const tausender = /\B(?=(\d{3})+(?!\d))/g;

/** `"1234.5"` → `"1.234,50"`; `stellen` decimal places, rounded half up. */
export function zahlDe(wert: string | number, stellen = 2): string {
  const fest = new Decimal(wert).toFixed(stellen, Decimal.ROUND_HALF_UP);
  const negativ = fest.startsWith('-');
  const [ganz, bruch] = (negativ ? fest.slice(1) : fest).split('.');
  const text = ganz.replace(tausender, '.') + (bruch ? `,${bruch}` : '');
  return negativ ? `−${text}` : text;
}

/** `"1234.5"` → `"1.234,50 €"`. */
export function euroDe(betrag: string): string {
  return `${zahlDe(betrag, 2)} €`;
}

/** A quantity with as many places as it has (up to four), e.g. `"21.5"` → `"21,5"`. */
export function mengeDe(menge: string | number): string {
  const d = new Decimal(menge);
  return zahlDe(d.toString(), Math.min(Math.max(d.decimalPlaces(), 0), 4));
}

/** Decimal sum of money strings, as a two-place string. */
export function summeBetraege(betraege: readonly string[]): string {
  return betraege.reduce((s, b) => s.plus(b), new Decimal(0)).toFixed(2);
}
