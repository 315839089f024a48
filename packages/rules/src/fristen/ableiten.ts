import type { Temporal } from 'temporal-polyfill';
import { nterWerktagNach, verschiebeRueckwaerts, verschiebeVorwaerts } from '../datum/arbeitstage.ts';
import type { Bundesland } from '../datum/feiertage.ts';
import {
  monatsende,
  periodenende,
  plusMonate,
  plusMonateMitKappung,
  plusTage,
  vergleicheDatum,
} from '../datum/kalender.ts';
import { type Ereignis, type Hilfe, passtVariante } from './eingabe.ts';
import { spaetestesHilfeende } from './hilfedauer.ts';
import type { Fristregel } from './regeln.ts';

/** One derived deadline, dates still as Temporal values; `faellig` is undefined while its event has no date. */
export interface RoheFrist {
  readonly regel: string;
  readonly titel: string;
  readonly faellig: Temporal.PlainDate | undefined;
  readonly ausgeloestDurch: string;
  readonly ereignisDatum: Temporal.PlainDate | undefined;
  readonly hinweis: 'kurzfristig' | null;
  readonly quelle: string;
}

type Verschiebung = Fristregel['verschiebung'];

export function verschiebe(d: Temporal.PlainDate, art: Verschiebung, land: Bundesland): Temporal.PlainDate {
  if (art === 'vorwaerts') return verschiebeVorwaerts(d, land);
  if (art === 'rueckwaerts') return verschiebeRueckwaerts(d, land);
  return d;
}

/**
 * n units after (or, negative, before) day e. Days and weeks count from the day after the event (§ 187 (1) BGB);
 * months either as a period that counts its first day (`beginn`: periodenende, § 187 (2)) or from the event
 * (`ereignis`: the same day number, § 188 (2) with § 187 (1)).
 */
export function versetze(
  e: Temporal.PlainDate,
  n: number,
  einheit: 'tage' | 'wochen' | 'monate',
  zaehlung: 'beginn' | 'ereignis' | undefined,
): Temporal.PlainDate {
  if (einheit === 'tage') return plusTage(e, n);
  if (einheit === 'wochen') return plusTage(e, 7 * n);
  return zaehlung === 'beginn' && n > 0 ? periodenende(e, n) : plusMonate(e, n);
}

/** The occurrences of a rule's events in a Hilfe: its own dates or the recorded events of that kind. */
function ausloeser(hilfe: Hilfe, art: string): readonly Ereignis[] {
  if (art === 'hilfebeginn') return [{ art, datum: hilfe.hilfebeginn, bekanntSeit: undefined }];
  if (art === 'geplantesEnde') {
    return hilfe.geplantesEnde ? [{ art, datum: hilfe.geplantesEnde, bekanntSeit: undefined }] : [];
  }
  return hilfe.ereignisse.filter((e) => e.art === art);
}

function giltFuer(regel: Fristregel, hilfe: Hilfe): boolean {
  const b = regel.bedingungen;
  if (!b) return true;
  if (!passtVariante(regel, hilfe.variante)) return false;
  // With a birth date, minority is decided per due date (see `zulaessig`); the old flag holds for the whole Hilfe.
  if (b.minderjaehrig !== undefined && hilfe.geburtsdatum === undefined) {
    return hilfe.minderjaehrig === b.minderjaehrig;
  }
  return true;
}

/**
 * The first day of full age: the day after the 18-year period that began with the day of birth (§ 187 (2),
 * § 188 (2), (3) BGB) — for a birth on 29 February, 1 March in a common year.
 */
export function volljaehrigAb(geburtsdatum: Temporal.PlainDate): Temporal.PlainDate {
  return plusTage(periodenende(geburtsdatum, 18 * 12), 1);
}

/**
 * Whether a computed due date stands: a monthly series has none before the Hilfe begins, and a rule for minors
 * none on or after the 18th birthday (a rule for adults none before it).
 */
function zulaessig(regel: Fristregel, hilfe: Hilfe, faellig: Temporal.PlainDate): boolean {
  if (regel.art === 'monatlich' && vergleicheDatum(faellig, hilfe.hilfebeginn) < 0) return false;
  const minderjaehrig = regel.bedingungen?.minderjaehrig;
  if (minderjaehrig === undefined || hilfe.geburtsdatum === undefined) return true;
  return vergleicheDatum(faellig, volljaehrigAb(hilfe.geburtsdatum)) < 0 === minderjaehrig;
}

