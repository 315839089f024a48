import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const wurzel = fileURLToPath(new URL('../../../../', import.meta.url));
const ordner = mkdtempSync(join(tmpdir(), 'hilfewerk-fristen-'));

function fristen(...args: string[]) {
  const ergebnis = spawnSync(process.execPath, ['packages/cli/bin/hilfewerk.mjs', 'fristen', ...args], {
    cwd: wurzel,
    encoding: 'utf8',
  });
  return { code: ergebnis.status, stdout: ergebnis.stdout, stderr: ergebnis.stderr };
}

function datei(name: string, inhalt: unknown): string {
  const pfad = join(ordner, name);
  writeFileSync(pfad, typeof inhalt === 'string' ? inhalt : JSON.stringify(inhalt));
  return pfad;
}

describe('hilfewerk fristen', () => {
  it('gibt die Fristen als JSON aus (Beispiel aus docs/cli.md)', () => {
    const { code, stdout, stderr } = fristen(
      datei('gut.json', {
        leistung: 'bremerhaven-ambulant',
        bundesland: 'HB',
        hilfebeginn: '2025-03-03',
        geplantesEnde: '2026-03-02',
        ausnahmeBegruendung: null,
        ereignisse: [
          { art: 'hpg', datum: '2025-09-01', bekanntSeit: '2025-06-01' },
          { art: 'abstimmungsbedarf', datum: '2025-04-10' },
          { art: 'krise', datum: '2025-05-05' },
        ],
        bis: '2026-03-31',
      }),
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const { fristen: liste } = JSON.parse(stdout);
    expect(liste.map((f: { regel: string; faellig: string }) => `${f.faellig} ${f.regel}`)).toEqual([
      '2025-04-14 handlungsplan',
      '2025-04-22 abstimmungsgespraech',
      '2025-07-21 bericht-vor-hpg',
      '2025-09-02 bericht-halbjahr',
      '2025-09-02 hpg-ersthilfeplan',
      '2026-03-02 bericht-halbjahr',
    ]);
    expect(Object.keys(liste[0]).sort()).toEqual(
      ['ausgeloestDurch', 'ereignisDatum', 'faellig', 'hinweis', 'quelle', 'regel'].sort(),
    );
  });

  it('KIJU eigene Wohnung ohne Geburtsdatum: Exit 2 statt eines still fehlenden Kontakts, nichts auf stdout', () => {
    const eingabe = {
      leistung: 'kiju-nachbetreuung',
      variante: 'eigene-wohnung',
      hilfebeginn: '2025-09-01',
      geplantesEnde: '2025-11-30',
      bis: '2025-12-31',
    };
    const ohne = fristen(datei('ohne-geburtsdatum.json', eingabe));
    expect(ohne.code).toBe(2);
    expect(ohne.stdout).toBe('');
    expect(ohne.stderr).toContain('geburtsdatum fehlt');
    expect(ohne.stderr).toContain('Leistungsbeschreibung KIJU');
    const mit = fristen(datei('mit-geburtsdatum.json', { ...eingabe, geburtsdatum: '2007-11-01' }));
    expect(mit.code).toBe(0);
    const kontakte = JSON.parse(mit.stdout)
      .fristen.filter((f: { regel: string }) => f.regel === 'kontakt-sorgeberechtigte')
      .map((f: { faellig: string }) => f.faellig);
    expect(kontakte).toEqual(['2025-09-30', '2025-10-31']);
  });

  it.each([
    [
      'LT 11 zu lang',
      datei('lt11.json', {
        leistung: 'lt11-nachbetreuung',
        bundesland: 'HB',
        hilfebeginn: '2025-01-15',
        geplantesEnde: '2025-04-15',
        bis: '2025-12-31',
      }),
      'LT 11 Abschnitt 7',
    ],
    [
      'ungültiges Datum',
      datei('datum.json', {
        leistung: 'kiju-nachbetreuung',
        bundesland: 'NW',
        hilfebeginn: '2025-02-30',
        bis: '2025-12-31',
      }),
      'kein gültiges Datum',
    ],
    ['kein JSON', datei('kaputt.json', '{ leistung: '), 'kein gültiges JSON'],
    ['fehlende Datei', join(ordner, 'gibt-es-nicht.json'), 'kann nicht gelesen werden'],
  ])('%s → Exit 2, Meldung auf stderr, stdout leer', (_name, pfad, meldung) => {
    const { code, stdout, stderr } = fristen(pfad);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(meldung);
  });

  it('ohne Datei → Exit 2', () => {
    const { code, stdout } = fristen();
    expect(code).toBe(2);
    expect(stdout).toBe('');
  });
});
