import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Datenbank } from './client.ts';

const MIGRATIONEN = fileURLToPath(new URL('../migrations/', import.meta.url));
const RLS = fileURLToPath(new URL('./rls.sql', import.meta.url));

interface Journal {
  entries: { idx: number; tag: string }[];
}

/**
 * Applies the committed drizzle-kit migrations in journal order, records each in
 * `hilfewerk_migration`, then applies rls.sql when it changed — all in one transaction, so a failed start
 * leaves the database as it was. An advisory lock keeps two starting servers
 * from migrating at once.
 * @param opt.bis stop after this migration: a test of the next one on data of the schema before it
 * @returns the names of the migrations applied by this call
 */
export async function migriere(db: Datenbank, opt: { bis?: string } = {}): Promise<string[]> {
  const journal = JSON.parse(await readFile(`${MIGRATIONEN}meta/_journal.json`, 'utf8')) as Journal;
  const sortiert = [...journal.entries].sort((a, b) => a.idx - b.idx);
  const ende = opt.bis === undefined ? sortiert.length : sortiert.findIndex((e) => e.tag === opt.bis) + 1;
  if (ende === 0) throw new Error(`Migration ${opt.bis} steht nicht im Journal.`);
  const eintraege = sortiert.slice(0, ende);
  const rls = await readFile(RLS, 'utf8');
  return db.roh(async (abfrage) => {
    await abfrage('BEGIN');
    try {
      await abfrage('SELECT pg_advisory_xact_lock(4711001)');
      await abfrage(`CREATE TABLE IF NOT EXISTS hilfewerk_migration (
        name text PRIMARY KEY, angewendet_am timestamptz NOT NULL DEFAULT now())`);
      const zeilen = await abfrage('SELECT name FROM hilfewerk_migration');
      const vorhanden = new Set(zeilen.map((z) => String(z.name)));
      const neu: string[] = [];
      for (const { tag } of eintraege) {
        if (vorhanden.has(tag)) continue;
        const text = await readFile(`${MIGRATIONEN}${tag}.sql`, 'utf8');
        await abfrage(text.split('--> statement-breakpoint').join(';\n'));
        await abfrage(`INSERT INTO hilfewerk_migration (name) VALUES ('${tag.replaceAll("'", "''")}')`);
        neu.push(tag);
      }
      // rls.sql is re-applied only when its text changed: a warm start skips it. It is written for
      // the newest schema, so a database stopped before that does not get it.
      const rlsName = `rls.sql@${createHash('sha256').update(rls).digest('hex').slice(0, 16)}`;
      if (ende === sortiert.length && (neu.length > 0 || !vorhanden.has(rlsName))) {
        await abfrage(rls);
        await abfrage("DELETE FROM hilfewerk_migration WHERE name LIKE 'rls.sql@%'");
        await abfrage(`INSERT INTO hilfewerk_migration (name) VALUES ('${rlsName}')`);
      }
      await abfrage('COMMIT');
      return neu;
    } catch (error) {
      await abfrage('ROLLBACK');
      throw error;
    }
  });
}
