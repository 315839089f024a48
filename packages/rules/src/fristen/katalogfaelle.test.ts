import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { EingabeFehler } from '../fehler.ts';
import { berechneFristen } from './berechnen.ts';
import { fristenkataloge, katalogVerzeichnis } from './regeln.ts';

/** Runs every `catalogue/<id>/tests/fristen-*.yaml`: hand-computed cases a caseworker can read. */

interface Fall {
  name: string;
  eingabe: unknown;
  erwartet?: { fristen: Record<string, unknown>[] };
  fehler?: string;
}

const wurzel = katalogVerzeichnis();
const dateien = readdirSync(wurzel)
  .flatMap((id) => {
    try {
      return readdirSync(join(wurzel, id, 'tests')).map((datei) => join(id, 'tests', datei));
    } catch {
      return [];
    }
  })
  .filter((pfad) => /[/\\]fristen-[^/\\]+\.yaml$/.test(pfad))
  .sort();

describe('Fristen-Testfälle des Katalogs', () => {
  it('findet Testfälle', () => {
    expect(dateien.length).toBeGreaterThan(0);
  });

  it('jede CLI-Regel hat mindestens einen erwarteten Fall', () => {
    const regeln = new Set<string>();
    for (const datei of dateien) {
      const { faelle } = parse(readFileSync(join(wurzel, datei), 'utf8')) as { faelle: Fall[] };
      for (const fall of faelle) for (const f of fall.erwartet?.fristen ?? []) regeln.add(String(f.regel));
    }
    for (const katalog of fristenkataloge().values()) {
      for (const regel of katalog.regeln)
        expect(regeln, `${katalog.leistung}: ${regel.id}`).toContain(regel.id);
    }
  });

  for (const datei of dateien) {
    const { faelle } = parse(readFileSync(join(wurzel, datei), 'utf8')) as { faelle: Fall[] };
    describe(datei, () => {
      for (const fall of faelle) {
        it(fall.name, () => {
          if (fall.fehler !== undefined) {
            let fehler: unknown;
            try {
              berechneFristen(fall.eingabe);
            } catch (e) {
              fehler = e;
            }
            expect(fehler).toBeInstanceOf(EingabeFehler);
            expect((fehler as EingabeFehler).message).toContain(fall.fehler);
            return;
          }
          const { fristen } = berechneFristen(fall.eingabe);
          const erwartet = fall.erwartet?.fristen ?? [];
          // Compare only the fields a case names (quelle is long prose and checked elsewhere).
          const vergleich = fristen.map((f, i) =>
            Object.fromEntries(Object.keys(erwartet[i] ?? f).map((k) => [k, f[k as keyof typeof f]])),
          );
          expect(vergleich).toEqual(erwartet);
          for (const f of fristen) expect(f.quelle.length).toBeGreaterThan(0);
        });
      }
    });
  }
});
