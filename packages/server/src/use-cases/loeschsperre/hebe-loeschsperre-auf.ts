import { loeschsperre } from '@hilfewerk/db';
import { and, eq, isNull } from 'drizzle-orm';
import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { schreibeAudit } from '../../audit/schreibe-audit.ts';
import { NichtGefunden } from '../../fehler.ts';
import { ladeFall } from '../faelle/intern/fall-umfang.ts';
import { sperreDto } from './intern/sperre-dto.ts';

/** DELETE /api/faelle/:id/loeschsperre: the Leitung lifts the standing hold; it stays as history. */
export async function hebeLoeschsperreAuf(k: Kontext, fallId: string) {
  const umfang = requireAccess(k, 'loeschsperre', 'aendern');
  return k.db.withTx(txKontext(k.auth), async (tx) => {
    await ladeFall(tx, k, umfang, fallId);
    const [aufgehoben] = await tx
      .update(loeschsperre)
      .set({ aufgehobenAm: new Date(), aufgehobenVon: k.auth.benutzer.id })
      .where(and(eq(loeschsperre.fallId, fallId), isNull(loeschsperre.aufgehobenAm)))
      .returning();
    if (!aufgehoben) throw new NichtGefunden('Die Löschsperre');
    await schreibeAudit(tx, k, {
      aktion: 'aufheben',
      ressource: 'loeschsperre',
      ressourceId: aufgehoben.id,
      fallId,
    });
    return sperreDto(aufgehoben);
  });
}
