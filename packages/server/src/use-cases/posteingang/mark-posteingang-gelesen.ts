import { posteingang } from '@hilfewerk/db';
import { and, eq, isNull, type SQL, sql } from 'drizzle-orm';
import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { schreibeAudit } from '../../audit/schreibe-audit.ts';
import { ladeNotiz } from './intern/posteingang-dto.ts';

/**
 * POST /api/posteingang/:id/gelesen — the read receipt the provider sees. The first reading counts: marking
 * again changes nothing.
 */
export async function markPosteingangGelesen(k: Kontext, id: string) {
  requireAccess(k, 'posteingang', 'aendern');
  const eigene = and(eq(posteingang.id, id), eq(posteingang.jugendamtId, k.auth.organisation.id)) as SQL;
  return k.db.withTx(txKontext(k.auth), async (tx) => {
    await ladeNotiz(tx, eigene);
    const neu = await tx
      .update(posteingang)
      .set({ gelesenAm: sql`now()`, gelesenVon: k.auth.benutzer.id })
      .where(and(eigene, isNull(posteingang.gelesenAm)))
      .returning({ id: posteingang.id });
    if (neu.length > 0) {
      await schreibeAudit(tx, k, { aktion: 'gelesen', ressource: 'posteingang', ressourceId: id });
    }
    return ladeNotiz(tx, eigene);
  });
}
