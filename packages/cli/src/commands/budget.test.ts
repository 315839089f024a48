import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const wurzel = fileURLToPath(new URL('../../../../', import.meta.url));
const ordner = mkdtempSync(join(tmpdir(), 'hilfewerk-budget-'));

function budget(eingabe: unknown | string, name = 'eingabe.json') {
  const pfad = join(ordner, name);
  writeFileSync(pfad, typeof eingabe === 'string' ? eingabe : JSON.stringify(eingabe));
  return spawnSync('node', ['packages/cli/bin/hilfewerk.mjs', 'budget', pfad], {
    cwd: wurzel,
    encoding: 'utf8',
  });
}

const beispiel = {
  gesamtbudget: '9000000.00',
  beginn: '2025-01-01',
  monate: 60,
  direktanteil: 0.8,
  stellen: [
    { art: 'fachkraft', vk: 20.0, jahresstundenVk: 1600 },
    { art: 'semiprofessionell', vk: 4.0, jahresstundenVk: 1600 },
  ],
  quartale: [{ quartal: '2025-Q1', direktstunden: { fachkraft: 6100, semiprofessionell: 1200 } }],
  basisleistung: { stunden: 30000 },
};

describe('hilfewerk budget', () => {
  it('gibt für das Vertragsbeispiel JSON aus und endet mit 0', () => {
    const { status, stdout, stderr } = budget(beispiel);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const ergebnis = JSON.parse(stdout);
    expect(Object.keys(ergebnis).sort()).toEqual(
      ['hinweise', 'nachverhandlung', 'planstundenJahr', 'quartale', 'raten', 'umsteuerung'].sort(),
    );
    expect(ergebnis.raten).toHaveLength(60);
    expect(ergebnis.raten[0]).toEqual({ monat: '2025-01', faellig: '2025-01-01', betrag: '150000.00' });
    expect(ergebnis.planstundenJahr).toBe(30720);
    expect(ergebnis.quartale).toEqual([
      {
        quartal: '2025-Q1',
        plan: 7680,
        ist: 7300,
        quote: 0.9505,
        fachkraft: 6100,
        semiprofessionell: 1200,
        unter90: false,
      },
    ]);
    expect(ergebnis.nachverhandlung).toEqual({ ausgeloest: false, quartale: [] });
  }, 30_000);

  it.each([
    ['direktanteil außerhalb (0, 1]', { ...beispiel, direktanteil: 1.5 }, 'direktanteil'],
    [
      'Quartal außerhalb der Laufzeit',
      { ...beispiel, quartale: [{ quartal: '2031-Q1', direktstunden: { fachkraft: 1 } }] },
      'Budgetlaufzeit',
    ],
    [
      'negative Stunden',
      { ...beispiel, quartale: [{ quartal: '2025-Q1', direktstunden: { fachkraft: -5 } }] },
      'negativ',
    ],
  ])(
    '%s: Meldung auf stderr, nichts auf stdout, Exit 2',
    (_, eingabe, teil) => {
      const { status, stdout, stderr } = budget(eingabe);
      expect(status).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toContain(teil);
    },
    30_000,
  );

  it('kein gültiges JSON: Exit 2, stdout leer', () => {
    const { status, stdout, stderr } = budget('{ "gesamtbudget": ', 'kaputt.json');
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('kein gültiges JSON');
  }, 30_000);

  it('fehlende Datei: Exit 2, stdout leer', () => {
    const { status, stdout } = spawnSync(
      'node',
      ['packages/cli/bin/hilfewerk.mjs', 'budget', join(ordner, 'fehlt.json')],
      {
        cwd: wurzel,
        encoding: 'utf8',
      },
    );
    expect(status).toBe(2);
    expect(stdout).toBe('');
  }, 30_000);
});
