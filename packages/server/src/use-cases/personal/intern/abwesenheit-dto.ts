import { abwesenheit, type Db, fall, fallTeam, mitarbeiter } from '@hilfewerk/db';
import { and, eq, inArray } from 'drizzle-orm';

type Zeile = typeof abwesenheit.$inferSelect;
type Person = typeof mitarbeiter.$inferSelect;

const ueberschneiden = (a: { von: string; bis: string }, b: { von: string; bis: string }) =>
  a.von <= b.bis && b.von <= a.bis;

/**
 * The absences with their cases: a case of the absent person (on its team through their login) stands
 * without a responsible person unless a stand-in is named who is not away at the same time themselves.
 * Needs the whole organisation's view (Leitung or Administration), as the staff register does.
 */
export async function abwesenheitenMitFaellen(tx: Db, org: string, zeilen: Zeile[]) {
  const personen = await tx.select().from(mitarbeiter).where(eq(mitarbeiter.organisationId, org));
  const nachId = new Map<string, Person>(personen.map((p) => [p.id, p]));
  const alle = await tx.select().from(abwesenheit).where(eq(abwesenheit.organisationId, org));
  const logins = [...new Set(zeilen.map((z) => nachId.get(z.mitarbeiterId)?.benutzerId).filter((b) => !!b))];
  const teams =
    logins.length === 0
      ? []
      : await tx
          .select({ benutzerId: fallTeam.benutzerId, id: fall.id, aktenzeichen: fall.aktenzeichen })
          .from(fallTeam)
          .innerJoin(
            fall,
            and(eq(fall.id, fallTeam.fallId), eq(fall.organisationId, fallTeam.organisationId)),
          )
          .where(
            and(
              eq(fallTeam.organisationId, org),
              inArray(fallTeam.benutzerId, logins as string[]),
              eq(fall.status, 'aktiv'),
            ),
          );
  return zeilen.map((z) => {
    const person = nachId.get(z.mitarbeiterId);
    const vertretung = z.vertretungId ? nachId.get(z.vertretungId) : undefined;
    const faelle = teams
      .filter((t) => person?.benutzerId && t.benutzerId === person.benutzerId)
      .map((t) => ({ id: t.id, aktenzeichen: t.aktenzeichen }))
      .sort((a, b) => a.aktenzeichen.localeCompare(b.aktenzeichen));
    const vertretungAuchWeg =
      z.vertretungId !== null && alle.some((a) => a.mitarbeiterId === z.vertretungId && ueberschneiden(a, z));
    const gedeckt = vertretung !== undefined && !vertretungAuchWeg;
    return {
      id: z.id,
      mitarbeiterId: z.mitarbeiterId,
      name: person?.name ?? '',
      art: z.art,
      von: z.von,
      bis: z.bis,
      vertretungId: z.vertretungId,
      vertretungName: vertretung?.name ?? null,
      faelleOhneVertretung: gedeckt ? [] : faelle,
      faelle: faelle.length,
    };
  });
}
