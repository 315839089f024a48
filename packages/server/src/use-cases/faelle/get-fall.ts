import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { fallAkte } from './intern/fall-akte.ts';
import { ladeFall } from './intern/fall-umfang.ts';

/** The case file. For the iefk, who advises on pseudonymised vignettes only, a case does not exist (404). */
export async function getFall(k: Kontext, fallId: string) {
  const umfang = requireAccess(k, 'fall', 'lesen', ['iefk']);
  return k.db.withTx(txKontext(k.auth), async (tx) => fallAkte(tx, k, await ladeFall(tx, k, umfang, fallId)));
}
