import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { erstelleSicherung, migriere, oeffneDatenbank, spieleSicherungEin } from '@hilfewerk/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ladeDemo } from '../demo/lade-demo.ts';
import { abfrage, inhalt, leereDatenbanken, pgServerUrl } from './pg-datenbank.ts';

/**
 * Backups across versions: a "newer" Hilfewerk is this one plus a migration that adds what the real
 * schema does not have yet — identity and serial columns, a self-referencing foreign key, two tables
 * that reference each other, a generated column and a trigger — so the restore is tested on them too.
 */
const MIGRATIONEN = fileURLToPath(new URL('../../../db/migrations/', import.meta.url));
const TESTBAUM = `CREATE TABLE "testbaum" (
  "id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY,
  "eltern_id" integer REFERENCES "testbaum" ("id"),
  "name" text NOT NULL,
  "aenderungen" integer NOT NULL DEFAULT 0,
  "laenge" integer GENERATED ALWAYS AS (length("name")) STORED
);
--> statement-breakpoint
CREATE TABLE "testblatt" ("id" serial PRIMARY KEY, "baum_id" integer NOT NULL REFERENCES "testbaum" ("id"));
--> statement-breakpoint
ALTER TABLE "testbaum" ADD COLUMN "lieblingsblatt_id" integer REFERENCES "testblatt" ("id");
--> statement-breakpoint
CREATE FUNCTION testbaum_zaehlen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN NEW.aenderungen := NEW.aenderungen + 1; RETURN NEW; END $$;
--> statement-breakpoint
CREATE TRIGGER testbaum_zaehlen BEFORE INSERT OR UPDATE ON "testbaum" FOR EACH ROW EXECUTE FUNCTION testbaum_zaehlen();
`;

let datenbanken: Awaited<ReturnType<typeof leereDatenbanken>>;
let ordner: string;
let neuereVersion: string;

async function migrierteDatenbank(opt: { ordner?: string } = {}): Promise<string> {
  const url = await datenbanken.neu();
  const db = await oeffneDatenbank({ databaseUrl: url, poolGroesse: 2 });
  try {
    await migriere(db, opt);
    await ladeDemo(db);
  } finally {
    await db.close();
  }
  return url;
}

beforeAll(async () => {
  pgServerUrl();
  datenbanken = await leereDatenbanken();
  ordner = await mkdtemp(join(tmpdir(), 'hw-sicherung-'));
  neuereVersion = join(ordner, 'migrationen');
  await cp(MIGRATIONEN, neuereVersion, { recursive: true });
  const journalPfad = join(neuereVersion, 'meta', '_journal.json');
  const journal = JSON.parse(await readFile(journalPfad, 'utf8'));
  journal.entries.push({
    idx: journal.entries.length,
    version: '7',
    when: Date.now(),
    tag: '9000_testbaum',
    breakpoints: true,
  });
  await writeFile(journalPfad, JSON.stringify(journal));
  await writeFile(join(neuereVersion, '9000_testbaum.sql'), TESTBAUM);
});

afterAll(async () => {
  await datenbanken?.aufraeumen();
  if (ordner) await rm(ordner, { recursive: true, force: true });
});

const ohne = (i: Record<string, unknown>, ...namen: string[]) =>
  Object.fromEntries(Object.entries(i).filter(([n]) => !namen.includes(n)));

describe('spieleSicherungEin across versions', () => {
  it('restores an older backup into a newer version and then applies the missing migration', async () => {
    const quelle = await migrierteDatenbank();
    const datei = join(ordner, 'alt.hwsicherung');
    await erstelleSicherung(quelle, datei);
    const ziel = await datenbanken.neu();

    const ergebnis = await spieleSicherungEin(ziel, datei, { ordner: neuereVersion });

    expect(ergebnis.nachgeholteMigrationen).toEqual(['9000_testbaum']);
    const vorher = await inhalt(quelle);
    const nachher = await inhalt(ziel);
    expect(ohne(nachher, 'hilfewerk_migration', 'testbaum', 'testblatt')).toEqual(
      ohne(vorher, 'hilfewerk_migration'),
    );
    expect([nachher.testbaum.zeilen, nachher.testblatt.zeilen]).toEqual([0, 0]);
    const migrationen = 'SELECT name, angewendet_am FROM hilfewerk_migration ORDER BY name';
    const alt = await abfrage<{ name: string }>(quelle, migrationen);
    const neu = await abfrage<{ name: string }>(ziel, migrationen);
    expect(neu.filter((m) => m.name !== '9000_testbaum')).toEqual(alt);
  });

  it('keeps references, identity and serial, generated columns and triggers intact', async () => {
    const quelle = await migrierteDatenbank({ ordner: neuereVersion });
    // The update moves row 1 behind its descendants on disk: COPY writes a child before its parent.
    await abfrage(
      quelle,
      `INSERT INTO testbaum (name) VALUES ('Wurzel');
       INSERT INTO testbaum (eltern_id, name) VALUES (1, 'Ast'), (2, 'Zweig'), (3, 'gelöscht');
       DELETE FROM testbaum WHERE name = 'gelöscht';
       UPDATE testbaum SET eltern_id = 3 WHERE id = 1;
       INSERT INTO testblatt (baum_id) VALUES (2), (3);
       UPDATE testbaum SET lieblingsblatt_id = 2 WHERE id = 2;`,
    );
    const datei = join(ordner, 'baum.hwsicherung');
    await erstelleSicherung(quelle, datei);
    const ziel = await datenbanken.neu();

    await spieleSicherungEin(ziel, datei, { ordner: neuereVersion });

    expect(await inhalt(ziel)).toEqual(await inhalt(quelle));
    const [neu] = await abfrage<{ id: number; aenderungen: number; laenge: number }>(
      ziel,
      "INSERT INTO testbaum (eltern_id, name) VALUES (1, 'Blatt') RETURNING id, aenderungen, laenge",
    );
    expect(neu).toEqual({ id: 5, aenderungen: 1, laenge: 5 });
    const [blatt] = await abfrage(ziel, 'INSERT INTO testblatt (baum_id) VALUES (5) RETURNING id');
    expect(blatt).toEqual({ id: 3 });
    await expect(
      abfrage(ziel, "INSERT INTO testbaum (eltern_id, name) VALUES (999, 'Waise')"),
    ).rejects.toThrow(/foreign key/);
  });

  it('refuses a backup from a newer version, naming the unknown migration', async () => {
    const quelle = await migrierteDatenbank({ ordner: neuereVersion });
    const datei = join(ordner, 'neuer.hwsicherung');
    await erstelleSicherung(quelle, datei);
    const ziel = await datenbanken.neu();

    await expect(spieleSicherungEin(ziel, datei)).rejects.toMatchObject({
      grund: 'neuere-version',
      message: expect.stringMatching(/neueren Hilfewerk-Version.*9000_testbaum/),
    });
    const [{ n }] = await abfrage<{ n: number }>(
      ziel,
      "SELECT count(*)::int AS n FROM pg_class WHERE relnamespace = 'public'::regnamespace",
    );
    expect(n).toBe(0);
  });
});
