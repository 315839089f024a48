import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { verbindeMitDatenordner } from '@hilfewerk/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inhalt } from '../../../server/src/test/pg-datenbank.ts';
import { meldeAn, starteServe } from '../test/serve-prozess.ts';

const wurzel = fileURLToPath(new URL('../../../../', import.meta.url));
const eltern = mkdtempSync(join(tmpdir(), 'hilfewerk-sicherung-'));
chmodSync(eltern, 0o755);
const quelle = join(eltern, 'quelle');
const kopie = join(eltern, 'kopie');
const datei = join(eltern, 'stand.hwsicherung');
afterAll(() => rmSync(eltern, { recursive: true, force: true }));

function sicherung(aktion: string, pfad: string, daten: string) {
  return spawnSync('node', ['packages/cli/bin/hilfewerk.mjs', 'sicherung', aktion, pfad], {
    cwd: wurzel,
    encoding: 'utf8',
    env: { ...process.env, HILFEWERK_DATA: daten, DATABASE_URL: '' },
    timeout: 120_000,
  });
}

function auditPruefen(daten: string) {
  return spawnSync('node', ['packages/cli/bin/hilfewerk.mjs', 'audit', 'pruefen'], {
    cwd: wurzel,
    encoding: 'utf8',
    env: { ...process.env, HILFEWERK_DATA: daten, DATABASE_URL: '' },
    timeout: 120_000,
  });
}

/** Every table's row count and digest, read from a data folder whose Hilfewerk is stopped. */
async function inhaltVon(daten: string) {
  const v = await verbindeMitDatenordner(daten, { laufendErlaubt: false });
  try {
    return await inhalt(v.url);
  } finally {
    await v.beenden();
  }
}

beforeAll(async () => {
  // A data folder with the demo and a note written through the running application.
  const s = await starteServe({ HILFEWERK_DATA: quelle, HILFEWERK_DEMO: '1' });
  try {
    const { kopf } = await meldeAn(s.url, 'fachkraft@kiju.demo');
    const [fall] = (await (await fetch(`${s.url}/api/faelle`, { headers: kopf })).json()) as { id: string }[];
    const res = await fetch(`${s.url}/api/faelle/${fall.id}/notizen`, {
      method: 'POST',
      headers: kopf,
      body: JSON.stringify({
        text: 'Vor der Sicherung: Tab\t, Zeilenumbruch\n, Backslash \\ und „Anführung“',
      }),
    });
    expect(res.status).toBe(201);
    // Backed up while Hilfewerk runs: the command uses its database server.
    const r = sicherung('erstellen', datei, quelle);
    expect(r.stderr).toMatch(/Sicherung: \w+ – [\d.]+ Zeilen \(\d+ %\)/);
    expect(r.stdout).toMatch(/^Sicherung erstellt: .*\(laufender Hilfewerk\)\n$/);
    expect(r.status).toBe(0);
  } finally {
    s.prozess.kill('SIGTERM');
    await s.ende;
  }
}, 180_000);

describe('hilfewerk sicherung', () => {
  it('schreibt die Datei nur für den Eigentümer lesbar', () => {
    expect(statSync(datei).mode & 0o777).toBe(0o600);
  });

  it('spielt in einen neuen Datenordner ein: jede Tabelle gleich, die Anwendung läuft darauf', async () => {
    const r = sicherung('einspielen', datei, kopie);
    expect(r.stderr).toMatch(/Einspielen: /);
    expect(r.stdout).toMatch(/^Sicherung eingespielt: .* Tabellen, [\d.]+ Zeilen\)\n$/);
    expect(r.status).toBe(0);
    const vorher = await inhaltVon(quelle);
    const nachher = await inhaltVon(kopie);
    expect(Object.keys(vorher).length).toBeGreaterThan(20);
    expect(nachher).toEqual(vorher);
    // The audit chain survives the round trip: the same number of entries, every link intact.
    const quellPruefung = auditPruefen(quelle);
    const kopiePruefung = auditPruefen(kopie);
    expect(kopiePruefung.status, kopiePruefung.stdout + kopiePruefung.stderr).toBe(0);
    expect(kopiePruefung.stdout).toMatch(/^Protokoll unverändert: \d+ Einträge\n$/);
    expect(kopiePruefung.stdout).toBe(quellPruefung.stdout);
    const s = await starteServe({ HILFEWERK_DATA: kopie });
    try {
      await meldeAn(s.url, 'fachkraft@kiju.demo');
    } finally {
      s.prozess.kill('SIGTERM');
      await s.ende;
    }
  }, 180_000);

  it('sichert auch bei beendetem Hilfewerk, überschreibt aber keine Datei', () => {
    const zweite = join(eltern, 'zweite.hwsicherung');
    expect(sicherung('erstellen', zweite, quelle).status).toBe(0);
    const nochmal = sicherung('erstellen', zweite, quelle);
    expect(nochmal.status).toBe(2);
    expect(nochmal.stderr).toMatch(/^Fehler: .*/);
  }, 120_000);

  it('weist ein nicht leeres Ziel, eine fehlende und eine fremde Datei mit Exit 2 ab und ändert nichts', async () => {
    const vorher = await inhaltVon(kopie);
    const belegt = sicherung('einspielen', datei, kopie);
    expect(belegt.status).toBe(2);
    expect(belegt.stderr).toMatch(/^Fehler: /);
    const fehlt = sicherung('einspielen', join(eltern, 'gibt-es-nicht'), join(eltern, 'neu1'));
    expect(fehlt.status).toBe(2);
    expect(fehlt.stderr).toMatch(/^Fehler: /);
    const fremd = join(eltern, 'fremd.txt');
    writeFileSync(fremd, 'kein Backup\n');
    const falsch = sicherung('einspielen', fremd, join(eltern, 'neu2'));
    expect(falsch.status).toBe(2);
    expect(falsch.stderr).toMatch(/^Fehler: /);
    expect(await inhaltVon(kopie)).toEqual(vorher);
    // Refused before any database was created for it.
    expect(existsSync(join(eltern, 'neu1'))).toBe(false);
    expect(existsSync(join(eltern, 'neu2'))).toBe(false);
  }, 120_000);

  it('sagt, wenn im Datenordner keine Datenbank ist, und wie es richtig heißt', () => {
    const r = sicherung('erstellen', join(eltern, 'x.hwsicherung'), join(eltern, 'leer'));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/keine Hilfewerk-Datenbank/);
    const v = spawnSync('node', ['packages/cli/bin/hilfewerk.mjs', 'sicherung', 'machen'], {
      cwd: wurzel,
      encoding: 'utf8',
    });
    expect(v.status).toBe(2);
    expect(v.stderr).toMatch(/Verwendung:/);
  });
});
