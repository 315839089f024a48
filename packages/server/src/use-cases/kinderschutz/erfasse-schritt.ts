import { kinderschutzschritt, kinderschutzverfahren } from '@hilfewerk/db';
import { reihenfolgeFehler, type SchrittArt } from '@hilfewerk/rules';
import { and, eq } from 'drizzle-orm';
import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { schreibeAudit } from '../../audit/schreibe-audit.ts';
import { HttpFehler } from '../../fehler.ts';
import { pruefeInhalt } from './intern/inhalt.ts';
import { inhaltHash } from './intern/inhalt-hash.ts';
import { ladeVerfahren } from './intern/lade-verfahren.ts';
import { pruefeSchrittDatum } from './intern/pruefe-datum.ts';
import { schreibeVignette } from './intern/vignette.ts';
import { stelleMitteilungZu } from './intern/zustellung.ts';

export interface SchrittEingabe {
  art: SchrittArt;
  datum: string;
  inhalt: unknown;
}

/**
 * POST /api/kinderschutz/:id/schritte: one step of the procedure, in the order the law sets (409 names the
 * missing step), dated between the procedure's start and today (422), with the content its art needs
 * (422 per field). The step, the procedure's state, the vignette, the Jugendamt's notice and the audit
 * row are written in one transaction: nothing half-written.
 */
export async function erfasseSchritt(k: Kontext, verfahrenId: string, e: SchrittEingabe) {
  requireAccess(k, 'kinderschutz', 'anlegen');
  return k.db.withTx(txKontext(k.auth), async (tx) => {
    const { v, erledigt } = await ladeVerfahren(tx, k, verfahrenId);
    // Concurrent steps on one procedure would both pass the order check: lock the procedure first.
    await tx
      .select({ id: kinderschutzverfahren.id })
      .from(kinderschutzverfahren)
      .where(
        and(eq(kinderschutzverfahren.organisationId, v.organisationId), eq(kinderschutzverfahren.id, v.id)),
      )
      .for('update');
    const fehlt = reihenfolgeFehler({ erledigt, abgeschlossen: v.abgeschlossenAm !== null }, e.art);
    if (fehlt) throw new HttpFehler(409, fehlt);
    // Existence (404), then order (409), then date and content (422): the most basic refusal wins.
    pruefeSchrittDatum(e.datum, v.begonnenAm);
    const inhalt = pruefeInhalt(e.art, e.inhalt);
    const [s] = await tx
      .insert(kinderschutzschritt)
      .values({
        organisationId: v.organisationId,
        verfahrenId: v.id,
        fallId: v.fallId,
        art: e.art,
        datum: e.datum,
        inhalt,
        erfasstVon: k.auth.benutzer.id,
      })
      .returning({ id: kinderschutzschritt.id });
    if (e.art === 'abschluss') {
      await tx
        .update(kinderschutzverfahren)
        .set({ abgeschlossenAm: e.datum })
        .where(
          and(eq(kinderschutzverfahren.organisationId, v.organisationId), eq(kinderschutzverfahren.id, v.id)),
        );
    }
    await schreibeVignette(tx, v.organisationId, v.id);
    const zustellung =
      e.art === 'mitteilung-jugendamt' ? await stelleMitteilungZu(tx, k, v, s.id) : undefined;
    await schreibeAudit(tx, k, {
      aktion: 'anlegen',
      ressource: 'kinderschutzschritt',
      ressourceId: s.id,
      verfahrenId: v.id,
      art: e.art,
      datum: e.datum,
      inhaltHash: inhaltHash(inhalt),
    });
    return { id: s.id, art: e.art, datum: e.datum, ...(zustellung ? { zustellung } : {}) };
  });
}
