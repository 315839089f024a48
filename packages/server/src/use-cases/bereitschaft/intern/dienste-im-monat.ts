import { bereitschaft, type Db, mitarbeiter } from '@hilfewerk/db';
import { monatsgrenzen, plusTage } from '@hilfewerk/rules/tag';
import { and, asc, eq, gt, lt, sql } from 'drizzle-orm';

/** Midnight in Germany at the start of `tag`, as the database's timestamptz. */
export const mitternacht = (tag: string) => sql`(${tag}::timestamp AT TIME ZONE 'Europe/Berlin')`;

/** The shifts that touch a month (German calendar), in order, with the person's name. */
export async function diensteImMonat(tx: Db, organisationId: string, monat: string) {
  const { von, bis } = monatsgrenzen(monat);
  const zeilen = await tx
    .select({ d: bereitschaft, name: mitarbeiter.name })
    .from(bereitschaft)
    .innerJoin(
      mitarbeiter,
      and(
        eq(mitarbeiter.id, bereitschaft.mitarbeiterId),
        eq(mitarbeiter.organisationId, bereitschaft.organisationId),
      ),
    )
    .where(
      and(
        eq(bereitschaft.organisationId, organisationId),
        lt(bereitschaft.von, mitternacht(plusTage(bis, 1))),
        gt(bereitschaft.bis, mitternacht(von)),
      ),
    )
    .orderBy(asc(bereitschaft.von));
  return zeilen.map(({ d, name }) => ({
    id: d.id,
    mitarbeiterId: d.mitarbeiterId,
    name,
    von: d.von.toISOString(),
    bis: d.bis.toISOString(),
    telefon: d.telefon,
  }));
}
