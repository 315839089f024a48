import { randomBytes } from 'node:crypto';
import type { Datenbank } from '@hilfewerk/db';
import pg from 'pg';
import { inject } from 'vitest';

/**
 * The PostgreSQL server of this test run (see globale-datenbank.ts), as its superuser: without it
 * these tests fail here, they never pass empty.
 */
export function pgServerUrl(): string {
  const url = inject('testDatenbankUrl');
  if (!url)
    throw new Error('Kein Test-Datenbankserver: die Tests laufen nur über vitest.config.ts (globalSetup).');
  return url;
}

function mitDatenbank(name: string): string {
  const url = new URL(pgServerUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

/** The URL of the database `db` is connected to, as the same (super)user. */
export async function urlVon(db: Datenbank): Promise<string> {
  const [{ name }] = await db.roh((abfrage) => abfrage('SELECT current_database() AS name'));
  return mitDatenbank(String(name));
}

/** Creates empty databases and drops them all at the end. */
export async function leereDatenbanken() {
  const verwaltung = new pg.Client({ connectionString: pgServerUrl() });
  await verwaltung.connect();
  const namen: string[] = [];
  return {
    async neu(): Promise<string> {
      const name = `hw_test_${randomBytes(6).toString('hex')}`;
      await verwaltung.query(`CREATE DATABASE ${name}`);
      namen.push(name);
      return mitDatenbank(name);
    },
    async aufraeumen(): Promise<void> {
      for (const name of namen) await verwaltung.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await verwaltung.end();
    },
  };
}

export type Inhalt = Record<string, { zeilen: number; md5: string }>;

/**
 * Every table of the public schema with its row count and a digest of all its rows, read as the
 * connecting superuser (row-level security hides nothing from it).
 */
export async function inhalt(url: string): Promise<Inhalt> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: tabellen } = await client.query<{ name: string }>(
      `SELECT relname::text AS name FROM pg_class
       WHERE relnamespace = 'public'::regnamespace AND relkind = 'r' ORDER BY 1`,
    );
    const ergebnis: Inhalt = {};
    for (const { name } of tabellen) {
      const { rows } = await client.query<{ zeilen: number; md5: string }>(
        `SELECT count(*)::int AS zeilen, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS md5
         FROM public.${pg.escapeIdentifier(name)} t`,
      );
      ergebnis[name] = rows[0];
    }
    return ergebnis;
  } finally {
    await client.end();
  }
}

/** Runs one query on a fresh connection as the connecting user. */
export async function abfrage<T extends pg.QueryResultRow>(url: string, text: string, werte: unknown[] = []) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text, werte)).rows;
  } finally {
    await client.end();
  }
}
