import { Temporal } from 'temporal-polyfill';
import { alsDatum } from '../datum/tag.ts';
import { EingabeFehler } from '../fehler.ts';
import type { Zeitraum } from './typen.ts';

export interface Abrechnungsmonat {
  monat: string;
  von: Temporal.PlainDate;
  bis: Temporal.PlainDate;
  tage: number;
}

export function alsMonat(monat: string): Abrechnungsmonat {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(monat)) {
    throw new EingabeFehler(`monat: "${monat}" muss die Form JJJJ-MM haben, z. B. "2026-02".`, 'monat');
  }
  const ym = Temporal.PlainYearMonth.from(monat);
  return {
    monat,
    von: ym.toPlainDate({ day: 1 }),
    bis: ym.toPlainDate({ day: ym.daysInMonth }),
    tage: ym.daysInMonth,
  };
}

export function alsTag(datum: string, feld: string): Temporal.PlainDate {
  const tag = alsDatum(datum);
  if (!tag) throw new EingabeFehler(`${feld}: "${datum}" ist kein gültiges Datum JJJJ-MM-TT.`, feld);
  return tag;
}

/** The part of a period inside the month, or undefined; both end days count. */
export function imMonat(
  zeitraum: Zeitraum,
  monat: Abrechnungsmonat,
  feld: string,
): { von: Temporal.PlainDate; bis: Temporal.PlainDate; tage: number } | undefined {
  const start = alsTag(zeitraum.von, `${feld}.von`);
  // An open end runs at least to the month's end; a period that begins after the month has no days in it.
  if (zeitraum.bis === null && Temporal.PlainDate.compare(start, monat.bis) > 0) return undefined;
  const ende = zeitraum.bis === null ? monat.bis : alsTag(zeitraum.bis, `${feld}.bis`);
  if (Temporal.PlainDate.compare(ende, start) < 0) {
    throw new EingabeFehler(`${feld}: Ende ${zeitraum.bis} liegt vor dem Beginn ${zeitraum.von}.`, feld);
  }
  const von = Temporal.PlainDate.compare(start, monat.von) > 0 ? start : monat.von;
  const bis = Temporal.PlainDate.compare(ende, monat.bis) < 0 ? ende : monat.bis;
  if (Temporal.PlainDate.compare(von, bis) > 0) return undefined;
  return { von, bis, tage: von.until(bis).days + 1 };
}
