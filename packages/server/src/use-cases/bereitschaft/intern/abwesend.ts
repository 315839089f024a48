import { ABWESENHEIT_ARTEN_TEXT } from '@hilfewerk/api';
import { abwesenheit, type Db } from '@hilfewerk/db';
import { datumDe } from '@hilfewerk/rules/datum-de';
import { and, eq } from 'drizzle-orm';

const tagInBerlin = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Berlin' });

/** The German calendar days a shift touches (its end is exclusive: a shift ending at 0:00 ends the day before). */
export function tageDesDienstes(von: Date, bis: Date): { von: string; bis: string } {
  return { von: tagInBerlin.format(von), bis: tagInBerlin.format(new Date(bis.getTime() - 1)) };
}

/**
 * The absence of a person that overlaps a shift, as a German text ("Urlaub 01.12.2026–05.12.2026"), or
 * null. A person on leave or sick cannot be on call: the rota refuses such a new shift and marks an
 * existing one when the absence is entered later.
 */
export async function abwesendWaehrend(
  tx: Db,
  organisationId: string,
  mitarbeiterId: string,
  tage: { von: string; bis: string },
): Promise<string | null> {
  const zeilen = await tx
    .select()
    .from(abwesenheit)
    .where(and(eq(abwesenheit.organisationId, organisationId), eq(abwesenheit.mitarbeiterId, mitarbeiterId)));
  const a = zeilen.find((z) => z.von <= tage.bis && tage.von <= z.bis);
  return a ? `${ABWESENHEIT_ARTEN_TEXT[a.art]} ${datumDe(a.von)}–${datumDe(a.bis)}` : null;
}
