import { benutzer, fall, organisation, posteingang } from '@hilfewerk/db';
import {
  moeglicheSchritte,
  naechsterSchritt,
  naechsteUeberpruefung,
  SCHRITT_ERWARTUNG,
  SCHRITT_TITEL,
} from '@hilfewerk/rules';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { schreibeAudit } from '../../audit/schreibe-audit.ts';
import { ladeVerfahren } from './intern/lade-verfahren.ts';

/** GET /api/kinderschutz/:id: the procedure with its steps, who recorded them, and what may come next. */
export async function getVerfahren(k: Kontext, id: string) {
  requireAccess(k, 'kinderschutz', 'lesen');
  return k.db.withTx(txKontext(k.auth), async (tx) => {
    const { v, schritte, erledigt } = await ladeVerfahren(tx, k, id);
    const [f] = await tx
      .select({ aktenzeichen: fall.aktenzeichen })
      .from(fall)
      .where(and(eq(fall.organisationId, v.organisationId), eq(fall.id, v.fallId)));
    const ids = [...new Set([v.begonnenVon, ...schritte.map((s) => s.erfasstVon)])];
    const namen = new Map(
      (
        await tx
          .select({ id: benutzer.id, name: benutzer.name })
          .from(benutzer)
          .where(inArray(benutzer.id, ids))
      ).map((b) => [b.id, b.name]),
    );
    const verlauf = { erledigt, abgeschlossen: v.abgeschlossenAm !== null };
    // What became of the notifications: read receipt and answer of the Jugendamt.
    const mitteilungen = await tx
      .select({ p: posteingang, jugendamt: organisation.name })
      .from(posteingang)
      .innerJoin(organisation, eq(organisation.id, posteingang.jugendamtId))
      .where(
        and(
          eq(posteingang.organisationId, v.organisationId),
          eq(posteingang.bezugId, v.id),
          eq(posteingang.art, 'kinderschutz'),
        ),
      )
      .orderBy(asc(posteingang.gesendetAm));
    // Reading a § 8a record is itself on the record (Art. 9 GDPR, § 64 SGB VIII).
    await schreibeAudit(tx, k, { aktion: 'lesen', ressource: 'kinderschutzverfahren', ressourceId: v.id });
    return {
      id: v.id,
      fallId: v.fallId,
      aktenzeichen: f.aktenzeichen,
      anhaltspunkte: v.anhaltspunkte,
      begonnenAm: v.begonnenAm,
      begonnenVon: namen.get(v.begonnenVon) ?? '',
      abgeschlossenAm: v.abgeschlossenAm,
      naechsterSchritt: naechsterSchritt(verlauf),
      moeglicheSchritte: moeglicheSchritte(verlauf).map((art) => ({
        art,
        titel: SCHRITT_TITEL[art],
        erwartung: SCHRITT_ERWARTUNG[art],
      })),
      ueberpruefungAm: naechsteUeberpruefung(schritte, v.abgeschlossenAm),
      mitteilungen: mitteilungen.map(({ p, jugendamt }) => ({
        jugendamt,
        gesendetAm: p.gesendetAm.toISOString(),
        gelesenAm: p.gelesenAm?.toISOString() ?? null,
        antwort: p.antwort,
        beantwortetAm: p.beantwortetAm?.toISOString() ?? null,
      })),
      schritte: schritte.map((s) => ({
        id: s.id,
        art: s.art,
        titel: SCHRITT_TITEL[s.art],
        datum: s.datum,
        inhalt: s.inhalt,
        erfasstVon: namen.get(s.erfasstVon) ?? '',
        erfasstAm: s.erfasstAm.toISOString(),
      })),
    };
  });
}
