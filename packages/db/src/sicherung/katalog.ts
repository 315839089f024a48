import type pg from 'pg';
import type { Fremdschluessel } from './reihenfolge.ts';

export interface Tabelle {
  name: string;
  spalten: string[];
}

/** The ordinary tables of the public schema with the columns COPY can write and load. */
export async function leseTabellen(client: pg.Client): Promise<Tabelle[]> {
  const { rows } = await client.query<Tabelle>(`
    SELECT c.relname::text AS name, array_agg(a.attname::text ORDER BY a.attnum) AS spalten
    FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace
    JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
    WHERE n.nspname = 'public' AND c.relkind = 'r'
    GROUP BY c.relname
    ORDER BY c.relname`);
  return rows;
}

export interface BenannterFremdschluessel extends Fremdschluessel {
  name: string;
  /** As pg_get_constraintdef gives it: `FOREIGN KEY (…) REFERENCES …`. */
  definition: string;
}

/** The foreign keys between tables of the public schema. */
export async function leseFremdschluessel(client: pg.Client): Promise<BenannterFremdschluessel[]> {
  const { rows } = await client.query<BenannterFremdschluessel>(`
    SELECT k.conname::text AS name, r.relname::text AS tabelle, z.relname::text AS ziel,
      pg_get_constraintdef(k.oid) AS definition
    FROM pg_constraint k
    JOIN pg_class r ON r.oid = k.conrelid
    JOIN pg_class z ON z.oid = k.confrelid
    JOIN pg_namespace n ON n.oid = r.relnamespace
    WHERE k.contype = 'f' AND n.nspname = 'public'
    ORDER BY r.relname, k.conname`);
  return rows;
}

/** The sequences of the public schema (serial and identity columns own one each). */
export async function leseSequenzen(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(`
    SELECT c.relname::text AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind = 'S' ORDER BY c.relname`);
  return rows.map((z) => z.name);
}

/** Enabled triggers written by the schema (not the internal ones behind foreign keys). */
export async function leseTrigger(client: pg.Client): Promise<{ tabelle: string; name: string }[]> {
  const { rows } = await client.query<{ tabelle: string; name: string }>(`
    SELECT c.relname::text AS tabelle, t.tgname::text AS name
    FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND NOT t.tgisinternal AND t.tgenabled <> 'D'
    ORDER BY c.relname, t.tgname`);
  return rows;
}

/** Names of a few relations in the public schema; none means the database is empty for a restore. */
export async function vorhandeneRelationen(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(`
    SELECT c.relname::text AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
    ORDER BY c.relname LIMIT 5`);
  return rows.map((z) => z.name);
}
