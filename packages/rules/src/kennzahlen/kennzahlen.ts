import { tageZwischen } from '../datum/tag.ts';
import { imZeitraum, type KennzahlZeitraum, leseZeitraum } from './zeitraum.ts';

/**
 * The provider's yearly key figures (KIJU: "Aufnahmen, Entlassungen, Verweildauer, belegende Jugendämter,
 * Beschwerden"; Bremerhaven's key-figure list). Defined once, here:
 * - Aufnahme: a Hilfe whose start lies in the year.
 * - Entlassung: a Hilfe whose actual end lies in the year.
 * - Verweildauer: of the Hilfen that ended in the year, the days from start to end, both counted (tageZwischen)
 *   (a Hilfe from 01.01. to 31.01. stayed 31 days); mean rounded to one decimal, median of the sorted days.
 * - Belegende Jugendämter: Jugendämter with a Hilfe running on at least one day of the year, with how many.
 * - Beschwerden: complaints received in the year.
 * The same definitions hold for a quarter or a month: pass a span (KennzahlZeitraum) instead of the year.
 */
export interface KennzahlHilfe {
  beginn: string;
  /** The actual end; null while the Hilfe runs. */
  ende: string | null;
  jugendamt: string;
}

export interface Kennzahlen {
  aufnahmen: number;
  entlassungen: number;
  verweildauerTage: { mittel: number | null; median: number | null };
  belegendeJugendaemter: { name: string; hilfen: number }[];
  beschwerden: number;
}

export function berechneKennzahlen(
  jahrOderZeitraum: number | KennzahlZeitraum,
  hilfen: readonly KennzahlHilfe[],
  beschwerden: number,
): Kennzahlen {
  const z = typeof jahrOderZeitraum === 'number' ? leseZeitraum(String(jahrOderZeitraum)) : jahrOderZeitraum;
  const erster = z.von;
  const letzter = z.bis;
  const beendet = hilfen.filter((h) => imZeitraum(h.ende, z));
  const tage = beendet.map((h) => tageZwischen(h.beginn, h.ende as string)).sort((a, b) => a - b);
  const mittel =
    tage.length === 0 ? null : Math.round((tage.reduce((s, t) => s + t, 0) / tage.length) * 10) / 10;
  const mitte = Math.floor(tage.length / 2);
  const median =
    tage.length === 0 ? null : tage.length % 2 === 1 ? tage[mitte] : (tage[mitte - 1] + tage[mitte]) / 2;
  const laufend = hilfen.filter((h) => h.beginn <= letzter && (h.ende === null || h.ende >= erster));
  const jeAmt = new Map<string, number>();
  for (const h of laufend) jeAmt.set(h.jugendamt, (jeAmt.get(h.jugendamt) ?? 0) + 1);
  return {
    aufnahmen: hilfen.filter((h) => imZeitraum(h.beginn, z)).length,
    entlassungen: beendet.length,
    verweildauerTage: { mittel, median },
    belegendeJugendaemter: [...jeAmt]
      .map(([name, anzahl]) => ({ name, hilfen: anzahl }))
      .sort((a, b) => b.hilfen - a.hilfen || a.name.localeCompare(b.name, 'de')),
    beschwerden,
  };
}
