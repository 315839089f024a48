import type pg from 'pg';
import { MIGRATIONS_SPERRE } from '../migrate.ts';
import { SicherungsFehler } from './fehler.ts';
import { type Kopf, MIGRATIONS_TABELLE } from './format.ts';
import { leseFremdschluessel, leseSequenzen, leseTabellen } from './katalog.ts';
import { ladeReihenfolge } from './reihenfolge.ts';
import { bezeichner, inPublic } from './verbindung.ts';

/**
 * A full backup must see every row. COPY under row-level security would quietly leave out what the
 * policies hide (FORCE makes them bind the table owner too), so only a role that bypasses them may
 * back up; `row_security = off` turns any remaining doubt into an error instead of a gap.
 */
async function pruefeRechte(client: pg.Client): Promise<void> {
  const { rows } = await client.query<{ benutzer: string; darf: boolean }>(
    'SELECT current_user AS benutzer, rolsuper OR rolbypassrls AS darf FROM pg_roles WHERE rolname = current_user',
  );
  const { benutzer, darf } = rows[0];
  if (!darf) {
    throw new SicherungsFehler(
      'rechte',
      `Der Datenbankbenutzer „${benutzer}“ darf die Zeilensicherheit (Row Level Security) nicht umgehen und sähe deshalb nicht alle Zeilen; die Sicherung wäre unvollständig. Bitte sichern Sie mit einem Superuser, oder ein Administrator gibt dem Benutzer das Recht dazu: ALTER ROLE ${bezeichner(benutzer)} BYPASSRLS.`,
    );
  }
  await client.query('SET row_security = off');
}

/**
 * Opens the backup transaction on `client` and describes what it sees. The snapshot is taken while
 * the shared migration lock is held, so it never catches a migration half done; once the tables are
 * locked against schema changes (a migration starting later waits for the backup to end), the
 * migration lock is given back so that a server can still start. On an error the caller closes the
 * connection, which releases both.
 */
export async function oeffneSchnappschuss(client: pg.Client): Promise<Kopf> {
  await pruefeRechte(client);
  await client.query('SELECT pg_advisory_lock_shared($1)', [MIGRATIONS_SPERRE]);
  await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
  const tabellen = await leseTabellen(client);
  if (!tabellen.some((t) => t.name === MIGRATIONS_TABELLE)) {
    throw new SicherungsFehler(
      'keine-hilfewerk-datenbank',
      `Die Datenbank enthält keine Hilfewerk-Daten: Die Tabelle ${MIGRATIONS_TABELLE} fehlt. Bitte prüfen Sie, ob die Verbindung auf die richtige Datenbank zeigt.`,
    );
  }
  await client.query(`LOCK TABLE ${tabellen.map((t) => inPublic(t.name)).join(', ')} IN ACCESS SHARE MODE`);
  const fremdschluessel = await leseFremdschluessel(client);
  const sequenzen = await leseSequenzen(client);
  await client.query('SELECT pg_advisory_unlock_shared($1)', [MIGRATIONS_SPERRE]);

  const { rows: info } = await client.query<{ jetzt: Date; version: string }>(
    "SELECT now() AS jetzt, current_setting('server_version') AS version",
  );
  const { rows: migrationen } = await client.query<{ name: string }>(
    `SELECT name FROM ${inPublic(MIGRATIONS_TABELLE)} WHERE name NOT LIKE 'rls.sql@%' ORDER BY angewendet_am, name`,
  );
  const spalten = new Map(tabellen.map((t) => [t.name, t.spalten]));
  const kopf: Kopf = {
    erstelltAm: info[0].jetzt.toISOString(),
    postgresVersion: info[0].version,
    migrationen: migrationen.map((m) => m.name),
    tabellen: [],
    sequenzen: [],
  };
  const reihenfolge = ladeReihenfolge([...spalten.keys()], fremdschluessel);
  for (const name of reihenfolge) {
    const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${inPublic(name)}`);
    kopf.tabellen.push({ name, spalten: spalten.get(name) ?? [], zeilen: Number(rows[0].n) });
  }
  for (const name of sequenzen) {
    // Sequences stand outside transactions: the value may be past the snapshot, never before it.
    const { rows } = await client.query<{ wert: string; aufgerufen: boolean }>(
      `SELECT last_value::text AS wert, is_called AS aufgerufen FROM ${inPublic(name)}`,
    );
    kopf.sequenzen.push({ name, ...rows[0] });
  }
  return kopf;
}
