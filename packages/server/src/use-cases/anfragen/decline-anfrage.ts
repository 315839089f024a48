import { anfrage } from '@hilfewerk/db';
import { eq, sql } from 'drizzle-orm';
import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { schreibeAudit } from '../../audit/schreibe-audit.ts';
import { ladeAnfrage } from './intern/anfrage-dto.ts';
import { sperreOffeneAnfrage } from './intern/offene-anfrage.ts';

/** POST /api/anfragen/:id/absage — the addressed provider's Leitung declines, giving the reason. */
export async function declineAnfrage(k: Kontext, id: string, grund: string) {
  requireAccess(k, 'anfrageAntwort', 'anlegen');
  return k.db.withTx(txKontext(k.auth), async (tx) => {
    await sperreOffeneAnfrage(tx, id, { organisationId: k.auth.organisation.id });
    await tx
      .update(anfrage)
      .set({
        status: 'abgesagt',
        absagegrund: grund.trim(),
        beantwortetAm: sql`now()`,
        beantwortetVon: k.auth.benutzer.id,
      })
      .where(eq(anfrage.id, id));
    await schreibeAudit(tx, k, { aktion: 'absagen', ressource: 'anfrage', ressourceId: id });
    return ladeAnfrage(tx, eq(anfrage.id, id));
  });
}
