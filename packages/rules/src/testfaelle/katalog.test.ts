import { describe, expect, it } from 'vitest';
import { berechneFristen } from '../fristen/berechnen.ts';
import { fristenkataloge } from '../fristen/regeln.ts';
import { katalogTestdateien, pruefeTestfall } from './katalog.ts';

/** Every `catalogue/<id>/tests/*.yaml` case, through one runner with one meaning of `erwartet`. */
const dateien = katalogTestdateien();

describe('Testfälle des Katalogs', () => {
  it('findet Testfälle jeder Art', () => {
    expect([...new Set(dateien.map((d) => d.art))].sort()).toEqual([
      'abrechnung',
      'budget',
      'eigenepflichten',
      'fristen',
      'kalkulation',
      'kennzahlen',
      'organisationsfristen',
      'personal',
    ]);
  });

  it('jede Fristregel hat mindestens einen Fall, der sie erwartet', () => {
    const erwartet = new Set(
      dateien
        .filter((d) => d.art === 'fristen')
        .flatMap((d) => d.faelle)
        .flatMap((f) => (f.erwartet as { fristen?: { regel: string }[] } | undefined)?.fristen ?? [])
        .map((f) => f.regel),
    );
    for (const katalog of fristenkataloge().values()) {
      for (const regel of katalog.regeln)
        expect(erwartet, `${katalog.leistung}: ${regel.id}`).toContain(regel.id);
    }
  });

  for (const { datei, art, faelle } of dateien) {
    describe(datei, () => {
      for (const fall of faelle) {
        it(fall.name, () => {
          expect(pruefeTestfall(art, fall)).toEqual([]);
          // Every deadline names the clause it comes from; the cases leave the long text out.
          if (art === 'fristen' && fall.erwartet !== undefined) {
            for (const f of berechneFristen(fall.eingabe).fristen) expect(f.quelle, f.regel).not.toBe('');
          }
        });
      }
    });
  }
});
