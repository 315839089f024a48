import { ABWESENHEIT_ARTEN_TEXT } from '@hilfewerk/api';
import { abwesenheit, bereitschaft, type Db, mitarbeiter } from '@hilfewerk/db';
import { datumDe } from '@hilfewerk/rules/datum-de';
import { monatsgrenzen, plusTage } from '@hilfewerk/rules/tag';
import { and, asc, eq, gt, gte, lt, lte, sql } from 'drizzle-orm';
import { tageDesDienstes } from './abwesend.ts';

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
  // Absences touching the month: a shift of someone away is marked (entered after the shift was planned).
  const weg = await tx
    .select()
    .from(abwesenheit)
    .where(
      and(
        eq(abwesenheit.organisationId, organisationId),
        lte(abwesenheit.von, plusTage(bis, 1)),
        gte(abwesenheit.bis, plusTage(von, -1)),
      ),
    );
  return zeilen.map(({ d, name }) => {
    const tage = tageDesDienstes(d.von, d.bis);
    const a = weg.find((w) => w.mitarbeiterId === d.mitarbeiterId && w.von <= tage.bis && tage.von <= w.bis);
    return {
      id: d.id,
      mitarbeiterId: d.mitarbeiterId,
      name,
      von: d.von.toISOString(),
      bis: d.bis.toISOString(),
      telefon: d.telefon,
      abwesenheit: a ? `${ABWESENHEIT_ARTEN_TEXT[a.art]} ${datumDe(a.von)}–${datumDe(a.bis)}` : null,
    };
  });
}
