import pg from 'pg';
import { SicherungsFehler } from './fehler.ts';

/** A `postgres://…` URL or a node-postgres client configuration. */
export type Verbindung = pg.ClientConfig | string;

/**
 * Opens one connection with the session settings that make COPY's text exact and readable by any
 * other session: ISO dates (an SQL/DMY style would be read back as MDY elsewhere), UTC, floats at
 * full precision, and no timeouts that would cut off a long backup.
 */
export async function verbinde(verbindung: Verbindung): Promise<pg.Client> {
  const client = new pg.Client(
    typeof verbindung === 'string' ? { connectionString: verbindung } : verbindung,
  );
  // A connection the server ends fails the running query; without a listener it would also crash the process.
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query(`SET client_encoding = 'UTF8'; SET DateStyle = ISO; SET IntervalStyle = postgres;
      SET TimeZone = 'UTC'; SET extra_float_digits = 3; SET statement_timeout = 0; SET lock_timeout = 0;
      SET idle_in_transaction_session_timeout = 0`);
    return client;
  } catch (error) {
    await client.end().catch(() => undefined);
    throw new SicherungsFehler(
      'verbindung',
      `Die Datenbank ist nicht erreichbar: ${(error as Error).message}. Bitte prüfen Sie die Verbindungsangaben und ob der Datenbankserver läuft.`,
      { cause: error },
    );
  }
}

/** An identifier in double quotes, for names read from the catalog or a backup file. */
export const bezeichner = (name: string) => pg.escapeIdentifier(name);

/** `public.<name>`, quoted: the backup covers exactly the public schema. */
export const inPublic = (name: string) => `public.${bezeichner(name)}`;
