import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { isDeepStrictEqual } from 'node:util';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { RohAbfrage } from '../client.ts';
import {
  bekannteMigrationen,
  MIGRATIONS_SPERRE,
  type MigrationsOptionen,
  wendeMigrationenAn,
} from '../migrate.ts';
import { SicherungsFehler } from './fehler.ts';
import { beschaedigt, type Kopf, MIGRATIONS_TABELLE } from './format.ts';
import { type Fortschritt, fortschrittsMelder } from './fortschritt.ts';
import { leseSicherung, pruefeSicherung } from './lesen.ts';
import { bezeichner, inPublic, type Verbindung, verbinde } from './verbindung.ts';
import { pruefeLeer, vorbereiten } from './vorbereiten.ts';

export interface EinspielErgebnis {
  tabellen: number;
  zeilen: number;
  /** Migrations newer than the backup, applied after its data was loaded. */
  nachgeholteMigrationen: string[];
}

async function pruefeMigrationen(kopf: Kopf, opt: MigrationsOptionen): Promise<void> {
  const bekannt = new Set(await bekannteMigrationen(opt));
  const fremd = kopf.migrationen.filter((m) => !bekannt.has(m));
  if (fremd.length > 0) {
    throw new SicherungsFehler(
      'neuere-version',
      `Die Sicherung stammt von einer neueren Hilfewerk-Version: Sie enthält ${fremd.length === 1 ? 'die Migration' : 'die Migrationen'} ${fremd.join(', ')}, die diese Version nicht kennt. Bitte spielen Sie die Sicherung mit derselben oder einer neueren Hilfewerk-Version ein.`,
    );
  }
}

/**
 * Loads a backup into an empty database. The file is checked whole before the database is touched;
 * then, in one transaction, the backup's migrations build its schema, every table is loaded, and
 * the migrations this version has beyond the backup's are applied. Anything that fails leaves the
 * database as it was. "Empty" means: no table, view or sequence in the public schema.
 * @throws SicherungsFehler for a missing, foreign, damaged or too new file, a database that is not
 *   empty, and rows the schema refuses
 */
export async function spieleSicherungEin(
  verbindung: Verbindung,
  datei: string,
  optionen: { fortschritt?: Fortschritt } & MigrationsOptionen = {},
): Promise<EinspielErgebnis> {
  const kopf = await pruefeSicherung(datei);
  await pruefeMigrationen(kopf, optionen);
  const client = await verbinde(verbindung);
  const abfrage: RohAbfrage = async (text) => {
    const ergebnis = (await client.query(text)) as unknown as pg.QueryResult | pg.QueryResult[];
    return ((Array.isArray(ergebnis) ? ergebnis.at(-1) : ergebnis)?.rows ?? []) as Record<string, unknown>[];
  };
  try {
    await client.query('BEGIN');
    // The same lock as the migrator: a server starting on this database waits, then finds it filled.
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATIONS_SPERRE]);
    await pruefeLeer(client);
    await wendeMigrationenAn(abfrage, {
      ordner: optionen.ordner,
      nur: new Set(kopf.migrationen),
      rls: 'nie',
    });
    const nachher = await vorbereiten(client, kopf);
    await client.query(`DELETE FROM ${inPublic(MIGRATIONS_TABELLE)}`);
    const melder = fortschrittsMelder(
      kopf.tabellen.reduce((s, t) => s + t.zeilen, 0),
      optionen.fortschritt,
    );
    await leseSicherung(datei, {
      // The file was checked a moment ago; were it replaced since, its rows would not fit this schema.
      beimKopf: (zweiter) => {
        if (!isDeepStrictEqual(zweiter, kopf))
          throw beschaedigt('sie hat sich während des Einspielens geändert');
      },
      beiTabelle: async (tabelle, daten, zeilenBisher) => {
        const spalten = tabelle.spalten.map(bezeichner).join(', ');
        const ziel = client.query(copyFrom(`COPY ${inPublic(tabelle.name)} (${spalten}) FROM STDIN`));
        async function* mitFortschritt() {
          for await (const teil of daten) {
            yield teil;
            await melder.unterwegs(tabelle.name, zeilenBisher());
          }
        }
        try {
          await pipeline(Readable.from(mitFortschritt()), ziel);
        } catch (error) {
          if (error instanceof SicherungsFehler) throw error;
          throw new SicherungsFehler(
            'einspielen',
            `Die Zeilen der Tabelle ${tabelle.name} ließen sich nicht einspielen: ${(error as Error).message}. Die Zieldatenbank bleibt unverändert.`,
            { cause: error },
          );
        }
        await melder.fertig(tabelle.name, tabelle.zeilen);
      },
    });
    await nachher();
    const nachgeholteMigrationen = await wendeMigrationenAn(abfrage, {
      ordner: optionen.ordner,
      rls: 'immer',
    });
    await client.query('COMMIT');
    // Fresh tables have no statistics yet; without them the first queries plan badly.
    await client.query('ANALYZE').catch(() => undefined);
    return {
      tabellen: kopf.tabellen.length,
      zeilen: kopf.tabellen.reduce((s, t) => s + t.zeilen, 0),
      nachgeholteMigrationen,
    };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    if (!(error instanceof SicherungsFehler) && (error as { code?: string }).code === '42501') {
      throw new SicherungsFehler(
        'rechte',
        `Dem Datenbankbenutzer fehlt ein Recht zum Einspielen: ${(error as Error).message}. Bitte spielen Sie die Sicherung mit dem Eigentümer der Datenbank oder einem Superuser ein.`,
        { cause: error },
      );
    }
    throw error;
  } finally {
    await client.end().catch(() => undefined);
  }
}
