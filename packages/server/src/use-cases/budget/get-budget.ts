import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { ladeVereinbarung, vereinbarungDto } from './intern/budget-dto.ts';

/** The provider's Trägerbudget agreement: total, period, staff plan, direct share, baseline. */
export async function getBudget(k: Kontext) {
  requireAccess(k, 'budget', 'lesen');
  return k.db.withTx(txKontext(k.auth), async (tx) => vereinbarungDto(await ladeVereinbarung(tx, k)));
}
