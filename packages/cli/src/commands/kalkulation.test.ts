import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const wurzel = fileURLToPath(new URL('../../../../', import.meta.url));
const ordner = mkdtempSync(join(tmpdir(), 'hilfewerk-kalkulation-'));

function hilfewerk(args: string[]) {
  return spawnSync('node', ['packages/cli/bin/hilfewerk.mjs', ...args], { cwd: wurzel, encoding: 'utf8' });
}

function kalkulation(eingabe: unknown | string) {
  const pfad = join(ordner, 'eingabe.json');
  writeFileSync(pfad, typeof eingabe === 'string' ? eingabe : JSON.stringify(eingabe));
  return hilfewerk(['kalkulation', pfad]);
}

/** The example input of docs/cli.md. */
const beispiel = {
  leistung: 'berlin-d8',
  variante: 'gruppe-regel',
  stichtag: '2025-01-01',
  plaetze: 10,
  betreuungseinheiten: 5,
  gruppen: 1,
  auslastung: 0.93,
  personalschluessel: 2.0,
  kinderbetreuungsgruppen: 0,
  weiterePersonen: 0,
  nachtbereitschaft: { stundenProNacht: 8, naechte: 365, jahresstundenVk: 2000 },
  erstkalkulation: true,
  personalkosten: { fachkraft: '68000.00', leitung: '85000.00' },
  sachkosten: '60000.00',
};

describe('hilfewerk kalkulation', () => {
  it('gibt für das Beispiel aus docs/cli.md nur JSON aus und endet mit 0', () => {
    const r = kalkulation(beispiel);
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(Object.keys(json)).toEqual(
      expect.arrayContaining([
        'leistung',
        'variante',
        'stichtag',
        'entgelt',
        'jahreskosten',
        'berechnungstage',
        'vk',
        'zeilen',
        'warnungen',
      ]),
    );
    // Hand-computed: 340000 + 24820 + 34000 + 3988.20 + 3782.325 + 35260 + 60000 = 501850.525 over 3394.5 days.
    expect(json.jahreskosten).toBe('501850.53');
    expect(json.entgelt).toEqual({ betrag: '147.84', einheit: 'EUR je Platz und Tag' });
    expect(json.berechnungstage).toBe(3394.5);
    expect(json.vk).toEqual({ betreuung: 5, zusatz: 0.365, leitung: 0.4 });
    expect(json.weiterePerson).toBeUndefined();
  });

  it('lehnt Auslastung außerhalb 92–95 % mit Exit 2 ab, stdout bleibt leer', () => {
    const r = kalkulation({ ...beispiel, auslastung: 0.9 });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(
      'Auslastung 0,90 liegt außerhalb 92–95 % (Anlage D.8, Matrix: Auslastung pro Platzangebot)',
    );
  });

  it('verweist beim Trägerbudget auf hilfewerk budget (Exit 2)', () => {
    const r = kalkulation({ leistung: 'bremerhaven-ambulant', stichtag: '2025-01-01' });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('hilfewerk budget');
  });

  it('behandelt kaputtes JSON und fehlende Datei als Eingabefehler', () => {
    expect(kalkulation('{ nein').status).toBe(2);
    const ohne = hilfewerk(['kalkulation']);
    expect(ohne.status).toBe(2);
    expect(ohne.stdout).toBe('');
  });

  it('nennt bei unbekannter Leistung die gültigen', () => {
    const r = kalkulation({ ...beispiel, leistung: 'd8' });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('lt11-nachbetreuung, kiju-nachbetreuung, bremerhaven-ambulant, berlin-d8');
  });
});
