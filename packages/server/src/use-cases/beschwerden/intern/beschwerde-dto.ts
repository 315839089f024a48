import { benutzer, type beschwerde, type Db } from '@hilfewerk/db';
import { and, eq } from 'drizzle-orm';

type Zeile = typeof beschwerde.$inferSelect;

/**
 * A complaint as Leitung sees it, with what is overdue on `heute`: the acknowledgement while it is still
 * `eingegangen`, the answer until it is answered.
 */
export function beschwerdeDto(b: Zeile, heute: string, verantwortlichName: string | null = null) {
  const offen = b.status === 'eingegangen' || b.status === 'in_bearbeitung';
  return {
    id: b.id,
    vorgangsnummer: b.vorgangsnummer,
    quelle: b.quelle,
    text: b.text,
    kontakt: b.kontakt,
    status: b.status,
    eingegangenAm: b.eingegangenAm,
    bestaetigungFaellig: b.bestaetigungFaellig,
    antwortFaellig: b.antwortFaellig,
    bestaetigtAm: b.bestaetigtAm,
    beantwortetAm: b.beantwortetAm,
    abgeschlossenAm: b.abgeschlossenAm,
    ergebnis: b.ergebnis,
    verantwortlichId: b.verantwortlichId,
    verantwortlichName: b.verantwortlichId ? verantwortlichName : null,
    bestaetigungUeberfaellig: b.status === 'eingegangen' && b.bestaetigungFaellig < heute,
    antwortUeberfaellig: offen && b.antwortFaellig < heute,
  };
}

/**
 * The name of a user of the organisation, or undefined when the id is not one of its users: a complaint's
 * responsible person must belong to the organisation that handles it.
 */
export async function benutzerName(tx: Db, organisationId: string, id: string): Promise<string | undefined> {
  const [b] = await tx
    .select({ name: benutzer.name })
    .from(benutzer)
    .where(and(eq(benutzer.id, id), eq(benutzer.organisationId, organisationId)));
  return b?.name;
}
