import { bereitschaft } from '@hilfewerk/db';
import { and, eq } from 'drizzle-orm';
import { type Kontext, txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { schreibeAudit } from '../../audit/schreibe-audit.ts';
import { NichtGefunden } from '../../fehler.ts';

/** Takes a shift out of the plan. */
export async function deleteBereitschaft(k: Kontext, id: string) {
  requireAccess(k, 'bereitschaft', 'aendern');
  return k.db.withTx(txKontext(k.auth), async (tx) => {
    const [weg] = await tx
      .delete(bereitschaft)
      .where(and(eq(bereitschaft.id, id), eq(bereitschaft.organisationId, k.auth.organisation.id)))
      .returning();
    if (!weg) throw new NichtGefunden('Der Dienst');
    await schreibeAudit(tx, k, {
      aktion: 'entfernen',
      ressource: 'bereitschaft',
      ressourceId: id,
      mitarbeiterId: weg.mitarbeiterId,
    });
  });
}
