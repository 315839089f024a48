import { type Kontext, txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { besetzungInMonaten } from './intern/besetzung-monate.ts';

/** Staffing of each Leistung in a month against the catalogue's keys (intern/besetzung-monate.ts). */
export async function getBesetzung(k: Kontext, monat: string) {
  requireAccess(k, 'besetzung', 'lesen');
  return k.db.withTx(
    txKontext(k.auth),
    async (tx) => (await besetzungInMonaten(tx, k.auth.organisation.id, [monat]))[0],
  );
}
