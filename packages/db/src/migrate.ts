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
 * @returns the names of the migrations applied by this call
 */
export async function migriere(db: Datenbank): Promise<string[]> {
  const journal = JSON.parse(await readFile(`${MIGRATIONEN}meta/_journal.json`, 'utf8')) as Journal;
  const eintraege = [...journal.entries].sort((a, b) => a.idx - b.idx);
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
      // rls.sql is re-applied only when its text changed: a warm start skips it.
      const rlsName = `rls.sql@${createHash('sha256').update(rls).digest('hex').slice(0, 16)}`;
      if (neu.length > 0 || !vorhanden.has(rlsName)) {
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
