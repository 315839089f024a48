import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  bekannteMigrationen,
  erstelleSicherung,
  type FortschrittsMeldung,
  migriere,
  oeffneDatenbank,
  pruefeSicherung,
  spieleSicherungEin,
} from '@hilfewerk/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { DEMO_PASSWORT } from '../demo/daten.ts';
import { abfrage, inhalt, leereDatenbanken, pgServerUrl, urlVon } from './pg-datenbank.ts';
import { type TestApp, testApp } from './test-app.ts';

/**
 * Backup and restore of the demo database, after a month was closed and a few users worked, so that
 * every table holds rows: one restored copy must equal the original row by row and serve the app.
 */
let t: TestApp;
let quelle: string;
let datenbanken: Awaited<ReturnType<typeof leereDatenbanken>>;
let ordner: string;
let sicherung: string;
const SONDERZEICHEN = 'Zeile 1\n\\.\nTab\there, Backslash \\N, „Anführung“ 😀 \r\nEnde\\';

beforeAll(async () => {
  pgServerUrl();
  t = await testApp();
  quelle = await urlVon(t.db);
  datenbanken = await leereDatenbanken();
  ordner = await mkdtemp(join(tmpdir(), 'hw-sicherung-'));
  const fachkraft = await t.als('fachkraft@kiju.demo');
  const verwaltung = await t.als('verwaltung@kiju.demo');
  await t.als('leitung@kiju.demo');
  const falsch = await t.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { email: 'leitung@kiju.demo', passwort: 'falsch-geraten' },
  });
  expect(falsch.statusCode).toBe(401);
  expect((await verwaltung.post('/api/abschluesse', { monat: '2026-10' })).statusCode).toBe(201);
  expect((await fachkraft.put('/api/einstellungen/erinnerung', { erinnerungTage: 30 })).statusCode).toBe(200);
  expect((await fachkraft.post('/api/kalender/token')).statusCode).toBe(201);
  const [fall] = (await fachkraft.get('/api/faelle')).json();
  const notiz = await fachkraft.post(`/api/faelle/${fall.id}/notizen`, { text: SONDERZEICHEN });
  expect(notiz.statusCode).toBe(201);
});

afterAll(async () => {
  await t?.close();
  await datenbanken?.aufraeumen();
  if (ordner) await rm(ordner, { recursive: true, force: true });
});

