import { readFileSync } from 'node:fs';
import { basename, relative } from 'node:path';
import Decimal from 'decimal.js';
import { parse } from 'yaml';
import { rechnungSumme, rechnungsPositionen, teileMinuten } from '../abrechnung/index.ts';
import { naechsteRechnungsnummer } from '../abrechnung/rechnungsnummer.ts';
import { berechneBudget } from '../budget/index.ts';
import { EingabeFehler } from '../fehler.ts';
import { berechneFristen } from '../fristen/berechnen.ts';
import { leiteEigenePflichtenAb } from '../fristen/eigene-pflichten.ts';
import { leiteOrganisationsfristenAb } from '../fristen/organisation.ts';
import { berechneEntgelt } from '../kalkulation/entgelt.ts';
import { katalogWurzel, leistungsOrdner, yamlDateien } from '../katalog/pfad.ts';
import * as kz from '../kennzahlen/index.ts';
import { berechneBesetzung } from '../organisation/besetzung.ts';
import { abweichungen } from './vergleich.ts';

/** One case of a `tests/*.yaml` file: an input and either the expected result or a part of the error message. */
export interface Testfall {
  name: string;
  /** Only in `abrechnung-*.yaml` and `kennzahlen-*.yaml`, which test several functions: which one runs. */
  funktion?: string;
  eingabe: unknown;
  erwartet?: unknown;
  fehler?: string;
}

export interface Testdatei {
  /** `catalogue/`-relative path, e.g. `berlin-d8/tests/kalkulation-varianten.yaml`. */
  datei: string;
  art: Testart;
  faelle: Testfall[];
}

/** Budget results get derived fields, so a case need not list all 60 instalments to check them. */
function budgetAnsicht(eingabe: unknown) {
  const ergebnis = berechneBudget(eingabe);
  return {
    ...ergebnis,
    ratenAnzahl: ergebnis.raten.length,
    ratenSumme: ergebnis.raten.reduce((s, r) => s.plus(r.betrag), new Decimal(0)).toFixed(2),
    ersteRate: ergebnis.raten[0],
    letzteRate: ergebnis.raten[ergebnis.raten.length - 1],
  };
}

const abrechnung: Record<string, (eingabe: never) => unknown> = {
  rechnungsPositionen: (eingabe: Parameters<typeof rechnungsPositionen>[0]) => {
    const positionen = rechnungsPositionen(eingabe);
    return { positionen, summe: rechnungSumme(positionen) };
  },
  teileMinuten: (e: { minuten: number; hilfeIds: string[] }) => teileMinuten(e.minuten, e.hilfeIds),
  naechsteRechnungsnummer: (e: { prefix: string; jahr: number; letzteLaufnummer: number }) =>
    naechsteRechnungsnummer(e.prefix, e.jahr, e.letzteLaufnummer),
};

/** `kennzahlen-*.yaml`: each case names the figure function; `zeitraum` (2026, 2026-Q3, 2026-07) is read first. */
type KzEingabe = { zeitraum: string } & Record<string, never>;
const kennzahlen: Record<string, (e: KzEingabe, z: kz.KennzahlZeitraum) => unknown> = {
  leseZeitraum: (_e, z) => z,
  berechneKennzahlen: (e, z) => kz.berechneKennzahlen(z, e.hilfen, e.beschwerden),
  entlassungenNachGrund: (e, z) => kz.entlassungenNachGrund(e.hilfen, z),
  stundenNachArt: (e, z) => kz.stundenNachArt(e.eintraege, e.hilfen ?? [], z),
  auslastung: (e, z) => kz.auslastung(e.belegungen, e.plaetze, z, e.band),
  fristenTermingerecht: (e, z) => kz.fristenTermingerecht(e.fristen, z, e.heute),
  vorgaenge: (e, z) => kz.vorgaenge(e.liste, z),
  bremerhavenKennzahlen: (e, z) => kz.bremerhavenKennzahlen(e.hilfen, e.eintraege, z),
};

