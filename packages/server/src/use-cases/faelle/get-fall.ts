import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { schreibeAudit } from '../../audit/schreibe-audit.ts';
import { fallAkte } from './intern/fall-akte.ts';
import { ladeFall } from './intern/fall-umfang.ts';

/**
 * The case file. Every read is audited in the same transaction: social data read leaves a trace.
 * For the iefk, who advises on pseudonymised vignettes only, a case does not exist (404).
 */
export async function getFall(k: Kontext, fallId: string) {
  const umfang = requireAccess(k, 'fall', 'lesen', ['iefk']);
  return k.db.withTx(txKontext(k.auth), async (tx) => {
    const akte = await fallAkte(tx, k, await ladeFall(tx, k, umfang, fallId));
    await schreibeAudit(tx, k, { aktion: 'lesen', ressource: 'fall', ressourceId: fallId });
    return akte;
  });
}
