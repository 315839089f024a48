import { kalenderAbo } from '@hilfewerk/db';
import { eq } from 'drizzle-orm';
import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { schreibeAudit } from '../../audit/schreibe-audit.ts';

/** DELETE /api/kalender/token: the feed address stops working at once. */
export async function widerrufeKalenderToken(k: Kontext): Promise<void> {
  requireAccess(k, 'frist', 'lesen');
  await k.db.withTx(txKontext(k.auth), async (tx) => {
    const weg = await tx
      .delete(kalenderAbo)
      .where(eq(kalenderAbo.benutzerId, k.auth.benutzer.id))
      .returning({ id: kalenderAbo.benutzerId });
    if (weg.length > 0) {
      await schreibeAudit(tx, k, {
        aktion: 'entfernen',
        ressource: 'kalenderAbo',
        ressourceId: k.auth.benutzer.id,
      });
    }
  });
}
