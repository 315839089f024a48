import {
  bekannteMigrationen,
  type Datenbank,
  migriere,
  pruefeVerteilung,
  type RohAbfrage,
} from '@hilfewerk/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp, testDatenbank } from './test-app.ts';

/**
 * Migration 0004 rebuilds the keys of every tenant table. It must apply to a database that already
 * holds data in the schema before it: here the demo data, copied row by row from a fully migrated
 * database into one migrated only up to 0003.
 */
const VORHER = '0003_organisation_rechnungsangaben';
const MIGRATION = '0004_mandantenschluessel';

let quelle: TestApp;
let ziel: { db: Datenbank; aufraeumen: () => Promise<void> };
const anzahlVorher = new Map<string, number>();

const literal = (text: string) => `'${text.replaceAll("'", "''")}'`;

/** Every table's rows as JSON text, the migrator's bookkeeping left out. */
function zeilenJeTabelle(db: Datenbank): Promise<Map<string, string>> {
  return db.roh(async (abfrage) => {
    const zeilen = new Map<string, string>();
    const tabellen = await abfrage(`SELECT relname FROM pg_class WHERE relnamespace = 'public'::regnamespace
      AND relkind = 'r' AND relname <> 'hilfewerk_migration'`);
    for (const { relname } of tabellen) {
      const [z] = await abfrage(`SELECT coalesce(json_agg(x), '[]')::text AS json FROM "${relname}" x`);
      zeilen.set(String(relname), String(z.json));
    }
    return zeilen;
  });
}

/** The tables in an order in which each comes after the tables its foreign keys point to. */
async function nachAbhaengigkeit(abfrage: RohAbfrage, tabellen: string[]): Promise<string[]> {
  const kanten = await abfrage(`SELECT conrelid::regclass::text AS von, confrelid::regclass::text AS nach
    FROM pg_constraint WHERE contype = 'f' AND connamespace = 'public'::regnamespace`);
  const folge: string[] = [];
  const offen = new Set(tabellen);
  while (offen.size > 0) {
    const bereit = [...offen].filter(
      (t) => !kanten.some((k) => k.von === t && k.nach !== t && offen.has(String(k.nach))),
    );
    if (bereit.length === 0) throw new Error(`Fremdschlüssel im Kreis: ${[...offen].join(', ')}`);
    for (const t of bereit) {
      folge.push(t);
      offen.delete(t);
    }
  }
  return folge;
}

const anzahlen = (db: Datenbank) =>
  db.roh(async (abfrage) => {
    const ergebnis = new Map<string, number>();
    for (const t of anzahlVorher.keys()) {
      const [z] = await abfrage(`SELECT count(*)::int AS n FROM "${t}"`);
      ergebnis.set(t, Number(z.n));
    }
    return ergebnis;
  });

beforeAll(async () => {
  quelle = await testApp();
  ziel = await testDatenbank({ leer: true });
  const zeilen = await zeilenJeTabelle(quelle.db);
  expect(await migriere(ziel.db, { bis: VORHER })).not.toContain(MIGRATION);
  await ziel.db.roh(async (abfrage) => {
    // Tables added by later migrations do not exist before 0004; their rows cannot be in such a database.
    const vorhanden = new Set(
      (
        await abfrage(
          `SELECT relname FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind = 'r'`,
        )
      ).map((z) => String(z.relname)),
    );
    for (const t of await nachAbhaengigkeit(
      abfrage,
      [...zeilen.keys()].filter((x) => vorhanden.has(x)),
    )) {
      const json = zeilen.get(t) ?? '[]';
      await abfrage(
        `INSERT INTO "${t}" SELECT * FROM json_populate_recordset(NULL::"${t}", ${literal(json)})`,
      );
      anzahlVorher.set(t, (JSON.parse(json) as unknown[]).length);
    }
  });
});
afterAll(async () => {
  await quelle?.close();
  await ziel?.aufraeumen();
});

describe(`migration ${MIGRATION}`, () => {
  it('stops at a row that points into another organisation and leaves the database as it was', async () => {
    const [person] = await ziel.db.roh((abfrage) =>
      abfrage(`SELECT p.id, p.organisation_id,
          (SELECT o.id FROM organisation o WHERE o.id <> p.organisation_id ORDER BY o.name LIMIT 1) AS fremd
        FROM person p ORDER BY p.id LIMIT 1`),
    );
    const setze = (org: unknown) =>
      ziel.db.roh((abfrage) =>
        abfrage(
          `UPDATE person SET organisation_id = ${literal(String(org))} WHERE id = ${literal(String(person.id))}`,
        ),
      );
    await setze(person.fremd);
    await expect(migriere(ziel.db)).rejects.toThrow(/person_fall_fk/);
    const [stand] = await ziel.db.roh((abfrage) =>
      abfrage(`SELECT (SELECT count(*)::int FROM hilfewerk_migration WHERE name = ${literal(MIGRATION)}) AS angewendet,
        (SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conname = 'fall_pkey') AS fall_pkey`),
    );
    expect(stand).toEqual({ angewendet: 0, fall_pkey: 'PRIMARY KEY (id)' });
    await setze(person.organisation_id);
  });

  it('applies to the demo data of the schema before it, keeps every row and meets the Citus precondition', async () => {
    // This migration, then the ones after it (each with its own test where it moves data).
    const alle = await bekannteMigrationen();
    expect(await migriere(ziel.db)).toEqual(alle.slice(alle.indexOf(MIGRATION)));
    expect(await anzahlen(ziel.db)).toEqual(anzahlVorher);
    expect([...anzahlVorher.values()].reduce((a, b) => a + b)).toBeGreaterThan(100);
    expect(await ziel.db.roh(pruefeVerteilung)).toEqual([]);
  });

  it('still deletes a case with everything below it, a deadline that names an event included', async () => {
    const [vorher, nachher] = await ziel.db.roh(async (abfrage) => {
      // A case without invoice lines: an invoiced case is meant to stay (no cascade from invoices).
      const [f] = await abfrage(`SELECT fall_id FROM frist WHERE ereignis_id IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM rechnungsposition r WHERE r.fall_id = frist.fall_id) ORDER BY fall_id LIMIT 1`);
      const fall = literal(String(f.fall_id));
      const zaehle = async () => {
        const teile = ['hilfe', 'person', 'ereignis', 'frist', 'notiz', 'fall_team', 'leistungseintrag'].map(
          (t) => `(SELECT count(*)::int FROM ${t} WHERE fall_id = ${fall}) AS ${t}`,
        );
        const [z] = await abfrage(`SELECT ${teile.join(', ')}`);
        return z;
      };
      const davor = await zaehle();
      await abfrage(`DELETE FROM fall WHERE id = ${fall}`);
      return [davor, await zaehle()];
    });
    expect(vorher.hilfe).toBe(1);
    expect(vorher.frist).toBeGreaterThan(0);
    expect(nachher).toEqual({
      hilfe: 0,
      person: 0,
      ereignis: 0,
      frist: 0,
      notiz: 0,
      fall_team: 0,
      leistungseintrag: 0,
    });
  });
});
