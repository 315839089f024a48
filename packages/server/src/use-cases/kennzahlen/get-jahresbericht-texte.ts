import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { texteDto } from './intern/jahresbericht-texte.ts';

/** GET /api/kennzahlen/bericht/texte?jahr= (Leitung): the year's text parts, whether sent, and to whom it may go. */
export async function getJahresberichtTexte(k: Kontext, jahr: number) {
  requireAccess(k, 'kennzahlen', 'lesen');
  return k.db.withTx(txKontext(k.auth), (tx) => texteDto(tx, k.auth.organisation.id, jahr));
}
