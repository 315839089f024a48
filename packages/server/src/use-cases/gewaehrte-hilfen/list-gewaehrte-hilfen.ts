import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { heute } from '../fristen/intern/heute.ts';
import { ladeGewaehrteHilfen } from './intern/gewaehrte-hilfe-dto.ts';

/** GET /api/gewaehrte-hilfen — every Hilfe this Jugendamt granted, with its open deadlines and reports received. */
export async function listGewaehrteHilfen(k: Kontext) {
  requireAccess(k, 'gewaehrteHilfe', 'lesen');
  const tag = heute();
  const hilfen = await k.db.withTx(txKontext(k.auth), (tx) =>
    ladeGewaehrteHilfen(tx, k.auth.organisation.id, tag),
  );
  // Overdue ones first, so the list opens with what needs chasing.
  hilfen.sort((a, b) => b.ueberfaelligeFristen - a.ueberfaelligeFristen);
  return { heute: tag, hilfen };
}
