import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { ladeBericht } from './intern/bericht-dto.ts';

/** GET /api/berichte/:id — the case team any report of its cases; the granting Jugendamt's ASD sent ones. */
export async function getBericht(k: Kontext, id: string) {
  const umfang = requireAccess(k, 'bericht', 'lesen');
  return k.db.withTx(txKontext(k.auth), (tx) => ladeBericht(tx, k, umfang, id));
}
