import { benutzer, leistungseintrag, monatsabschluss, rechnung } from '@hilfewerk/db';
import { desc, eq, sql } from 'drizzle-orm';
import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';

/** The organisation's closed months, newest first, with counts and the invoiced total. */
export async function listAbschluesse(k: Kontext) {
  requireAccess(k, 'monatsabschluss', 'lesen');
  const zeilen = await k.db.withTx(txKontext(k.auth), (tx) =>
    tx
      .select({
        id: monatsabschluss.id,
        monat: monatsabschluss.monat,
        abgeschlossenAm: monatsabschluss.abgeschlossenAm,
        abgeschlossenVon: benutzer.name,
        eintraege: sql<number>`(select count(*)::int from ${leistungseintrag} e where e.monatsabschluss_id = ${monatsabschluss.id})`,
        rechnungen: sql<number>`(select count(*)::int from ${rechnung} r where r.monatsabschluss_id = ${monatsabschluss.id} and r.art = 'rechnung')`,
        summe: sql<string>`(select coalesce(sum(r.summe), 0)::numeric(14,2)::text from ${rechnung} r where r.monatsabschluss_id = ${monatsabschluss.id} and r.art = 'rechnung')`,
      })
      .from(monatsabschluss)
      .leftJoin(benutzer, eq(benutzer.id, monatsabschluss.abgeschlossenVon))
      .where(eq(monatsabschluss.organisationId, k.auth.organisation.id))
      .orderBy(desc(monatsabschluss.monat)),
  );
  return zeilen.map((z) => ({ ...z, abgeschlossenAm: z.abgeschlossenAm.toISOString() }));
}
