import { pruefeVerteilung, type RohAbfrage } from '@hilfewerk/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from './test-app.ts';

/**
 * The precondition for distributing Hilfewerk with Citus (docs/adr/0004-citus.md), read from the
 * catalogue of a database migrated like a production one, with demo data in it.
 */
let t: TestApp;

beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

/** Runs `aenderung` and the check in one transaction that is rolled back: the database stays as it was. */
function pruefeNach(aenderung: string): Promise<string[]> {
  return t.db.roh(async (abfrage: RohAbfrage) => {
    await abfrage('BEGIN');
    try {
      await abfrage(aenderung);
      return await pruefeVerteilung(abfrage);
    } finally {
      await abfrage('ROLLBACK');
    }
  });
}

describe('Citus precondition', () => {
  it('holds for the migrated schema: every table listed, every tenant key and link through organisation_id', async () => {
    expect(await t.db.roh(pruefeVerteilung)).toEqual([]);
  });

  it('names a new table that is in no list', async () => {
    const befunde = await pruefeNach(
      'CREATE TABLE anhang (id uuid PRIMARY KEY, organisation_id uuid NOT NULL REFERENCES organisation (id))',
    );
    expect(befunde).toEqual([
      'anhang: steht in keiner Liste von verteilung.ts (Mandanten-, Referenz- oder Koordinatortabellen).',
    ]);
  });

  it('names a tenant table’s primary key, unique constraint and unique index without organisation_id', async () => {
    const befunde = await pruefeNach(`
      ALTER TABLE budgetvereinbarung DROP CONSTRAINT budgetvereinbarung_pkey, ADD PRIMARY KEY (id);
      ALTER TABLE fall ADD CONSTRAINT fall_bezeichnung_uq UNIQUE (bezeichnung, aktenzeichen);
      CREATE UNIQUE INDEX hilfe_bewilligung_uq ON hilfe (bewilligung) WHERE bewilligung IS NOT NULL`);
    expect(befunde.sort()).toEqual([
      'budgetvereinbarung: Primärschlüssel budgetvereinbarung_pkey (id) enthält organisation_id nicht.',
      'fall: Eindeutiger Index fall_bezeichnung_uq (bezeichnung,aktenzeichen) enthält organisation_id nicht.',
      'hilfe: Eindeutiger Index hilfe_bewilligung_uq (bewilligung) enthält organisation_id nicht.',
    ]);
  });

  it('names foreign keys that Citus cannot enforce', async () => {
    const befunde = await pruefeNach(`
      ALTER TABLE frist ADD CONSTRAINT frist_vertauscht_fk
        FOREIGN KEY (ereignis_id, organisation_id) REFERENCES ereignis (organisation_id, id) NOT VALID;
      ALTER TABLE leistungseintrag ADD CONSTRAINT leistungseintrag_abschluss_fk
        FOREIGN KEY (organisation_id, monatsabschluss_id) REFERENCES monatsabschluss (organisation_id, id)
        ON DELETE SET NULL (monatsabschluss_id);
      ALTER TABLE sitzung ADD COLUMN fall_id uuid,
        ADD CONSTRAINT sitzung_fall_fk FOREIGN KEY (organisation_id, fall_id) REFERENCES fall (organisation_id, id)`);
    expect(befunde.sort()).toEqual([
      'frist: Fremdschlüssel frist_vertauscht_fk (ereignis_id,organisation_id) → ereignis (organisation_id,id) verbindet nicht über organisation_id an derselben Stelle auf beiden Seiten.',
      'leistungseintrag: Fremdschlüssel leistungseintrag_abschluss_fk (organisation_id,monatsabschluss_id) → monatsabschluss (organisation_id,id) setzt beim Löschen auf NULL oder DEFAULT; Citus lehnt das ab, wenn organisation_id im Schlüssel ist.',
      'sitzung: Fremdschlüssel sitzung_fall_fk (organisation_id,fall_id) → fall (organisation_id,id) führt von einer Koordinatortabelle auf eine Mandantentabelle: das kann Citus nicht prüfen.',
    ]);
  });

  it('names a sequence in a tenant table', async () => {
    const befunde = await pruefeNach('ALTER TABLE rechnung ADD COLUMN lfd bigserial');
    expect(befunde).toEqual([
      'rechnung: Spalte lfd zählt mit einer Sequenz; Nummern je Organisation gehören in eine Zählertabelle wie nummernkreis.',
    ]);
  });
});
