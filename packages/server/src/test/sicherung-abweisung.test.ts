import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import {
  erstelleSicherung,
  migriere,
  oeffneDatenbank,
  pruefeSicherung,
  spieleSicherungEin,
} from '@hilfewerk/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ladeDemo } from '../demo/lade-demo.ts';
import { abfrage, inhalt, leereDatenbanken, pgServerUrl } from './pg-datenbank.ts';
import { schreibeUm } from './sicherungs-datei.ts';

/** What a backup or restore refuses, and that a refusal leaves files and databases as they were. */
let datenbanken: Awaited<ReturnType<typeof leereDatenbanken>>;
let quelle: string;
let ordner: string;
let gut: string;

beforeAll(async () => {
  pgServerUrl();
  datenbanken = await leereDatenbanken();
  quelle = await datenbanken.neu();
  const db = await oeffneDatenbank({ databaseUrl: quelle, poolGroesse: 2 });
  try {
    await migriere(db);
    await ladeDemo(db);
  } finally {
    await db.close();
  }
  ordner = await mkdtemp(join(tmpdir(), 'hw-sicherung-'));
  gut = join(ordner, 'gut.hwsicherung');
  await erstelleSicherung(quelle, gut);
});

afterAll(async () => {
  await datenbanken?.aufraeumen();
  if (ordner) await rm(ordner, { recursive: true, force: true });
});

const relationen = async (url: string) =>
  (
    await abfrage<{ n: number }>(
      url,
      "SELECT count(*)::int AS n FROM pg_class WHERE relnamespace = 'public'::regnamespace",
    )
  )[0].n;

/** Restores `datei` into a fresh database, expects `grund`, and that the database is still empty. */
async function abgewiesen(datei: string, grund: string, text?: string | RegExp) {
  const ziel = await datenbanken.neu();
  const fehler = await spieleSicherungEin(ziel, datei).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(fehler).toMatchObject({ name: 'SicherungsFehler', grund });
  if (text) expect((fehler as Error).message).toMatch(text);
  expect(await relationen(ziel)).toBe(0);
}

const zeileVon = (zeilen: string[], tabelle: string) => zeilen.indexOf(`#tabelle ${tabelle}`);