/** Due dates of one occurrence, before the `bis` filter; `grenze` ends open series (`alle-n-monate`, `monatlich`). */
function faelligkeiten(
  regel: Fristregel,
  hilfe: Hilfe,
  e: Temporal.PlainDate,
  grenze: Temporal.PlainDate,
): Temporal.PlainDate[] {
  const land = hilfe.bundesland;
  const menge =
    (regel.intervallNachVereinbarung ? hilfe.berichtsintervallMonate : undefined) ?? regel.menge ?? 0;
  switch (regel.art) {
    case 'nach':
      return [
        verschiebe(versetze(e, menge, regel.einheit ?? 'tage', regel.zaehlung), regel.verschiebung, land),
      ];
    case 'vor':
      return [
        verschiebe(versetze(e, -menge, regel.einheit ?? 'tage', regel.zaehlung), regel.verschiebung, land),
      ];
    case 'werktage':
      return [verschiebe(nterWerktagNach(e, menge, land, regel.tagesart), regel.verschiebung, land)];
    case 'stichtag':
      return [verschiebe(e, regel.verschiebung, land)];
    case 'hilfeende-max': {
      const dauer = hilfe.katalog.hilfedauer;
      if (!dauer)
        throw new Error(`Katalogfehler: ${regel.id} braucht hilfedauer in ${hilfe.katalog.leistung}`);
      return [
        verschiebe(
          spaetestesHilfeende(dauer, e, hilfe.ausnahmeBegruendung !== undefined),
          regel.verschiebung,
          land,
        ),
      ];
    }
    case 'alle-n-monate': {
      // A period that ends after the planned end has no report of its own (the Abschluss covers it).
      const ende = regel.nurBisGeplantesEnde && hilfe.geplantesEnde ? hilfe.geplantesEnde : undefined;
      const tage: Temporal.PlainDate[] = [];
      for (let k = 1; ; k += 1) {
        const periode = versetze(e, menge * k, 'monate', regel.zaehlung);
        // Shifting never moves a day backwards past `grenze` in forward rules, so the unshifted day bounds the loop.
        if (vergleicheDatum(periode, grenze) > 0 || (ende && vergleicheDatum(periode, ende) > 0)) return tage;
        tage.push(verschiebe(periode, regel.verschiebung, land));
      }
    }
    case 'monatlich': {
      // Last working day of each calendar month of the Hilfe; in the month of the planned end, on or before it.
      // Without a planned end the series runs to the month of `grenze`, whose last working day may lie after it.
      const ende = hilfe.geplantesEnde;
      const letzter = ende ?? grenze;
      const tage: Temporal.PlainDate[] = [];
      for (let k = 0; ; k += 1) {
        const monat = plusMonateMitKappung(e, k).datum;
        if (monat.year * 12 + monat.month > letzter.year * 12 + letzter.month) return tage;
        const imEndmonat = ende !== undefined && monat.year === ende.year && monat.month === ende.month;
        const bisTag = imEndmonat ? ende : monatsende(monat);
        const tag = verschiebeRueckwaerts(bisTag, land);
        // A month whose days up to the end are all holidays or weekends has no contact day of its own.
        if (tag.month === monat.month) tage.push(tag);
      }
    }
  }
}

/**
 * All deadlines the given rules derive for a Hilfe. Events without a date give a deadline without a due date
 * ("offen ohne Datum"); `bis` bounds open series and is applied by the caller.
 */
export function leiteAb(
  regeln: readonly Fristregel[],
  hilfe: Hilfe,
  grenze: Temporal.PlainDate,
): RoheFrist[] {
  const fristen: RoheFrist[] = [];
  for (const regel of regeln) {
    if (!giltFuer(regel, hilfe)) continue;
    for (const art of regel.ereignis) {
      for (const ereignis of ausloeser(hilfe, art)) {
        if (!ereignis.datum) {
          fristen.push({
            regel: regel.id,
            titel: regel.titel,
            faellig: undefined,
            ausgeloestDurch: art,
            ereignisDatum: undefined,
            hinweis: null,
            quelle: regel.quelle,
          });
          continue;
        }
        for (const faellig of faelligkeiten(regel, hilfe, ereignis.datum, grenze)) {
          if (!zulaessig(regel, hilfe, faellig)) continue;
          const spaetBekannt =
            regel.kurzfristigHinweis &&
            ereignis.bekanntSeit &&
            vergleicheDatum(ereignis.bekanntSeit, faellig) > 0;
          fristen.push({
            regel: regel.id,
            titel: regel.titel,
            faellig,
            ausgeloestDurch: art,
            ereignisDatum: ereignis.datum,
            hinweis: spaetBekannt ? 'kurzfristig' : null,
            quelle: regel.quelle,
          });
        }
      }
    }
  }
  return fristen;
}
