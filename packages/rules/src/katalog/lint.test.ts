import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { lintKatalog } from './lint.ts';
import { katalogWurzel } from './pfad.ts';

let kopie: string | undefined;

/** A throw-away copy of the real catalogue to plant defects in. */
function katalogKopie(): string {
  kopie = mkdtempSync(join(tmpdir(), 'hilfewerk-katalog-'));
  cpSync(katalogWurzel, kopie, { recursive: true });
  return kopie;
}

afterEach(() => {
  if (kopie) rmSync(kopie, { recursive: true, force: true });
  kopie = undefined;
});

describe('lintKatalog', () => {
  it('lässt den echten Katalog passieren', () => {
    expect(lintKatalog()).toEqual([]);
  });

  it('meldet einen Wert ohne Quelle', () => {
    const dir = katalogKopie();
    writeFileSync(
      join(dir, 'berlin-d8/parameter/ohne-quelle.yaml'),
      'beschreibung: Testwert\neinheit: EUR\nwerte:\n  2023-01-01:\n    wert: 1\n',
    );
    expect(lintKatalog(dir)).toEqual([
      expect.stringMatching(/ohne-quelle\.yaml: werte\.2023-01-01\.quelle: Quelle fehlt/),
    ]);
  });

  it('meldet unsortierte und überlappende Gültigkeiten', () => {
    const dir = katalogKopie();
    const datei = join(dir, 'berlin-d8/parameter/qualitaetsbetrag.yaml');
    writeFileSync(
      datei,
      `${readFileSync(datei, 'utf8')}  2022-01-01:\n    wert: 700\n    bis: 2023-06-30\n    quelle: "Test"\n`,
    );
    const probleme = lintKatalog(dir);
    expect(probleme.some((p) => p.includes('nicht aufsteigend sortiert'))).toBe(true);
  });

  it('meldet überlappende Gültigkeit mit bis', () => {
    const dir = katalogKopie();
    const datei = join(dir, 'berlin-d8/parameter/qualitaetsbetrag.yaml');
    const text = readFileSync(datei, 'utf8').replace(
      '  2023-01-01:',
      '  2022-01-01:\n    wert: 700\n    bis: 2023-06-30\n    quelle: "Test"\n  2023-01-01:',
    );
    writeFileSync(datei, text);
    expect(lintKatalog(dir)).toEqual([expect.stringContaining('Gültigkeiten überlappen')]);
  });

  it('meldet unbekannte Schlüssel', () => {
    const dir = katalogKopie();
    const datei = join(dir, 'lt11-nachbetreuung/index.yaml');
    writeFileSync(datei, `${readFileSync(datei, 'utf8')}\nbemerkung: nicht vorgesehen\n`);
    expect(lintKatalog(dir)).toEqual([expect.stringMatching(/index\.yaml: .*bemerkung/)]);
  });

  it('meldet eine Fristregel ohne Testfall', () => {
    const dir = katalogKopie();
    writeFileSync(
      join(dir, 'berlin-d8/fristen.yaml'),
      'regeln:\n  - id: anschlusshilfe-test\n    quelle: "Anlage D.8, Präambel"\n',
    );
    expect(lintKatalog(dir)).toEqual([expect.stringContaining('„anschlusshilfe-test“ hat keinen Testfall')]);
  });

  it('meldet zu wenige Kalkulationsfälle', () => {
    const dir = katalogKopie();
    const tests = join(dir, 'lt11-nachbetreuung/tests');
    for (const datei of readdirSync(tests).filter((d) => d.startsWith('kalkulation-'))) {
      rmSync(join(tests, datei));
    }
    expect(lintKatalog(dir)).toEqual([expect.stringContaining('nur 0 Kalkulationsfälle')]);
  });
});
