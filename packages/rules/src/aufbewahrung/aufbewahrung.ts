import { Temporal } from 'temporal-polyfill';
import { alsDatum } from '../datum/tag.ts';
import { EingabeFehler } from '../fehler.ts';

/**
 * How long a case file is kept, per kind of record (docs/datenschutz.md, "Aufbewahrung").
 *
 * - `9b-sgb-viii`: files of Hilfe zur Erziehung (§§ 27–35, 35a, 41 SGB VIII) are kept until 70 years
 *   after the young person's 30th birthday — the day they turn 100.
 * - `84-sgb-x`: everything else is deleted when no longer needed (§ 84 (2) SGB X). Hilfewerk's decision:
 *   10 years after the last Hilfe of the case ended (or after the case was opened, if it had none) —
 *   long enough for follow-up Hilfen, complaints and the invoices' 10-year retention (§ 147 AO).
 *
 * A case with a running Hilfe is never due. A § 9b case whose young person has no birth date cannot be
 * computed and is reported for a person to decide — never deleted by guess.
 */
export const AUFBEWAHRUNG_JAHRE_84 = 10;
const JAHRE_9B = 30 + 70;

export type AufbewahrungsRegel = '9b-sgb-viii' | '84-sgb-x';

export interface AufbewahrungsEingabe {
  /** The young person's birth date (ISO), if known. */
  geburtsdatum: string | null;
  /** When the case was opened (ISO date). */
  angelegtAm: string;
  hilfen: { rechtsgrundlage: string; beginn: string; ende: string | null }[];
}

export type AufbewahrungsErgebnis =
  | { status: 'laufend'; regel: AufbewahrungsRegel; quelle: string }
  | { status: 'unbestimmt'; regel: '9b-sgb-viii'; quelle: string; grund: string }
  | { status: 'befristet'; regel: AufbewahrungsRegel; quelle: string; ende: string };

const QUELLE = {
  '9b-sgb-viii': '§ 9b SGB VIII: 70 Jahre nach Vollendung des 30. Lebensjahres',
  '84-sgb-x': `§ 84 Abs. 2 SGB X: Löschung, wenn nicht mehr erforderlich (Festlegung: ${AUFBEWAHRUNG_JAHRE_84} Jahre nach Ende der letzten Hilfe)`,
} as const;

/** §§ 27–35, 35a and 41 SGB VIII, as the legal basis of a Hilfe names them ("§ 34 SGB VIII", "§ 27 Abs. 2 i. V. m. § 35a"). */
export function istErziehungshilfe(rechtsgrundlage: string): boolean {
  if (!/SGB\s*VIII/i.test(rechtsgrundlage) && !/^\s*§/.test(rechtsgrundlage)) return false;
  if (/SGB\s*(X|XII|II|IX|V)\b/i.test(rechtsgrundlage) && !/SGB\s*VIII/i.test(rechtsgrundlage)) return false;
  for (const m of rechtsgrundlage.matchAll(/§+\s*(\d+)([a-z])?\b/gi)) {
    const nr = Number(m[1]);
    const buchstabe = (m[2] ?? '').toLowerCase();
    if (nr >= 27 && nr <= 35 && (buchstabe === '' || (nr === 35 && buchstabe === 'a'))) return true;
    if (nr === 41 && buchstabe === '') return true;
  }
  return false;
}

function datum(wert: string, feld: string): Temporal.PlainDate {
  const d = alsDatum(wert);
  if (!d) throw new EingabeFehler(`${feld}: „${wert}“ ist kein Datum (JJJJ-MM-TT).`, feld);
  return d;
}

/** The end of the retention period of one case file, with the rule and its source. */
export function aufbewahrungsende(e: AufbewahrungsEingabe): AufbewahrungsErgebnis {
  const angelegt = datum(e.angelegtAm, 'angelegtAm');
  const geburt = e.geburtsdatum === null ? null : datum(e.geburtsdatum, 'geburtsdatum');
  e.hilfen.forEach((h, i) => {
    datum(h.beginn, `hilfen[${i}].beginn`);
    if (h.ende !== null) datum(h.ende, `hilfen[${i}].ende`);
  });
  const regel: AufbewahrungsRegel = e.hilfen.some((h) => istErziehungshilfe(h.rechtsgrundlage))
    ? '9b-sgb-viii'
    : '84-sgb-x';
  const quelle = QUELLE[regel];
  if (e.hilfen.some((h) => h.ende === null)) return { status: 'laufend', regel, quelle };
  if (regel === '9b-sgb-viii') {
    if (!geburt) {
      return {
        status: 'unbestimmt',
        regel,
        quelle,
        grund:
          'Ohne Geburtsdatum des jungen Menschen lässt sich die Frist nach § 9b SGB VIII nicht berechnen.',
      };
    }
    return { status: 'befristet', regel, quelle, ende: geburt.add({ years: JAHRE_9B }).toString() };
  }
  const letztes = e.hilfen
    .map((h) => datum(h.ende as string, 'ende'))
    .reduce((a, b) => (Temporal.PlainDate.compare(a, b) >= 0 ? a : b), angelegt);
  return {
    status: 'befristet',
    regel,
    quelle,
    ende: letztes.add({ years: AUFBEWAHRUNG_JAHRE_84 }).toString(),
  };
}

/** Due on `stichtag`: the period ended before it (the last day of the period still keeps the file). */
export function istFaellig(ergebnis: AufbewahrungsErgebnis, stichtag: string): boolean {
  return ergebnis.status === 'befristet' && ergebnis.ende < stichtag;
}
