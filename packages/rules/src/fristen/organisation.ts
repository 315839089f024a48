import type { Temporal } from 'temporal-polyfill';
import { BUNDESLAENDER, type Bundesland, istBundesland } from '../datum/feiertage.ts';
import { isoDatum, leseIsoDatum, plusMonate, plusTage, vergleicheDatum } from '../datum/kalender.ts';
import { EingabeFehler } from '../fehler.ts';
import { verschiebe, versetze } from './ableiten.ts';
import { fristenkataloge, type Organisationsregel } from './regeln.ts';

/** A deadline of the provider as an organisation (yearly report, quality report), not of one Hilfe. */
export interface Organisationsfrist {
  readonly regel: string;
  readonly titel: string;
  /** null: the last report is not recorded, so the next one has no date yet ("offen ohne Datum"). */
  readonly faellig: string | null;
  /** `stichtag` for fixed dates, `letzterBericht` when it counts from the last report. */
  readonly ausgeloestDurch: 'stichtag' | 'letzterBericht';
  readonly ereignisDatum: string | null;
  readonly hinweis: null;
  readonly quelle: string;
}

export interface OrganisationsfristenEingabe {
  readonly leistung: string;
  /** Two-letter code; defaults to the Land of the Leistung's agreement. */
  readonly bundesland?: string | null;
  /** ISO date of the last report, for rules that count from it. */
  readonly letzterBericht?: string | null;
  /** ISO date: deadlines up to this day. */
  readonly bis: string;
}

function datum(feld: string, wert: string): Temporal.PlainDate {
  const d = leseIsoDatum(wert);
  if (!d) throw new EingabeFehler(`${feld}: „${wert}“ ist kein gültiges Datum im Format JJJJ-MM-TT.`, feld);
  return d;
}

export function ableiten(
  regel: Organisationsregel,
  land: Bundesland,
  letzterBericht: Temporal.PlainDate | undefined,
  bis: Temporal.PlainDate,
): Organisationsfrist[] {
  const basis = { regel: regel.id, titel: regel.titel, hinweis: null, quelle: regel.quelle };
  if (regel.art === 'jaehrlich' || regel.art === 'wiederkehrend') {
    const erstmals = leseIsoDatum(regel.erstmals as string) as Temporal.PlainDate;
    const wochen = regel.art === 'wiederkehrend' ? regel.alleWochen : undefined;
    const schritt = regel.art === 'jaehrlich' ? 12 : (regel.alleMonate ?? 0);
    const fristen: Organisationsfrist[] = [];
    for (let n = 0; ; n += 1) {
      // From `erstmals` each time, not from the previous date: 31.01. + 1 month is 28.02., + 2 is 31.03.
      const stichtag = wochen ? plusTage(erstmals, 7 * wochen * n) : plusMonate(erstmals, schritt * n);
      if (vergleicheDatum(stichtag, bis) > 0) return fristen;
      const faellig = verschiebe(stichtag, regel.verschiebung, land);
      if (vergleicheDatum(faellig, bis) > 0) return fristen;
      fristen.push({
        ...basis,
        faellig: isoDatum(faellig),
        ausgeloestDurch: 'stichtag',
        ereignisDatum: isoDatum(stichtag),
      });
    }
  }
  if (!letzterBericht) {
    return [{ ...basis, faellig: null, ausgeloestDurch: 'letzterBericht', ereignisDatum: null }];
  }
  // Only the next report: the one after it counts from the day it is actually delivered.
  const faellig = verschiebe(
    versetze(letzterBericht, regel.menge ?? 0, regel.einheit ?? 'tage', regel.zaehlung),
    regel.verschiebung,
    land,
  );
  if (vergleicheDatum(faellig, bis) > 0) return [];
  return [
    {
      ...basis,
      faellig: isoDatum(faellig),
      ausgeloestDurch: 'letzterBericht',
      ereignisDatum: isoDatum(letzterBericht),
    },
  ];
}

/**
 * The organisation deadlines of a Leistung's agreement up to `bis`, sorted by due date (undated last):
 * e.g. Bremerhaven's yearly provider report (first 31.03.2026, then each 31.03.) or the LT 11
 * Qualitätsentwicklungsbericht at least every 2 years after the last one.
 */
export function leiteOrganisationsfristenAb(eingabe: OrganisationsfristenEingabe): {
  fristen: Organisationsfrist[];
} {
  const katalog = fristenkataloge().get(eingabe.leistung);
  if (!katalog) {
    throw new EingabeFehler(
      `leistung: unbekannte Leistung „${eingabe.leistung}“. Erlaubt: ${[...fristenkataloge().keys()].join(', ')}.`,
      'leistung',
    );
  }
  const land = eingabe.bundesland ?? katalog.bundesland;
  if (!istBundesland(land)) {
    throw new EingabeFehler(
      `bundesland: unbekanntes Länderkürzel „${land}“. Erlaubt: ${BUNDESLAENDER.join(', ')}.`,
      'bundesland',
    );
  }
  if (!eingabe.bis) throw new EingabeFehler('bis: fehlt (ein Datum im Format JJJJ-MM-TT).', 'bis');
  const bis = datum('bis', eingabe.bis);
  const letzterBericht = eingabe.letzterBericht ? datum('letzterBericht', eingabe.letzterBericht) : undefined;
  const fristen = katalog.organisationsfristen.flatMap((r) => ableiten(r, land, letzterBericht, bis));
  fristen.sort((a, b) => {
    if (a.faellig === b.faellig) return a.regel < b.regel ? -1 : a.regel > b.regel ? 1 : 0;
    if (a.faellig === null) return 1;
    if (b.faellig === null) return -1;
    return a.faellig < b.faellig ? -1 : 1;
  });
  return { fristen };
}
