import { describe, expect, it } from 'vitest';
import { EingabeFehler } from '../fehler.ts';
import { listeKatalog } from '../katalog/leistung.ts';
import { katalogWurzel, leseYaml, yamlDateien } from '../katalog/pfad.ts';
import { kalkulationsTestSchema } from '../katalog/schema.ts';
import { berechneEntgelt } from './entgelt.ts';
import { teilvergleich } from './teilvergleich.ts';

/** Runs every `catalogue/<id>/tests/kalkulation-*.yaml` case: the contract's own worked examples. */
for (const { id } of listeKatalog()) {
  for (const datei of yamlDateien(katalogWurzel, id, 'tests', 'kalkulation-')) {
    const { faelle } = kalkulationsTestSchema.parse(leseYaml(datei));
    describe(`${id}/${datei.split('/').pop()}`, () => {
      for (const fall of faelle) {
        it(fall.name, () => {
          if (fall.fehler !== undefined) {
            let gefangen: unknown;
            try {
              berechneEntgelt(fall.eingabe);
            } catch (fehler) {
              gefangen = fehler;
            }
            expect(gefangen).toBeInstanceOf(EingabeFehler);
            expect((gefangen as EingabeFehler).message).toContain(fall.fehler);
          } else {
            expect(teilvergleich(berechneEntgelt(fall.eingabe), fall.erwartet)).toEqual([]);
          }
        });
      }
    });
  }
}
