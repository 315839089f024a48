import { benutzer, leistungseintrag, monatsabschluss, organisation, rechnung } from '@hilfewerk/db';
import Decimal from 'decimal.js';
import { desc, eq, sql } from 'drizzle-orm';
import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { rechnungsangabenSchema, wjBeginnFuer } from './intern/rechnungsangaben.ts';

const summeDer = (art: 'rechnung' | 'gutschrift') =>
  sql<string>`(select coalesce(sum(r.summe), 0)::numeric(14,2)::text from ${rechnung} r where r.monatsabschluss_id = ${monatsabschluss.id} and r.art = ${art})`;
const anzahlDer = (art: 'rechnung' | 'gutschrift') =>
  sql<number>`(select count(*)::int from ${rechnung} r where r.monatsabschluss_id = ${monatsabschluss.id} and r.art = ${art})`;

/**
 * The organisation's closed months, newest first: entries, invoices and the credit notes written on them
 * since, the net total, when DATEV first exported them, and the fiscal years their documents fall in (one
 * DATEV Stapel each).
 */
export async function listAbschluesse(k: Kontext) {
  requireAccess(k, 'monatsabschluss', 'lesen');
  const { zeilen, angaben } = await k.db.withTx(txKontext(k.auth), async (tx) => ({
    zeilen: await tx
      .select({
        id: monatsabschluss.id,
        monat: monatsabschluss.monat,
        abgeschlossenAm: monatsabschluss.abgeschlossenAm,
        abgeschlossenVon: benutzer.name,
        eintraege: sql<number>`(select count(*)::int from ${leistungseintrag} e where e.monatsabschluss_id = ${monatsabschluss.id})`,
        rechnungen: anzahlDer('rechnung'),
        summe: summeDer('rechnung'),
        gutschriften: anzahlDer('gutschrift'),
        gutgeschrieben: summeDer('gutschrift'),
        datevExportiertAm: sql<
          string | null
        >`(select min(r.datev_exportiert_am) from ${rechnung} r where r.monatsabschluss_id = ${monatsabschluss.id})`,
        belegdaten: sql<
          string[]
        >`(select coalesce(array_agg(distinct r.rechnungsdatum::text), '{}') from ${rechnung} r where r.monatsabschluss_id = ${monatsabschluss.id})`,
      })
      .from(monatsabschluss)
      .leftJoin(benutzer, eq(benutzer.id, monatsabschluss.abgeschlossenVon))
      .where(eq(monatsabschluss.organisationId, k.auth.organisation.id))
      .orderBy(desc(monatsabschluss.monat)),
    angaben: (
      await tx
        .select({ a: organisation.rechnungsangaben })
        .from(organisation)
        .where(eq(organisation.id, k.auth.organisation.id))
    )[0]?.a,
  }));
  const a = rechnungsangabenSchema.safeParse(angaben);
  return zeilen.map(({ belegdaten, ...z }) => ({
    ...z,
    abgeschlossenAm: z.abgeschlossenAm.toISOString(),
    netto: new Decimal(z.summe).minus(z.gutgeschrieben).toFixed(2),
    datevExportiertAm: z.datevExportiertAm ? new Date(z.datevExportiertAm).toISOString() : null,
    datevWirtschaftsjahre: a.success
      ? [...new Set(belegdaten.map((d) => wjBeginnFuer(a.data, d).slice(0, 4)))].sort()
      : [],
  }));
}
