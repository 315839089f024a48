import { EingabeFehler } from '../fehler.ts';
import type { Gruppeneintrag, Leistungseintrag } from './typen.ts';

/**
 * Splits the minutes of a group offer across the participating Hilfen: equal whole minutes, and the
 * remainder one minute each to the first Hilfen in id order (plain code-unit order, so every machine agrees).
 * The parts add up to the total exactly, and nobody gets more than one minute more than another.
 */
export function teileMinuten(
  minuten: number,
  hilfeIds: readonly string[],
): { hilfeId: string; minuten: number }[] {
  if (!Number.isInteger(minuten) || minuten < 0) {
    throw new EingabeFehler(`minuten: ${minuten} muss eine ganze Zahl ab 0 sein.`, 'minuten');
  }
  const ids = [...new Set(hilfeIds)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  if (ids.length === 0)
    throw new EingabeFehler('hilfeIds: ein Gruppenangebot braucht mindestens eine Hilfe.', 'hilfeIds');
  const grundanteil = Math.floor(minuten / ids.length);
  const rest = minuten - grundanteil * ids.length;
  return ids.map((hilfeId, i) => ({ hilfeId, minuten: grundanteil + (i < rest ? 1 : 0) }));
}

/** A group entry as one Leistungseintrag per participating Hilfe. */
export function verteileGruppeneintrag(eintrag: Gruppeneintrag): Leistungseintrag[] {
  return teileMinuten(eintrag.minuten, eintrag.hilfeIds).map(({ hilfeId, minuten }) => ({
    hilfeId,
    datum: eintrag.datum,
    minuten,
    art: eintrag.art,
  }));
}
