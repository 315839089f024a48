import {
  type Db,
  fall,
  hilfe,
  kinderschutzschritt,
  kinderschutzVignette,
  kinderschutzverfahren,
  person,
} from '@hilfewerk/db';
import {
  alterInJahren,
  bezeichnungen,
  pseudonymisierer,
  pseudonymisiereWert,
  type SchrittArt,
} from '@hilfewerk/rules';
import { and, asc, eq } from 'drizzle-orm';

/** Content fields that name the team's own staff, not the family: kept, they are no social data of the case. */
const MITARBEITENDE = new Set(['beteiligte', 'beraterin', 'ansprechperson', 'wer']);

/**
 * Rewrites the vignette of a procedure from the case as the team sees it (called inside the team's
 * transaction after every change). Persons become labels with their age, every free text is
 * pseudonymised, Aktenzeichen, case title and grant numbers are blanked — the iefk reads only this.
 */
export async function schreibeVignette(tx: Db, organisationId: string, verfahrenId: string): Promise<void> {
  const [v] = await tx
    .select()
    .from(kinderschutzverfahren)
    .where(
      and(
        eq(kinderschutzverfahren.organisationId, organisationId),
        eq(kinderschutzverfahren.id, verfahrenId),
      ),
    );
  const [f] = await tx
    .select()
    .from(fall)
    .where(and(eq(fall.organisationId, organisationId), eq(fall.id, v.fallId)));
  const personen = await tx
    .select()
    .from(person)
    .where(and(eq(person.organisationId, organisationId), eq(person.fallId, v.fallId)))
    .orderBy(asc(person.rolle), asc(person.id));
  const hilfen = await tx
    .select({ az: hilfe.aktenzeichenJugendamt, bewilligung: hilfe.bewilligung, leistung: hilfe.leistung })
    .from(hilfe)
    .where(and(eq(hilfe.organisationId, organisationId), eq(hilfe.fallId, v.fallId)));
  const schritte = await tx
    .select()
    .from(kinderschutzschritt)
    .where(
      and(
        eq(kinderschutzschritt.organisationId, organisationId),
        eq(kinderschutzschritt.verfahrenId, verfahrenId),
      ),
    )
    .orderBy(asc(kinderschutzschritt.datum), asc(kinderschutzschritt.erfasstAm));

  const kennungen = [
    f.aktenzeichen,
    f.bezeichnung,
    ...hilfen.flatMap((h) => [h.az ?? '', h.bewilligung ?? '']),
  ];
  const ersetze = pseudonymisierer(personen, kennungen);
  const namen = bezeichnungen(personen);
  const inhalt = {
    begonnenAm: v.begonnenAm,
    leistungen: [...new Set(hilfen.map((h) => h.leistung))],
    pseudonyme: personen.map((p) => ({
      bezeichnung: namen.get(p.id),
      rolle: p.rolle,
      alterJahre: p.geburtsdatum ? alterInJahren(p.geburtsdatum, v.begonnenAm) : null,
    })),
    anhaltspunkte: ersetze(v.anhaltspunkte),
    schritte: schritte.map((s) => ({
      art: s.art,
      datum: s.datum,
      inhalt: Object.fromEntries(
        Object.entries(s.inhalt).map(([k, w]) => [
          k,
          MITARBEITENDE.has(k) ? w : pseudonymisiereWert(w, ersetze),
        ]),
      ),
    })),
  };
  const stand = schritte.map((s) => s.art as SchrittArt);
  await tx
    .insert(kinderschutzVignette)
    .values({
      verfahrenId,
      organisationId,
      fallId: v.fallId,
      inhalt,
      stand,
      abgeschlossen: v.abgeschlossenAm,
    })
    .onConflictDoUpdate({
      target: [kinderschutzVignette.verfahrenId, kinderschutzVignette.organisationId],
      set: { inhalt, stand, abgeschlossen: v.abgeschlossenAm, aktualisiertAm: new Date() },
    });
}