function waehle<T>(tabelle: Record<string, T>, f: Testfall): T {
  const funktion = f.funktion === undefined ? undefined : tabelle[f.funktion];
  if (!funktion) {
    throw new Error(
      `funktion „${f.funktion ?? ''}“ ist unbekannt; erlaubt: ${Object.keys(tabelle).join(', ')}`,
    );
  }
  return funktion;
}

/** What a file's name prefix runs: `kalkulation-*.yaml` the Entgelt, `fristen-*.yaml` the deadlines, … */
const RECHNER = {
  kalkulation: (f: Testfall) => berechneEntgelt(f.eingabe),
  fristen: (f: Testfall) => berechneFristen(f.eingabe),
  budget: (f: Testfall) => budgetAnsicht(f.eingabe),
  personal: (f: Testfall) => berechneBesetzung(f.eingabe as Parameters<typeof berechneBesetzung>[0]),
  organisationsfristen: (f: Testfall) =>
    leiteOrganisationsfristenAb(f.eingabe as Parameters<typeof leiteOrganisationsfristenAb>[0]),
  eigenepflichten: (f: Testfall) =>
    leiteEigenePflichtenAb(f.eingabe as Parameters<typeof leiteEigenePflichtenAb>[0]),
  kennzahlen: (f: Testfall) => {
    const e = f.eingabe as KzEingabe;
    return waehle(kennzahlen, f)(e, kz.leseZeitraum(String(e.zeitraum)));
  },
  abrechnung: (f: Testfall) => {
    const funktion = f.funktion === undefined ? undefined : abrechnung[f.funktion];
    if (!funktion) {
      throw new Error(
        `funktion „${f.funktion ?? ''}“ ist unbekannt; erlaubt: ${Object.keys(abrechnung).join(', ')}`,
      );
    }
    return funktion(f.eingabe as never);
  },
} satisfies Record<string, (f: Testfall) => unknown>;

export type Testart = keyof typeof RECHNER;

function artDerDatei(name: string): Testart {
  const art = Object.keys(RECHNER).find((a) => name.startsWith(`${a}-`));
  if (!art) {
    throw new Error(
      `${name}: unbekannte Testdatei; der Name beginnt mit ${Object.keys(RECHNER).join('-, ')}-`,
    );
  }
  return art as Testart;
}

/** Every `catalogue/<id>/tests/*.yaml`, sorted; a file whose name says no known kind fails loudly. */
export function katalogTestdateien(wurzel = katalogWurzel): Testdatei[] {
  return leistungsOrdner(wurzel).flatMap((id) =>
    yamlDateien(wurzel, id, 'tests').map((pfad) => {
      // Merge keys (`<<: *basis`) let a file of error cases vary one field of a shared valid input.
      const inhalt = parse(readFileSync(pfad, 'utf8'), { merge: true }) as { faelle?: Testfall[] };
      if (!Array.isArray(inhalt?.faelle) || inhalt.faelle.length === 0) {
        throw new Error(`${relative(wurzel, pfad)}: keine Liste „faelle“`);
      }
      return { datei: relative(wurzel, pfad), art: artDerDatei(basename(pfad)), faelle: inhalt.faelle };
    }),
  );
}

/**
 * Runs one case and returns what differs from it (empty: the case passes). A case with `fehler` expects an
 * EingabeFehler whose message contains that text; a case with `erwartet` a result matching it
 * ({@link abweichungen}); exactly one of the two.
 */
export function pruefeTestfall(art: Testart, fall: Testfall): string[] {
  if ((fall.erwartet === undefined) === (fall.fehler === undefined)) {
    return ['der Fall nennt genau eins von „erwartet“ und „fehler“'];
  }
  let ergebnis: unknown;
  try {
    ergebnis = RECHNER[art](fall);
  } catch (fehler) {
    if (!(fehler instanceof EingabeFehler)) throw fehler;
    if (fall.fehler === undefined) return [`unerwarteter Eingabefehler: ${fehler.message}`];
    return fehler.message.includes(fall.fehler)
      ? []
      : [`Fehlermeldung ohne „${fall.fehler}“: ${fehler.message}`];
  }
  if (fall.fehler !== undefined) return [`Eingabefehler „${fall.fehler}“ erwartet, erhalten ein Ergebnis`];
  return abweichungen(ergebnis, fall.erwartet);
}
