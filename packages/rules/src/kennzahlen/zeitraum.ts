import { monatsgrenzen, tageZwischen } from '../datum/tag.ts';
import { EingabeFehler } from '../fehler.ts';

/**
 * The span a key figure is counted over: a year (`2026`), a quarter (`2026-Q3`) or a month (`2026-07`).
 * Every figure counts over [von, bis], both days included.
 */
export interface KennzahlZeitraum {
  art: 'jahr' | 'quartal' | 'monat';
  /** The text it was read from, e.g. `2026-Q3`. */
  text: string;
  jahr: number;
  von: string;
  bis: string;
  tage: number;
  /** German label, e.g. `3. Quartal 2026`. */
  bezeichnung: string;
}

const MONATE = [
  'Januar',
  'Februar',
  'März',
  'April',
  'Mai',
  'Juni',
  'Juli',
  'August',
  'September',
  'Oktober',
  'November',
  'Dezember',
];

const MUSTER = /^(\d{4})(?:-(?:Q([1-4])|(0[1-9]|1[0-2])))?$/;

/** Reads `JJJJ`, `JJJJ-Q1`…`JJJJ-Q4` or `JJJJ-MM`; anything else is an EingabeFehler naming the forms. */
export function leseZeitraum(text: string): KennzahlZeitraum {
  const m = MUSTER.exec(text.trim());
  const jahr = m ? Number(m[1]) : Number.NaN;
  if (!m || jahr < 2000 || jahr > 2099) {
    throw new EingabeFehler(
      'Zeitraum als Jahr (2026), Quartal (2026-Q3) oder Monat (2026-07) angeben, Jahr 2000–2099.',
      'zeitraum',
    );
  }
  const bis = (monat: number) => monatsgrenzen(`${jahr}-${String(monat).padStart(2, '0')}`).bis;
  let art: KennzahlZeitraum['art'] = 'jahr';
  let von = `${jahr}-01-01`;
  let ende = `${jahr}-12-31`;
  let bezeichnung = `Jahr ${jahr}`;
  if (m[2]) {
    const q = Number(m[2]);
    art = 'quartal';
    von = `${jahr}-${String(q * 3 - 2).padStart(2, '0')}-01`;
    ende = bis(q * 3);
    bezeichnung = `${q}. Quartal ${jahr}`;
  } else if (m[3]) {
    art = 'monat';
    von = `${jahr}-${m[3]}-01`;
    ende = bis(Number(m[3]));
    bezeichnung = `${MONATE[Number(m[3]) - 1]} ${jahr}`;
  }
  return { art, text: text.trim(), jahr, von, bis: ende, tage: tageZwischen(von, ende), bezeichnung };
}

/** Whether a day lies in the span. */
export const imZeitraum = (tag: string | null | undefined, z: KennzahlZeitraum) =>
  tag !== null && tag !== undefined && tag >= z.von && tag <= z.bis;

/** Days of [beginn, ende] (ende null: open) that lie in the span, both days included. */
export function tageImZeitraum(beginn: string, ende: string | null, z: KennzahlZeitraum): number {
  const von = beginn > z.von ? beginn : z.von;
  const bis = ende === null || ende > z.bis ? z.bis : ende;
  return bis < von ? 0 : tageZwischen(von, bis);
}
