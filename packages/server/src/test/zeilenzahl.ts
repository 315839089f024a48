import { sql } from 'drizzle-orm';
import type { TestApp } from './test-app.ts';

/**
 * Row counts of the tables a request could change, read as the system: equal before and after means a
 * refused request left nothing behind (audit log included).
 */
export async function zeilenzahlen(t: TestApp, tabellen: readonly string[]): Promise<Record<string, number>> {
  const ergebnis: Record<string, number> = {};
  await t.db.withSystemTx(async (tx) => {
    for (const name of tabellen) {
      const { rows } = (await tx.execute(
        sql`select count(*)::int as n from ${sql.identifier(name)}`,
      )) as unknown as { rows: { n: number }[] };
      ergebnis[name] = rows[0].n;
    }
  });
  return ergebnis;
}
