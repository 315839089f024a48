import type pg from 'pg';
import { SicherungsFehler } from './fehler.ts';
import type { Kopf } from './format.ts';
import {
  leseFremdschluessel,
  leseSequenzen,
  leseTabellen,
  leseTrigger,
  vorhandeneRelationen,
} from './katalog.ts';
import { bezeichner, inPublic } from './verbindung.ts';

/** A restore never mixes with what is there: it needs a public schema without any relation. */
export async function pruefeLeer(client: pg.Client): Promise<void> {
  const vorhanden = await vorhandeneRelationen(client);
  if (vorhanden.length > 0) {
    throw new SicherungsFehler(
      'ziel-nicht-leer',
      `Die Zieldatenbank ist nicht leer: Sie enthält schon ${vorhanden.join(', ')}${vorhanden.length === 5 ? ' und weitere' : ''}. Eine Sicherung wird nur in eine leere Datenbank eingespielt, damit nichts überschrieben wird. Bitte legen Sie eine neue, leere Datenbank an und spielen Sie die Sicherung dort ein.`,
    );
  }
}

/**
 * Readies the schema the backup's migrations built for its rows: checks that every table and column
 * of the backup exists, drops the foreign keys and switches off the schema's triggers (the rows are
 * final already; a trigger would change them again). Checked row by row while loading, foreign keys
 * cost about as much as the load itself; added back afterwards, PostgreSQL checks each with a single
 * join. It also lets two tables that reference each other load at all.
 * @returns the step after the load: set the sequences, add the foreign keys back (which checks every
 *   row against them), switch the triggers on again
 */
export async function vorbereiten(client: pg.Client, kopf: Kopf): Promise<() => Promise<void>> {
  const schema = new Map((await leseTabellen(client)).map((t) => [t.name, new Set(t.spalten)]));
  for (const t of kopf.tabellen) {
    const spalten = schema.get(t.name);
    const fehlt = spalten ? t.spalten.find((s) => !spalten.has(s)) : undefined;
    if (!spalten || fehlt) {
      throw new SicherungsFehler(
        'einspielen',
        `Die Sicherung passt nicht zu den Migrationen, die sie nennt: ${spalten ? `Die Spalte ${t.name}.${fehlt}` : `Die Tabelle ${t.name}`} legt keine von ihnen an. Die Sicherung wurde offenbar nicht mit Hilfewerk erstellt oder von Hand geändert; sie wird nicht eingespielt.`,
      );
    }
  }
  const vorhandeneSequenzen = new Set(await leseSequenzen(client));
  const fremd = kopf.sequenzen.find((s) => !vorhandeneSequenzen.has(s.name));
  if (fremd) {
    throw new SicherungsFehler(
      'einspielen',
      `Die Sicherung passt nicht zu den Migrationen, die sie nennt: Die Sequenz ${fremd.name} legt keine von ihnen an. Sie wird nicht eingespielt.`,
    );
  }

  const inSicherung = new Set(kopf.tabellen.map((t) => t.name));
  const zurueck = (await leseFremdschluessel(client)).filter((f) => inSicherung.has(f.tabelle));
  for (const f of zurueck) {
    await client.query(`ALTER TABLE ${inPublic(f.tabelle)} DROP CONSTRAINT ${bezeichner(f.name)}`);
  }
  const trigger = (await leseTrigger(client)).filter((t) => inSicherung.has(t.tabelle));
  for (const t of trigger) {
    await client.query(`ALTER TABLE ${inPublic(t.tabelle)} DISABLE TRIGGER ${bezeichner(t.name)}`);
  }

  return async () => {
    for (const s of kopf.sequenzen) {
      await client.query('SELECT setval($1::regclass, $2::bigint, $3)', [
        inPublic(s.name),
        s.wert,
        s.aufgerufen,
      ]);
    }
    for (const f of zurueck) {
      try {
        await client.query(
          `ALTER TABLE ${inPublic(f.tabelle)} ADD CONSTRAINT ${bezeichner(f.name)} ${f.definition}`,
        );
      } catch (error) {
        throw new SicherungsFehler(
          'einspielen',
          `Die Zeilen der Tabelle ${f.tabelle} verweisen auf fehlende Zeilen von ${f.ziel} (${(error as Error).message}). Die Zieldatenbank bleibt unverändert.`,
          { cause: error },
        );
      }
    }
    for (const t of trigger) {
      await client.query(`ALTER TABLE ${inPublic(t.tabelle)} ENABLE TRIGGER ${bezeichner(t.name)}`);
    }
  };
}
