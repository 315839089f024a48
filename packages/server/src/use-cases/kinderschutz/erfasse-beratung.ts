import { kinderschutzschritt, kinderschutzVignette } from '@hilfewerk/db';
import { reihenfolgeFehler, type SchrittArt } from '@hilfewerk/rules';
import { and, eq } from 'drizzle-orm';
import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { schreibeAudit } from '../../audit/schreibe-audit.ts';
import { HttpFehler, NichtGefunden, Ungueltig } from '../../fehler.ts';
import { pruefeInhalt } from './intern/inhalt.ts';
import { inhaltHash } from './intern/inhalt-hash.ts';
import { pruefeSchrittDatum } from './intern/pruefe-datum.ts';

/**
 * The iefk's own record of her advice. She works on the vignette only: the order is checked against the
 * vignette's state, and her advice is appended to it — she never reads the procedure or the case.
 */
export async function erfasseBeratung(
  k: Kontext,
  verfahrenId: string,
  e: { art: SchrittArt; datum: string; inhalt: unknown },
) {
  requireAccess(k, 'kinderschutzVignette', 'anlegen');
  if (e.art !== 'iefk-beratung') {
    throw new Ungueltig({
      art: 'Die insoweit erfahrene Fachkraft hält nur ihre Beratung fest (iefk-beratung).',
    });
  }
  return k.db.withTx(txKontext(k.auth), async (tx) => {
    const org = k.auth.organisation.id;
    const [vig] = await tx
      .select()
      .from(kinderschutzVignette)
      .where(
        and(eq(kinderschutzVignette.organisationId, org), eq(kinderschutzVignette.verfahrenId, verfahrenId)),
      )
      .for('update');
    if (!vig) throw new NichtGefunden('Das Verfahren');
    const erledigt = vig.stand as SchrittArt[];
    const fehlt = reihenfolgeFehler({ erledigt, abgeschlossen: vig.abgeschlossen !== null }, e.art);
    if (fehlt) throw new HttpFehler(409, fehlt);
    pruefeSchrittDatum(e.datum, String(vig.inhalt.begonnenAm));
    const inhalt = pruefeInhalt(e.art, { beraterin: k.auth.benutzer.name, ...(e.inhalt as object) });
    // No RETURNING: the iefk may insert her step but not read steps back.
    const id = crypto.randomUUID();
    await tx.insert(kinderschutzschritt).values({
      id,
      organisationId: org,
      verfahrenId,
      fallId: vig.fallId,
      art: e.art,
      datum: e.datum,
      inhalt,
      erfasstVon: k.auth.benutzer.id,
    });
    const schritte = [...((vig.inhalt.schritte as unknown[]) ?? []), { art: e.art, datum: e.datum, inhalt }];
    await tx
      .update(kinderschutzVignette)
      .set({ inhalt: { ...vig.inhalt, schritte }, stand: [...erledigt, e.art], aktualisiertAm: new Date() })
      .where(
        and(eq(kinderschutzVignette.organisationId, org), eq(kinderschutzVignette.verfahrenId, verfahrenId)),
      );
    await schreibeAudit(tx, k, {
      aktion: 'anlegen',
      ressource: 'kinderschutzschritt',
      ressourceId: id,
      verfahrenId,
      art: e.art,
      datum: e.datum,
      inhaltHash: inhaltHash(inhalt),
    });
    return { id, art: e.art, datum: e.datum };
  });
}