describe('erstelleSicherung / spieleSicherungEin', () => {
  it('restores every table with the same rows, and the app works on the copy', async () => {
    const vorher = await inhalt(quelle);
    const leer = Object.entries(vorher).filter(([, i]) => i.zeilen === 0);
    expect(leer, 'jede Tabelle soll Zeilen haben, sonst prüft der Test sie nicht').toEqual([]);

    sicherung = join(ordner, 'voll.hwsicherung');
    const meldungen: FortschrittsMeldung[] = [];
    const ergebnis = await erstelleSicherung(quelle, sicherung, {
      fortschritt: (m) => void meldungen.push(m),
    });
    const gesamt = Object.values(vorher).reduce((s, i) => s + i.zeilen, 0);
    expect(ergebnis).toMatchObject({ tabellen: Object.keys(vorher).length, zeilen: gesamt });
    expect(ergebnis.bytes).toBe((await stat(sicherung)).size);
    expect((await stat(sicherung)).mode & 0o777).toBe(0o600);
    await expect(stat(`${sicherung}.tmp`)).rejects.toThrow();
    expect(meldungen.map((m) => [m.tabelle, m.zeilen]).sort()).toEqual(
      Object.entries(vorher)
        .map(([n, i]) => [n, i.zeilen])
        .sort(),
    );
    expect(meldungen.at(-1)).toMatchObject({ gesamtZeilen: gesamt, fertigeZeilen: gesamt });

    const kopf = await pruefeSicherung(sicherung);
    expect(kopf.migrationen).toEqual(await bekannteMigrationen());

    const ziel = await datenbanken.neu();
    const eingespielt = await spieleSicherungEin(ziel, sicherung);
    expect(eingespielt).toEqual({ tabellen: ergebnis.tabellen, zeilen: gesamt, nachgeholteMigrationen: [] });
    expect(await inhalt(ziel)).toEqual(vorher);

    const regeln = `SELECT tablename::text || '.' || policyname::text AS r FROM pg_policies
      WHERE schemaname = 'public' ORDER BY 1`;
    expect(await abfrage(ziel, regeln)).toEqual(await abfrage(quelle, regeln));
    const erzwungen = `SELECT relname::text AS n FROM pg_class WHERE relnamespace = 'public'::regnamespace
      AND relforcerowsecurity ORDER BY 1`;
    expect(await abfrage(ziel, erzwungen)).toEqual(await abfrage(quelle, erzwungen));

    const db = await oeffneDatenbank({ databaseUrl: ziel, poolGroesse: 2 });
    const app = await buildApp({ db, demo: false });
    try {
      expect(await migriere(db)).toEqual([]);
      const login = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: 'fachkraft@kiju.demo', passwort: DEMO_PASSWORT },
      });
      expect(login.statusCode).toBe(200);
      const cookie = login.cookies.find((c) => c.name === 'hw_sitzung');
      const faelle = await app.inject({
        method: 'GET',
        url: '/api/faelle',
        headers: { cookie: `hw_sitzung=${cookie?.value}` },
      });
      const original = await (await t.als('fachkraft@kiju.demo')).get('/api/faelle');
      expect(faelle.statusCode).toBe(200);
      expect(faelle.json()).toEqual(original.json());
    } finally {
      await app.close();
      await db.close();
    }
  });

  it('never overwrites an existing file', async () => {
    const datei = join(ordner, 'vorhanden.hwsicherung');
    await writeFile(datei, 'alte Sicherung');
    await expect(erstelleSicherung(quelle, datei)).rejects.toMatchObject({
      name: 'SicherungsFehler',
      grund: 'datei-vorhanden',
      message: expect.stringContaining('überschreibt keine vorhandene Datei'),
    });
    expect(await readFile(datei, 'utf8')).toBe('alte Sicherung');
    await expect(stat(`${datei}.tmp`)).rejects.toThrow();

    await writeFile(`${datei}2.tmp`, 'Rest einer abgebrochenen Sicherung');
    await expect(erstelleSicherung(quelle, `${datei}2`)).rejects.toMatchObject({ grund: 'datei-vorhanden' });
    expect(await readFile(`${datei}2.tmp`, 'utf8')).toBe('Rest einer abgebrochenen Sicherung');
    await expect(stat(`${datei}2`)).rejects.toThrow();
  });

  it('holds one moment while others write during the backup', async () => {
    const vorher = await inhalt(quelle);
    const [{ org, autor, fall }] = await abfrage<{ org: string; autor: string; fall: string }>(
      quelle,
      'SELECT organisation_id AS org, autor_id AS autor, fall_id AS fall FROM notiz LIMIT 1',
    );
    const { Client } = (await import('pg')).default;
    const schreiber = new Client({ connectionString: quelle });
    await schreiber.connect();
    const einfuegen = `INSERT INTO notiz (organisation_id, fall_id, autor_id, text)
      SELECT $1, $2, $3, 'während der Sicherung ' || i FROM generate_series(1, 500) i`;
    const protokoll = `INSERT INTO audit (organisation_id, benutzer_id, aktion, ressource, ressource_id)
      SELECT $1, $2, 'test', 'notiz', gen_random_uuid() FROM generate_series(1, 500)`;
    try {
      // Open before the backup, committed while it runs: none of it may be in the backup.
      await schreiber.query('BEGIN');
      await schreiber.query(einfuegen, [org, fall, autor]);
      let geschrieben = false;
      const datei = join(ordner, 'waehrend.hwsicherung');
      await erstelleSicherung(quelle, datei, {
        fortschritt: async () => {
          if (geschrieben) return;
          geschrieben = true;
          await schreiber.query(protokoll, [org, autor]);
          await schreiber.query('COMMIT');
          await schreiber.query(einfuegen, [org, fall, autor]);
        },
      });
      const nachher = await inhalt(quelle);
      expect(nachher.notiz.zeilen).toBe(vorher.notiz.zeilen + 1000);
      expect(nachher.audit.zeilen).toBe(vorher.audit.zeilen + 500);

      const ziel = await datenbanken.neu();
      await spieleSicherungEin(ziel, datei);
      expect(await inhalt(ziel)).toEqual(vorher);
    } finally {
      await schreiber.end();
    }
  });
});
