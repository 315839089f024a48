import { frist } from '@hilfewerk/db';
import { eq } from 'drizzle-orm';
import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { ladeFall } from '../faelle/intern/fall-umfang.ts';
import { ladeFristen } from './intern/frist-dto.ts';
import { heute } from './intern/heute.ts';

/** Every deadline of a case (all states), for the case file; 404 outside the user's record scope. */
export async function listFallFristen(k: Kontext, fallId: string) {
  const umfang = requireAccess(k, 'frist', 'lesen');
  return k.db.withTx(txKontext(k.auth), async (tx) => {
    await ladeFall(tx, k, umfang, fallId);
    return ladeFristen(tx, eq(frist.fallId, fallId), heute());
  });
}
