import { dokument } from '@hilfewerk/db';
import { and, eq } from 'drizzle-orm';
import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { schreibeAudit } from '../../audit/schreibe-audit.ts';
import { ladeDokument } from './intern/lade-dokument.ts';

/** Deletes a document of the case file; the audit row keeps that it existed (kind and size, not the content). */
export async function deleteDokument(k: Kontext, id: string) {
  const umfang = requireAccess(k, 'dokument', 'aendern');
  await k.db.withTx(txKontext(k.auth), async (tx) => {
    const d = await ladeDokument(tx, k, umfang, id);
    await tx
      .delete(dokument)
      .where(and(eq(dokument.id, d.id), eq(dokument.organisationId, k.auth.organisation.id)));
    await schreibeAudit(tx, k, {
      aktion: 'loeschen',
      ressource: 'dokument',
      ressourceId: d.id,
      fallId: d.fallId,
      art: d.art,
      groesse: d.groesse,
    });
  });
}
