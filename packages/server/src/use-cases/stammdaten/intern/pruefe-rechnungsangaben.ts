import { electronicFormatIBAN, isValidBIC, isValidIBAN } from 'ibantools';
import { leitwegIdGueltig } from '../../../dokumente/rechnung.ts';

export interface RechnungsangabenEingabe {
  ustId?: string;
  gln?: string;
  iban?: string;
  bic?: string;
  leitwegId?: string | null;
}

/** GS1 check digit: weights 3 and 1 from the right, over the first 12 digits. */
function glnGueltig(gln: string): boolean {
  if (!/^\d{13}$/.test(gln)) return false;
  const d = [...gln].map(Number);
  const summe = d.slice(0, 12).reduce((s, z, i) => s + z * (i % 2 === 0 ? 1 : 3), 0);
  return (10 - (summe % 10)) % 10 === d[12];
}

/**
 * Checks the numbers an e-invoice portal or a bank would refuse, so the mistake shows when it is typed
 * and not weeks later as a rejected invoice. Returns one German message per wrong field.
 */
export function pruefeRechnungsangaben(e: RechnungsangabenEingabe): Record<string, string> {
  const f: Record<string, string> = {};
  if (e.ustId && !/^DE\d{9}$/.test(e.ustId)) {
    f.ustId = 'Die USt-IdNr. besteht aus „DE“ und 9 Ziffern, z. B. DE123456789.';
  }
  if (e.gln && !glnGueltig(e.gln)) {
    f.gln = 'Die GLN hat 13 Ziffern, die letzte ist eine Prüfziffer; diese Nummer stimmt nicht.';
  }
  if (e.iban && !isValidIBAN(electronicFormatIBAN(e.iban) ?? '')) {
    f.iban = 'Diese IBAN stimmt nicht (Länge oder Prüfziffer); bitte vom Kontoauszug abschreiben.';
  }
  if (e.bic && !isValidBIC(e.bic.replace(/\s/g, ''))) {
    f.bic = 'Eine BIC hat 8 oder 11 Zeichen, z. B. WELADED1WUP.';
  }
  if (e.leitwegId && !leitwegIdGueltig(e.leitwegId)) {
    f.leitwegId =
      'Diese Leitweg-ID stimmt nicht: 2–12 Ziffern, optional ein Feinadressierungsteil, dann zwei Prüfziffern (z. B. 05124-12345-67).';
  }
  return f;
}

/** IBAN and BIC as stored: without spaces, upper case. */
export function normalisiereKonto<T extends { iban?: string; bic?: string }>(e: T): T {
  return {
    ...e,
    iban: e.iban ? (electronicFormatIBAN(e.iban) ?? e.iban) : undefined,
    bic: e.bic ? e.bic.replace(/\s/g, '').toUpperCase() : undefined,
  };
}
