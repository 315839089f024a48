import { readdirSync, readFileSync } from 'node:fs';
import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  type Abrechnungseingabe,
  naechsteRechnungsnummer,
  rechnungSumme,
  rechnungsPositionen,
  teileMinuten,
} from '../abrechnung/index.ts';
import { EingabeFehler } from '../fehler.ts';
import { berechneBudget } from './index.ts';

/**
 * Runs every `catalogue/<id>/tests/budget-*.yaml` and `abrechnung-*.yaml` case: `erwartet` is a subset match
 * (objects: the listed keys; arrays: same length, element by element), `fehler` a substring of the EingabeFehler.
 */

interface Fall {
  name: string;
  funktion?: string;
  eingabe: unknown;
  erwartet?: unknown;
  fehler?: string;
}

const katalog = new URL('../../../../catalogue/', import.meta.url);

function dateien(): { datei: string; faelle: Fall[] }[] {
  return readdirSync(katalog, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => {
      const ordner = new URL(`${d.name}/tests/`, katalog);
      let namen: string[];
      try {
        namen = readdirSync(ordner);
      } catch {
        return [];
      }
      return namen
        .filter((n) => /^(budget|abrechnung)-.*\.yaml$/.test(n))
        .sort()
        .map((n) => ({
          datei: `${d.name}/tests/${n}`,
          faelle: (parse(readFileSync(new URL(n, ordner), 'utf8'), { merge: true }) as { faelle: Fall[] })
            .faelle,
        }));
    });
}

/** Budget results get derived fields so a case need not list all 60 instalments. */
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

const funktionen: Record<string, (eingabe: never) => unknown> = {
  berechneBudget: budgetAnsicht,
  rechnungsPositionen: (eingabe: Abrechnungseingabe) => {
    const positionen = rechnungsPositionen(eingabe);
    return { positionen, summe: rechnungSumme(positionen) };
  },
  teileMinuten: (e: { minuten: number; hilfeIds: string[] }) => teileMinuten(e.minuten, e.hilfeIds),
  naechsteRechnungsnummer: (e: { prefix: string; jahr: number; letzteLaufnummer: number }) =>
    naechsteRechnungsnummer(e.prefix, e.jahr, e.letzteLaufnummer),
};

function abweichungen(ist: unknown, soll: unknown, pfad: string): string[] {
  if (pfad.endsWith('hinweiseEnthalten')) return [];
  if (Array.isArray(soll)) {
    if (!Array.isArray(ist)) return [`${pfad}: erwartet Liste, erhalten ${JSON.stringify(ist)}`];
    if (ist.length !== soll.length)
      return [`${pfad}: erwartet ${soll.length} Einträge, erhalten ${ist.length}`];
    return soll.flatMap((s, i) => abweichungen(ist[i], s, `${pfad}[${i}]`));
  }
  if (soll !== null && typeof soll === 'object') {
    if (ist === null || typeof ist !== 'object')
      return [`${pfad}: erwartet Objekt, erhalten ${JSON.stringify(ist)}`];
    return Object.entries(soll).flatMap(([k, s]) =>
      abweichungen((ist as Record<string, unknown>)[k], s, `${pfad}.${k}`),
    );
  }
  return Object.is(ist, soll)
    ? []
    : [`${pfad}: erwartet ${JSON.stringify(soll)}, erhalten ${JSON.stringify(ist)}`];
}

for (const { datei, faelle } of dateien()) {
  describe(datei, () => {
    for (const fall of faelle) {
      it(fall.name, () => {
        const name = fall.funktion ?? (datei.includes('/budget-') ? 'berechneBudget' : '');
        const funktion = funktionen[name];
        expect(funktion, `unbekannte funktion ${name}`).toBeDefined();
        if (fall.fehler !== undefined) {
          expect(() => funktion(fall.eingabe as never)).toThrow(EingabeFehler);
          expect(() => funktion(fall.eingabe as never)).toThrow(fall.fehler);
          return;
        }
        const ergebnis = funktion(fall.eingabe as never);
        expect(abweichungen(ergebnis, fall.erwartet, 'ergebnis')).toEqual([]);
        const soll = fall.erwartet as { hinweiseEnthalten?: string[] };
        for (const teil of soll.hinweiseEnthalten ?? []) {
          expect((ergebnis as { hinweise: string[] }).hinweise.join('\n')).toContain(teil);
        }
      });
    }
  });
}
