import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { ladeVereinbarung } from './intern/budget-dto.ts';
import { controllingDerVereinbarung } from './intern/controlling.ts';

/** Budget controlling of the provider's own agreement (see intern/controlling.ts). */
export async function budgetControlling(k: Kontext) {
  requireAccess(k, 'budget', 'lesen');
  return k.db.withTx(txKontext(k.auth), async (tx) =>
    controllingDerVereinbarung(tx, await ladeVereinbarung(tx, k)),
  );
}
