import { leistungseintrag, leistungseintragTeilnahme } from '@hilfewerk/db';
import { and, eq, sql } from 'drizzle-orm';
import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { schreibeAudit } from '../../audit/schreibe-audit.ts';
import { wertAenderungen } from '../../audit/werte.ts';
import { Konflikt } from '../../fehler.ts';
import { ladeEigenenEintrag } from './intern/eigener-eintrag.ts';
import { alsDtos } from './intern/leistung-dto.ts';
import { type LeistungWerte, pruefeLeistung } from './intern/pruefe-leistung.ts';

/** Replaces one own, not yet billed entry (optimistic locking: a stale version answers 409). */
export async function updateLeistung(k: Kontext, id: string, eingabe: LeistungWerte & { version: number }) {
  requireAccess(k, 'leistungseintrag', 'aendern');
  const { version, ...werte } = eingabe;
  return k.db.withTx(txKontext(k.auth), async (tx) => {
    const vorher = await ladeEigenenEintrag(tx, k, id);
    const {
      teilnahmen,
      qualifikation: _neu,
      ...e
    } = await pruefeLeistung(tx, k, werte, {
      id,
      datum: vorher.datum,
    });
    // The qualification stays the one frozen when the work was first recorded.
    const [nachher] = await tx
      .update(leistungseintrag)
      .set({ ...e, version: sql`${leistungseintrag.version} + 1` })
      .where(and(eq(leistungseintrag.id, id), eq(leistungseintrag.version, version)))
      .returning();
    if (!nachher) throw new Konflikt((await alsDtos(tx, [vorher]))[0]);
    await tx.delete(leistungseintragTeilnahme).where(eq(leistungseintragTeilnahme.eintragId, id));
    if (teilnahmen.length > 0) {
      await tx
        .insert(leistungseintragTeilnahme)
        .values(teilnahmen.map((t) => ({ eintragId: id, organisationId: k.auth.organisation.id, ...t })));
    }
    await schreibeAudit(tx, k, {
      aktion: 'aendern',
      ressource: 'leistungseintrag',
      ressourceId: id,
      felder: Object.keys(werte),
      werte: wertAenderungen('leistungseintrag', vorher, nachher, Object.keys(e)),
    });
    return (await alsDtos(tx, [nachher]))[0];
  });
}
