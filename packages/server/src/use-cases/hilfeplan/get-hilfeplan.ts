import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { ladeHilfeImUmfang } from './intern/bewilligte-hilfe.ts';
import { ladeHilfeplan } from './intern/hilfeplan-dto.ts';

/** GET /api/hilfen/:hilfeId/hilfeplan — for the granting Jugendamt's ASD and the provider's case team. */
export async function getHilfeplan(k: Kontext, hilfeId: string) {
  const umfang = requireAccess(k, 'hilfeplan', 'lesen');
  return k.db.withTx(txKontext(k.auth), async (tx) => {
    await ladeHilfeImUmfang(tx, k, umfang, hilfeId);
    return ladeHilfeplan(tx, hilfeId);
  });
}
