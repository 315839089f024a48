import { type Kontext, txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { heute } from '../fristen/intern/heute.ts';
import { schulungsstaende } from './intern/schulungsstand.ts';

/** GET /api/personal/schulungen: per current staff member the trainings and the next § 8a training due. */
export async function listSchulungen(k: Kontext) {
  requireAccess(k, 'personal', 'lesen');
  return k.db.withTx(txKontext(k.auth), (tx) => schulungsstaende(tx, k.auth.organisation.id, heute()));
}
