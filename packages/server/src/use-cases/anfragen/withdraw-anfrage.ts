import { anfrage } from '@hilfewerk/db';
import { eq, sql } from 'drizzle-orm';
import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { schreibeAudit } from '../../audit/schreibe-audit.ts';
import { ladeAnfrage } from './intern/anfrage-dto.ts';
import { sperreOffeneAnfrage } from './intern/offene-anfrage.ts';

/** POST /api/anfragen/:id/zurueckziehen — the ASD withdraws an open request; it can no longer be accepted. */
export async function withdrawAnfrage(k: Kontext, id: string) {
  requireAccess(k, 'anfrage', 'aendern');
  return k.db.withTx(txKontext(k.auth), async (tx) => {
    await sperreOffeneAnfrage(tx, id, { jugendamtId: k.auth.organisation.id });
    await tx
      .update(anfrage)
      .set({ status: 'zurueckgezogen', beantwortetAm: sql`now()`, beantwortetVon: k.auth.benutzer.id })
      .where(eq(anfrage.id, id));
    await schreibeAudit(tx, k, { aktion: 'zurueckziehen', ressource: 'anfrage', ressourceId: id });
    return ladeAnfrage(tx, eq(anfrage.id, id));
  });
}
