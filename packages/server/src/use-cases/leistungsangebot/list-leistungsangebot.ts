import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { angebotDto, nurTraeger } from './intern/angebot.ts';

/** GET /api/organisation/leistungen — the catalogue Leistungen the own organisation offers to Jugendämter. */
export async function listLeistungsangebot(k: Kontext) {
  requireAccess(k, 'leistungsangebot', 'lesen');
  nurTraeger(k);
  return k.db.withTx(txKontext(k.auth), (tx) => angebotDto(tx, k));
}
