import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Datenbank, RohAbfrage } from './client.ts';

const MIGRATIONEN = fileURLToPath(new URL('../migrations/', import.meta.url));
const RLS = fileURLToPath(new URL('./rls.sql', import.meta.url));

/**
 * Key of the transaction-level advisory lock the migrator holds. A backup takes it shared, so it
 * never starts while a migration is half done and no migration starts while it reads the schema.
 */
export const MIGRATIONS_SPERRE = 4711001;

export interface MigrationsOptionen {
  /** Folder holding drizzle-kit's `*.sql` files and `meta/_journal.json`. @default packages/db/migrations */
  ordner?: string;
}

interface Journal {
  entries: { idx: number; tag: string }[];
}

/** The names of the committed migrations, in the order they are applied. */
export async function bekannteMigrationen(opt: MigrationsOptionen = {}): Promise<string[]> {
  const ordner = opt.ordner ?? MIGRATIONEN;
  const journal = JSON.parse(await readFile(join(ordner, 'meta', '_journal.json'), 'utf8')) as Journal;
  return [...journal.entries].sort((a, b) => a.idx - b.idx).map((e) => e.tag);
}

export interface AnwendenOptionen extends MigrationsOptionen {
  /** Only these migrations (still in journal order); the rest stay for a later call. @default all */
  nur?: ReadonlySet<string>;
  /**
   * `bei-aenderung`: apply rls.sql when a migration ran or its text changed (a warm start skips it);
   * `immer`: apply it regardless; `nie`: leave it out (a restore loads data before the policies exist).
   */
  rls: 'bei-aenderung' | 'immer' | 'nie';
}

/**
 * Applies the migrations not yet recorded in `hilfewerk_migration`, records each, then rls.sql as
 * `opt.rls` says. Runs inside the caller's transaction and takes no lock: the caller decides both.
 * @returns the names of the migrations applied by this call
 */
export async function wendeMigrationenAn(abfrage: RohAbfrage, opt: AnwendenOptionen): Promise<string[]> {
  const ordner = opt.ordner ?? MIGRATIONEN;
  const namen = await bekannteMigrationen({ ordner });
  await abfrage(`CREATE TABLE IF NOT EXISTS hilfewerk_migration (
    name text PRIMARY KEY, angewendet_am timestamptz NOT NULL DEFAULT now())`);
  const zeilen = await abfrage('SELECT name FROM hilfewerk_migration');
  const vorhanden = new Set(zeilen.map((z) => String(z.name)));
  const neu: string[] = [];
  for (const tag of namen) {
    if (vorhanden.has(tag) || (opt.nur && !opt.nur.has(tag))) continue;
    const text = await readFile(join(ordner, `${tag}.sql`), 'utf8');
    await abfrage(text.split('--> statement-breakpoint').join(';\n'));
    await abfrage(`INSERT INTO hilfewerk_migration (name) VALUES ('${tag.replaceAll("'", "''")}')`);
    neu.push(tag);
  }
  if (opt.rls === 'nie') return neu;
  const rls = await readFile(RLS, 'utf8');
  const rlsName = `rls.sql@${createHash('sha256').update(rls).digest('hex').slice(0, 16)}`;
  if (opt.rls === 'immer' || neu.length > 0 || !vorhanden.has(rlsName)) await abfrage(rls);
  // Re-applying the same text changes nothing, so its record keeps its date (a restore stays exact).
  if (!vorhanden.has(rlsName)) {
    await abfrage("DELETE FROM hilfewerk_migration WHERE name LIKE 'rls.sql@%'");
    await abfrage(`INSERT INTO hilfewerk_migration (name) VALUES ('${rlsName}')`);
  }
  return neu;
}

/**
 * Applies the committed drizzle-kit migrations in journal order, records each in
 * `hilfewerk_migration`, then applies rls.sql when it changed — all in one transaction, so a failed start
 * leaves the database as it was. An advisory lock keeps two starting servers
 * from migrating at once.
 * @param opt.bis stop after this migration: a test of the next one on data of the schema before it
 * @returns the names of the migrations applied by this call
 */
export async function migriere(
  db: Datenbank,
  opt: MigrationsOptionen & { bis?: string } = {},
): Promise<string[]> {
  const alle = await bekannteMigrationen(opt);
  const ende = opt.bis === undefined ? alle.length : alle.indexOf(opt.bis) + 1;
  if (ende === 0) throw new Error(`Migration ${opt.bis} steht nicht im Journal.`);
  return db.roh(async (abfrage) => {
    await abfrage('BEGIN');
    try {
      await abfrage(`SELECT pg_advisory_xact_lock(${MIGRATIONS_SPERRE})`);
      // rls.sql is written for the newest schema: a database stopped before that does not get it.
      const neu = await wendeMigrationenAn(abfrage, {
        ordner: opt.ordner,
        nur: new Set(alle.slice(0, ende)),
        rls: ende === alle.length ? 'bei-aenderung' : 'nie',
      });
      await abfrage('COMMIT');
      return neu;
    } catch (error) {
      await abfrage('ROLLBACK');
      throw error;
    }
  });
}
