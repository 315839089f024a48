import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { ladeRechnung, rechnungDto } from './intern/rechnung-dto.ts';

/** One invoice with its lines (file numbers, grant references, quantities — no case narrative). */
export async function getRechnung(k: Kontext, id: string) {
  requireAccess(k, 'rechnung', 'lesen');
  return k.db.withTx(txKontext(k.auth), async (tx) => rechnungDto(await ladeRechnung(tx, k, id), true));
}
