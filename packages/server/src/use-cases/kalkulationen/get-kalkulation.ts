import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { ladeKalkulation } from './intern/kalkulation-dto.ts';

/** One saved version with its inputs, result and the list of all versions (who, when). */
export async function getKalkulation(k: Kontext, id: string) {
  requireAccess(k, 'kalkulation', 'lesen');
  return k.db.withTx(txKontext(k.auth), (tx) => ladeKalkulation(tx, id));
}
