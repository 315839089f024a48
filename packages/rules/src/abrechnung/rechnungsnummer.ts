import { EingabeFehler } from '../fehler.ts';

/**
 * Next invoice number without gaps (auditors and the Jugendamt check that none is missing): the caller passes
 * the last number issued for this prefix and year (0 for the first invoice of a year) from the same transaction
 * that stores the invoice. Five digits, more when a year ever needs them.
 * @example naechsteRechnungsnummer('RE', 2026, 41) // 'RE-2026-00042'
 */
export function naechsteRechnungsnummer(prefix: string, jahr: number, letzteLaufnummer: number): string {
  if (!/^[A-Z0-9]+(-[A-Z0-9]+)*$/.test(prefix)) {
    throw new EingabeFehler(
      `prefix: "${prefix}" darf nur Großbuchstaben, Ziffern und einzelne Bindestriche enthalten.`,
      'prefix',
    );
  }
  if (!Number.isInteger(jahr) || jahr < 1000 || jahr > 9999) {
    throw new EingabeFehler(`jahr: ${jahr} muss eine vierstellige Jahreszahl sein.`, 'jahr');
  }
  if (!Number.isInteger(letzteLaufnummer) || letzteLaufnummer < 0) {
    throw new EingabeFehler(
      `letzteLaufnummer: ${letzteLaufnummer} muss eine ganze Zahl ab 0 sein.`,
      'letzteLaufnummer',
    );
  }
  return `${prefix}-${jahr}-${String(letzteLaufnummer + 1).padStart(5, '0')}`;
}
