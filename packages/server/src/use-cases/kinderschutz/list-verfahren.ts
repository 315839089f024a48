import { fall, kinderschutzschritt, kinderschutzverfahren } from '@hilfewerk/db';
import { naechsterSchritt, naechsteUeberpruefung, SCHRITT_TITEL, type SchrittArt } from '@hilfewerk/rules';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { schreibeAudit } from '../../audit/schreibe-audit.ts';

/**
 * GET /api/kinderschutz (Leitung, Fachkräfte of the team): the procedures in reach, open ones first, each
 * with its next step and the next review date — the Leitung's overview of open procedures. Audited like the
 * overview of Vorkommnisse: that a case has a § 8a procedure is itself a special category of data.
 */
export async function listVerfahren(k: Kontext) {
  requireAccess(k, 'kinderschutz', 'lesen');
  return k.db.withTx(txKontext(k.auth), async (tx) => {
    const org = k.auth.organisation.id;
    const verfahren = await tx
      .select({ v: kinderschutzverfahren, aktenzeichen: fall.aktenzeichen })
      .from(kinderschutzverfahren)
      .innerJoin(
        fall,
        and(
          eq(fall.organisationId, kinderschutzverfahren.organisationId),
          eq(fall.id, kinderschutzverfahren.fallId),
        ),
      )
      .where(eq(kinderschutzverfahren.organisationId, org))
      .orderBy(asc(kinderschutzverfahren.begonnenAm));
    const ids = verfahren.map((z) => z.v.id);
    const schritte =
      ids.length === 0
        ? []
        : await tx
            .select({
              verfahrenId: kinderschutzschritt.verfahrenId,
              art: kinderschutzschritt.art,
              inhalt: kinderschutzschritt.inhalt,
            })
            .from(kinderschutzschritt)
            .where(
              and(eq(kinderschutzschritt.organisationId, org), inArray(kinderschutzschritt.verfahrenId, ids)),
            )
            .orderBy(asc(kinderschutzschritt.datum), asc(kinderschutzschritt.erfasstAm));
    await schreibeAudit(tx, k, {
      aktion: 'lesen',
      ressource: 'kinderschutzverfahren',
      ressourceId: null,
      anzahl: verfahren.length,
    });
    const liste = verfahren.map(({ v, aktenzeichen }) => {
      const eigene = schritte.filter((s) => s.verfahrenId === v.id);
      const naechster = naechsterSchritt({
        erledigt: eigene.map((s) => s.art as SchrittArt),
        abgeschlossen: v.abgeschlossenAm !== null,
      });
      return {
        id: v.id,
        fallId: v.fallId,
        aktenzeichen,
        begonnenAm: v.begonnenAm,
        abgeschlossenAm: v.abgeschlossenAm,
        schritte: eigene.length,
        naechsterSchritt: naechster,
        naechsterSchrittTitel: naechster ? SCHRITT_TITEL[naechster] : null,
        ueberpruefungAm: naechsteUeberpruefung(eigene, v.abgeschlossenAm),
      };
    });
    return liste.sort((a, b) => Number(a.abgeschlossenAm !== null) - Number(b.abgeschlossenAm !== null));
  });
}
