import { posteingang } from '@hilfewerk/db';
import { and, eq, isNull, type SQL, sql } from 'drizzle-orm';
import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { schreibeAudit } from '../../audit/schreibe-audit.ts';
import { HttpFehler } from '../../fehler.ts';
import { ladeNotiz } from './intern/posteingang-dto.ts';

/**
 * POST /api/posteingang/:id/antwort (ASD): the Jugendamt answers a notice — e.g. what it does on a § 8a
 * notification. One answer per notice; it also counts as read. The provider sees it with the notice.
 */
export async function beantwortePosteingang(k: Kontext, id: string, text: string) {
  requireAccess(k, 'posteingang', 'aendern');
  const eigene = and(eq(posteingang.id, id), eq(posteingang.jugendamtId, k.auth.organisation.id)) as SQL;
  return k.db.withTx(txKontext(k.auth), async (tx) => {
    await ladeNotiz(tx, eigene);
    const neu = await tx
      .update(posteingang)
      .set({
        antwort: text,
        beantwortetAm: sql`now()`,
        beantwortetVon: k.auth.benutzer.id,
        gelesenAm: sql`coalesce(${posteingang.gelesenAm}, now())`,
        gelesenVon: sql`coalesce(${posteingang.gelesenVon}, ${k.auth.benutzer.id}::uuid)`,
      })
      .where(and(eigene, isNull(posteingang.beantwortetAm)))
      .returning({ id: posteingang.id });
    if (neu.length === 0) throw new HttpFehler(409, 'Diese Nachricht ist bereits beantwortet.');
    await schreibeAudit(tx, k, { aktion: 'beantworten', ressource: 'posteingang', ressourceId: id });
    return ladeNotiz(tx, eigene);
  });
}