describe('spieleSicherungEin refuses', () => {
  it('a missing file', async () => {
    await abgewiesen(join(ordner, 'gibt-es-nicht.hwsicherung'), 'datei-fehlt', /gibt es nicht/);
    await expect(pruefeSicherung(join(ordner, 'fehlt'))).rejects.toMatchObject({ grund: 'datei-fehlt' });
  });

  it('files that are not a Hilfewerk backup', async () => {
    const text = join(ordner, 'notiz.txt');
    await writeFile(text, 'Einkaufsliste: Milch, Brot\n');
    await abgewiesen(text, 'keine-sicherung', /keine Hilfewerk-Sicherung/);
    const fremd = join(ordner, 'fremd.gz');
    await writeFile(fremd, gzipSync('PGDMP irgendein anderes Format\n'));
    await abgewiesen(fremd, 'keine-sicherung');
    const ohneZeilenende = join(ordner, 'lang.gz');
    await writeFile(ohneZeilenende, gzipSync(Buffer.alloc(100_000, 'x')));
    await abgewiesen(ohneZeilenende, 'keine-sicherung');
    const leer = join(ordner, 'leer.hwsicherung');
    await writeFile(leer, '');
    await abgewiesen(leer, 'keine-sicherung');
    const verzeichnis = join(ordner, 'ein-ordner');
    await mkdir(verzeichnis);
    await abgewiesen(verzeichnis, 'keine-sicherung', /Verzeichnis/);
  });

  it('a truncated or altered file, before touching the database', async () => {
    const ganz = await readFile(gut);
    const halb = join(ordner, 'halb.hwsicherung');
    await writeFile(halb, ganz.subarray(0, Math.floor(ganz.length / 2)));
    await abgewiesen(halb, 'beschaedigt', /beschädigt/);

    const veraendert = join(ordner, 'veraendert.hwsicherung');
    await schreibeUm(
      gut,
      veraendert,
      (z) => {
        const i = zeileVon(z, 'fall') + 1;
        z[i] = z[i].replace(/\t[^\t]+/, '\tANDERS');
        return z;
      },
      { pruefsummeNeu: false },
    );
    await abgewiesen(veraendert, 'beschaedigt', /Prüfsumme/);

    const zeileWeg = join(ordner, 'zeile-weg.hwsicherung');
    await schreibeUm(gut, zeileWeg, (z) => z.filter((_, i) => i !== zeileVon(z, 'leistungseintrag') + 1), {
      pruefsummeNeu: true,
    });
    await abgewiesen(zeileWeg, 'beschaedigt', /leistungseintrag hat \d+ statt \d+ Zeilen/);

    const angehaengt = join(ordner, 'angehaengt.hwsicherung');
    await writeFile(angehaengt, Buffer.concat([ganz, gzipSync('noch etwas\n')]));
    await abgewiesen(angehaengt, 'beschaedigt', /nach der Prüfsumme/);
  });

  it('a backup from a newer Hilfewerk version', async () => {
    const neuereMigration = join(ordner, 'neuere-migration.hwsicherung');
    await schreibeUm(
      gut,
      neuereMigration,
      (z) => {
        const kopf = JSON.parse(z[1]);
        kopf.migrationen.push('9999_aus_der_zukunft');
        z[1] = JSON.stringify(kopf);
        return z;
      },
      { pruefsummeNeu: true },
    );
    await abgewiesen(neuereMigration, 'neuere-version', /neueren Hilfewerk-Version.*9999_aus_der_zukunft/);

    const neueresFormat = join(ordner, 'neueres-format.hwsicherung');
    await schreibeUm(gut, neueresFormat, (z) => ['HILFEWERK-SICHERUNG 2', ...z.slice(1)], {
      pruefsummeNeu: true,
    });
    await abgewiesen(neueresFormat, 'neuere-version', /Dateiformat 2/);
  });

  it('rows the schema rejects, leaving the target empty (one transaction)', async () => {
    const doppelt = join(ordner, 'doppelt.hwsicherung');
    await schreibeUm(
      gut,
      doppelt,
      (z) => {
        const kopf = JSON.parse(z[1]);
        const benutzer = kopf.tabellen.find((t: { name: string }) => t.name === 'benutzer');
        benutzer.zeilen += 1;
        z[1] = JSON.stringify(kopf);
        const i = zeileVon(z, 'benutzer') + 1;
        z.splice(i, 0, z[i]);
        return z;
      },
      { pruefsummeNeu: true },
    );
    await abgewiesen(doppelt, 'einspielen', /Tabelle benutzer ließen sich nicht einspielen.*unverändert/);

    const verwaist = join(ordner, 'verwaist.hwsicherung');
    await schreibeUm(
      gut,
      verwaist,
      (z) => {
        const kopf = JSON.parse(z[1]);
        kopf.tabellen.find((t: { name: string }) => t.name === 'fall').zeilen -= 1;
        z[1] = JSON.stringify(kopf);
        z.splice(zeileVon(z, 'fall') + 1, 1);
        return z;
      },
      { pruefsummeNeu: true },
    );
    await abgewiesen(verwaist, 'einspielen', /verweisen auf fehlende Zeilen von fall/);
  });

  it('a target that is not empty, and leaves it unchanged', async () => {
    const vorher = await inhalt(quelle);
    await expect(spieleSicherungEin(quelle, gut)).rejects.toMatchObject({
      grund: 'ziel-nicht-leer',
      message: expect.stringContaining('nicht leer'),
    });
    expect(await inhalt(quelle)).toEqual(vorher);

    const nurSequenz = await datenbanken.neu();
    await abfrage(nurSequenz, 'CREATE SEQUENCE fremde_nummer');
    await expect(spieleSicherungEin(nurSequenz, gut)).rejects.toMatchObject({ grund: 'ziel-nicht-leer' });
    expect(await relationen(nurSequenz)).toBe(1);
  });
});

describe('erstelleSicherung refuses', () => {
  it('a database that is not Hilfewerk’s, leaving no file behind', async () => {
    const leer = await datenbanken.neu();
    const datei = join(ordner, 'nichts.hwsicherung');
    await expect(erstelleSicherung(leer, datei)).rejects.toMatchObject({
      grund: 'keine-hilfewerk-datenbank',
    });
    await expect(stat(datei)).rejects.toThrow();
    await expect(stat(`${datei}.tmp`)).rejects.toThrow();
  });

  it('a user that row-level security would hide rows from', async () => {
    const rolle = `hw_test_ohne_rls_${Date.now()}`;
    // With a password: the embedded server authenticates every login (scram-sha-256).
    await abfrage(quelle, `CREATE ROLE ${rolle} LOGIN PASSWORD 'ohne-rechte'`);
    try {
      const url = new URL(quelle);
      url.username = rolle;
      url.password = 'ohne-rechte';
      const datei = join(ordner, 'ohne-rechte.hwsicherung');
      await expect(erstelleSicherung(url.toString(), datei)).rejects.toMatchObject({
        grund: 'rechte',
        message: expect.stringContaining('BYPASSRLS'),
      });
      await expect(stat(datei)).rejects.toThrow();
      await expect(stat(`${datei}.tmp`)).rejects.toThrow();
    } finally {
      await abfrage(quelle, `DROP ROLE ${rolle}`);
    }
  });

  it('a folder that does not exist', async () => {
    await expect(erstelleSicherung(quelle, join(ordner, 'fehlt', 'x.hwsicherung'))).rejects.toMatchObject({
      grund: 'datei-fehlt',
      message: expect.stringContaining('gibt es nicht'),
    });
  });
});
