import { sql } from 'drizzle-orm';
import type { TestApp } from './test-app.ts';

/**
 * Row counts of the tables a request could change, read as the system: equal before and after means a
 * refused request left nothing behind (audit log included, but for the row that records the refusal).
 */
export async function zeilenzahlen(t: TestApp, tabellen: readonly string[]): Promise<Record<string, number>> {
  const ergebnis: Record<string, number> = {};
  await t.db.withSystemTx(async (tx) => {
    for (const name of tabellen) {
      const { rows } = (await tx.execute(
        // A refused request leaves one row by design (`verweigern`, audit/verweigerung.ts, tested there):
        // "nothing changed" means nothing else did.
        name === 'audit'
          ? sql`select count(*)::int as n from audit where aktion <> 'verweigern'`
          : sql`select count(*)::int as n from ${sql.identifier(name)}`,
      )) as unknown as { rows: { n: number }[] };
      ergebnis[name] = rows[0].n;
    }
  });
  return ergebnis;
}
