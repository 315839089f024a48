import { isDeepStrictEqual } from 'node:util';
import { organisation } from '@hilfewerk/db';
import { eq } from 'drizzle-orm';
import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { schreibeAudit } from '../../audit/schreibe-audit.ts';
import { wertAenderungen } from '../../audit/werte.ts';
import { Ungueltig } from '../../fehler.ts';
import type { Rechnungsangaben } from '../abrechnung/intern/rechnungsangaben.ts';
import { normalisiereKonto, pruefeRechnungsangaben } from './intern/pruefe-rechnungsangaben.ts';
import { rechnungsangabenDto } from './intern/rechnungsangaben-dto.ts';

export interface RechnungsangabenAenderung {
  angaben: Rechnungsangaben;
  /** Only a Jugendamt has one; a provider's value is ignored. */
  leitwegId?: string | null;
}

/**
 * PUT /api/organisation/rechnungsangaben: replaces the invoice data of the own organisation. Invoices
 * already written keep the data they were written with (they are stored as documents); the next month
 * close uses the new data. The audit row names the changed fields with old and new value.
 */
export async function setzeRechnungsangaben(k: Kontext, e: RechnungsangabenAenderung) {
  requireAccess(k, 'rechnungsangaben', 'aendern');
  const jugendamt = k.auth.organisation.art === 'jugendamt';
  const leitwegId = jugendamt ? e.leitwegId?.trim() || null : undefined;
  const fehler = pruefeRechnungsangaben({ ...e.angaben, leitwegId });
  if (Object.keys(fehler).length > 0) throw new Ungueltig(fehler);
  const neu = normalisiereKonto(e.angaben);
  return k.db.withTx(txKontext(k.auth), async (tx) => {
    const [alt] = await tx.select().from(organisation).where(eq(organisation.id, k.auth.organisation.id));
    const vorher = (alt.rechnungsangaben ?? {}) as Record<string, unknown>;
    const felder = [...new Set([...Object.keys(vorher), ...Object.keys(neu)])].filter(
      // Compared as values: jsonb does not keep the key order of nested objects.
      (f) => !isDeepStrictEqual(vorher[f], (neu as Record<string, unknown>)[f]),
    );
    if (leitwegId !== undefined && leitwegId !== alt.leitwegId) felder.push('leitwegId');
    const [o] = await tx
      .update(organisation)
      .set(leitwegId === undefined ? { rechnungsangaben: neu } : { rechnungsangaben: neu, leitwegId })
      .where(eq(organisation.id, k.auth.organisation.id))
      .returning();
    if (felder.length > 0) {
      await schreibeAudit(tx, k, {
        aktion: 'aendern',
        ressource: 'rechnungsangaben',
        ressourceId: o.id,
        felder: felder.sort(),
        werte: wertAenderungen(
          'rechnungsangaben',
          { ...vorher, leitwegId: alt.leitwegId },
          { ...neu, leitwegId: o.leitwegId },
          felder,
        ),
      });
    }
    return rechnungsangabenDto(o);
  });
}
