import { existsSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import type { z } from 'zod';
import { zodMeldungen } from './format.ts';
import { katalogPfad, leistungsOrdner, leseYaml, yamlDateien } from './pfad.ts';
import {
  fristenRegelnSchema,
  fristenTestSchema,
  kalkulationsTestSchema,
  type Leistung,
  leistungSchema,
  parameterSchema,
} from './schema.ts';

/**
 * A Leistung that is priced per case must prove its calculation with at least this many YAML cases.
 * A house rule of Hilfewerk (brief of the catalogue), not a contract number, hence a constant here.
 */
const MINDESTFAELLE_KALKULATION = 5;

type Pruefer = (meldung: string) => void;

function leseGeprueft<T>(datei: string, schema: z.ZodType<T>, melde: Pruefer): T | undefined {
  let roh: unknown;
  try {
    roh = leseYaml(datei);
  } catch (fehler) {
    melde(`kein gültiges YAML: ${(fehler as Error).message.split('\n')[0]}`);
    return undefined;
  }
  const ergebnis = schema.safeParse(roh);
  if (!ergebnis.success) {
    for (const m of zodMeldungen(ergebnis.error)) melde(m);
    return undefined;
  }
  return ergebnis.data;
}

/** Validity periods must be listed in order and must not overlap (`bis` before the next start). */
function pruefeGueltigkeiten(roh: unknown, melde: Pruefer): void {
  const werte = (roh as { werte?: Record<string, { bis?: string; wert?: unknown }> } | null)?.werte;
  if (!werte || typeof werte !== 'object') return;
  const eintraege = Object.entries(werte);
  eintraege.forEach(([ab, v], i) => {
    const naechster = eintraege[i + 1]?.[0];
    if (naechster !== undefined && naechster <= ab) {
      melde(`Gültigkeiten nicht aufsteigend sortiert: ${naechster} folgt auf ${ab}`);
    }
    if (v?.bis !== undefined && v.bis < ab) melde(`werte.${ab}.bis (${v.bis}) liegt vor dem Beginn`);
    if (v?.bis !== undefined && naechster !== undefined && v.bis >= naechster) {
      melde(`Gültigkeiten überlappen: ${ab} bis ${v.bis} reicht in ${naechster}`);
    }
  });
  if (eintraege[0]?.[1]?.wert === null) melde(`erster Wert (${eintraege[0][0]}) ist null`);
}

function pruefeParameter(wurzel: string, id: string, problem: (d: string, m: string) => void): Set<string> {
  const namen = new Set<string>();
  for (const datei of yamlDateien(wurzel, id, 'parameter')) {
    namen.add(basename(datei, '.yaml'));
    const melde: Pruefer = (m) => problem(datei, m);
    if (leseGeprueft(datei, parameterSchema, melde)) pruefeGueltigkeiten(leseYaml(datei), melde);
  }
  return namen;
}

function pruefeVerweise(leistung: Leistung, parameter: Set<string>, melde: Pruefer): void {
  const listen = [
    leistung.zielgruppen,
    leistung.leistungsinhalte,
    leistung.ausschluesse,
    leistung.dauer,
    leistung.personalschluessel,
    leistung.personalmix,
    leistung.ziele,
    leistung.leistungen,
    leistung.qualitaetspflichten,
  ];
  for (const eintrag of listen.flat()) {
    if (eintrag.parameter !== undefined && !parameter.has(eintrag.parameter)) {
      melde(`verweist auf fehlenden Parameter „${eintrag.parameter}“ (${eintrag.text})`);
    }
  }
  const varianten = leistung.varianten.map((v) => v.id);
  for (const doppelt of varianten.filter((v, i) => varianten.indexOf(v) !== i)) {
    melde(`Variante „${doppelt}“ doppelt`);
  }
}

/** Every deadline rule needs at least one test case that expects it. */
function pruefeFristen(wurzel: string, id: string, problem: (d: string, m: string) => void): void {
  const datei = join(wurzel, id, 'fristen.yaml');
  if (!existsSync(datei)) return;
  const regeln = leseGeprueft(datei, fristenRegelnSchema, (m) => problem(datei, m));
  if (!regeln) return;
  const getestet = new Set<string>();
  for (const test of yamlDateien(wurzel, id, 'tests', 'fristen-')) {
    const inhalt = leseGeprueft(test, fristenTestSchema, (m) => problem(test, m));
    for (const fall of inhalt?.faelle ?? []) {
      for (const frist of fall.erwartet?.fristen ?? []) getestet.add(frist.regel);
    }
  }
  for (const regel of regeln.regeln) {
    if (!getestet.has(regel.id)) {
      problem(
        datei,
        `Fristregel „${regel.id}“ hat keinen Testfall (erwartet.fristen[].regel in tests/fristen-*.yaml)`,
      );
    }
  }
}

function pruefeKalkulationsfaelle(
  wurzel: string,
  leistung: Leistung,
  problem: (d: string, m: string) => void,
): void {
  let anzahl = 0;
  for (const datei of yamlDateien(wurzel, leistung.id, 'tests', 'kalkulation-')) {
    const inhalt = leseGeprueft(datei, kalkulationsTestSchema, (m) => problem(datei, m));
    for (const fall of inhalt?.faelle ?? []) {
      anzahl += 1;
      if (fall.eingabe.leistung !== leistung.id) {
        problem(datei, `Fall „${fall.name}“: eingabe.leistung ist nicht „${leistung.id}“`);
      }
    }
  }
  if (leistung.kalkulation.art !== 'traegerbudget' && anzahl < MINDESTFAELLE_KALKULATION) {
    problem(
      join(wurzel, leistung.id, 'tests'),
      `nur ${anzahl} Kalkulationsfälle (tests/kalkulation-*.yaml), mindestens ${MINDESTFAELLE_KALKULATION} nötig`,
    );
  }
}

/**
 * Checks the whole catalogue and returns its problems (empty = fine): values without source, unsorted or
 * overlapping validity, unknown keys, deadline rules without a test case, priced Leistungen with too few
 * calculation cases. Reads the files fresh, without the loader's cache, so it sees edits.
 */
export function lintKatalog(dir?: string | URL): string[] {
  const wurzel = katalogPfad(dir);
  const probleme: string[] = [];
  const problem = (datei: string, meldung: string) => probleme.push(`${relative(wurzel, datei)}: ${meldung}`);
  const reihenfolgen = new Map<number, string>();
  for (const id of leistungsOrdner(wurzel)) {
    const index = join(wurzel, id, 'index.yaml');
    if (!existsSync(index)) {
      problem(join(wurzel, id), 'index.yaml fehlt');
      continue;
    }
    const parameter = pruefeParameter(wurzel, id, problem);
    const leistung = leseGeprueft(index, leistungSchema, (m) => problem(index, m));
    if (!leistung) continue;
    if (leistung.id !== id) problem(index, `id „${leistung.id}“ passt nicht zum Ordner „${id}“`);
    const andere = reihenfolgen.get(leistung.reihenfolge);
    if (andere) problem(index, `reihenfolge ${leistung.reihenfolge} schon bei ${andere}`);
    reihenfolgen.set(leistung.reihenfolge, id);
    pruefeVerweise(leistung, parameter, (m) => problem(index, m));
    pruefeFristen(wurzel, id, problem);
    pruefeKalkulationsfaelle(wurzel, leistung, problem);
  }
  return probleme;
}
