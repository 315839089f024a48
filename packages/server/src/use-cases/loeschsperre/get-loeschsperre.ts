import { loeschsperre } from '@hilfewerk/db';
import { and, eq, isNull } from 'drizzle-orm';
import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { ladeFall } from '../faelle/intern/fall-umfang.ts';
import { sperreDto } from './intern/sperre-dto.ts';

/** GET /api/faelle/:id/loeschsperre: the standing hold of a case file, or none (shown on the case file). */
export async function getLoeschsperre(k: Kontext, fallId: string) {
  const umfang = requireAccess(k, 'loeschsperre', 'lesen');
  return k.db.withTx(txKontext(k.auth), async (tx) => {
    await ladeFall(tx, k, umfang, fallId);
    const [steht] = await tx
      .select()
      .from(loeschsperre)
      .where(and(eq(loeschsperre.fallId, fallId), isNull(loeschsperre.aufgehobenAm)));
    return { sperre: steht ? sperreDto(steht) : null };
  });
}
