import { kalenderAbo } from '@hilfewerk/db';
import { eq } from 'drizzle-orm';
import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';

/** GET /api/kalender/token: whether the user has a calendar feed, and since when (never the address). */
export async function kalenderAboStatus(k: Kontext) {
  requireAccess(k, 'frist', 'lesen');
  return k.db.withTx(txKontext(k.auth), async (tx) => {
    const [abo] = await tx
      .select({ erstelltAm: kalenderAbo.erstelltAm })
      .from(kalenderAbo)
      .where(eq(kalenderAbo.benutzerId, k.auth.benutzer.id));
    return { aktiv: Boolean(abo), erstelltAm: abo?.erstelltAm.toISOString() ?? null };
  });
}
