import { type Db, nummernkreis } from '@hilfewerk/db';
import { naechsteRechnungsnummer } from '@hilfewerk/rules';
import { sql } from 'drizzle-orm';

/**
 * Draws the next invoice number of the organisation and year. The upsert increments the counter
 * row under its row lock, inside the caller's transaction: a concurrent caller waits until this
 * transaction ends, and a rollback returns the number — so numbers have no gaps and no doubles.
 */
export async function naechsteNummer(tx: Db, organisationId: string, jahr: number, prefix: string) {
  const [z] = await tx
    .insert(nummernkreis)
    .values({ organisationId, jahr, letzteNummer: 1 })
    .onConflictDoUpdate({
      target: [nummernkreis.organisationId, nummernkreis.jahr],
      set: { letzteNummer: sql`${nummernkreis.letzteNummer} + 1` },
    })
    .returning({ laufnummer: nummernkreis.letzteNummer });
  return {
    laufnummer: z.laufnummer,
    nummer: naechsteRechnungsnummer(prefix, jahr, z.laufnummer - 1),
  };
}
