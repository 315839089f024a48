import { type Db, mitarbeiter, mitarbeiterSchulung } from '@hilfewerk/db';
import { kinderschutzSchulungStand } from '@hilfewerk/rules';
import { and, asc, eq } from 'drizzle-orm';

/** Each person's trainings and where the yearly § 8a training stands; `nurId` narrows to one person. */
export async function schulungsstaende(tx: Db, organisationId: string, heute: string, nurId?: string) {
  const personen = await tx
    .select()
    .from(mitarbeiter)
    .where(and(eq(mitarbeiter.organisationId, organisationId), nurId ? eq(mitarbeiter.id, nurId) : undefined))
    .orderBy(asc(mitarbeiter.name));
  const schulungen = await tx
    .select()
    .from(mitarbeiterSchulung)
    .where(
      and(
        eq(mitarbeiterSchulung.organisationId, organisationId),
        nurId ? eq(mitarbeiterSchulung.mitarbeiterId, nurId) : undefined,
      ),
    )
    .orderBy(asc(mitarbeiterSchulung.datum));
  return personen
    .filter((p) => nurId !== undefined || p.austritt === null || p.austritt >= heute)
    .map((p) => {
      const eigene = schulungen.filter((s) => s.mitarbeiterId === p.id);
      const stand = kinderschutzSchulungStand(
        eigene.filter((s) => s.art === 'kinderschutz-8a').map((s) => s.datum),
        p.eintritt,
        heute,
      );
      return {
        mitarbeiterId: p.id,
        name: p.name,
        letzte8a: stand.letzte,
        faelligAm: stand.faelligAm,
        ueberfaellig: stand.ueberfaellig,
        schulungen: eigene.map((s) => ({
          id: s.id,
          art: s.art,
          titel: s.titel,
          datum: s.datum,
          anbieter: s.anbieter,
        })),
      };
    });
}
