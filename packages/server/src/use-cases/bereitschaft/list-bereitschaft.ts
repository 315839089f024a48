import { type Kontext, txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { diensteImMonat } from './intern/dienste-im-monat.ts';

/** The on-call rota of a month. */
export async function listBereitschaft(k: Kontext, monat: string) {
  requireAccess(k, 'bereitschaft', 'lesen');
  return k.db.withTx(txKontext(k.auth), (tx) => diensteImMonat(tx, k.auth.organisation.id, monat));
}
