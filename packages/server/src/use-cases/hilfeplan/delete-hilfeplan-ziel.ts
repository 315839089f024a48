import { hilfeplanZiel } from '@hilfewerk/db';
import { and, eq, inArray } from 'drizzle-orm';
import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { schreibeAudit } from '../../audit/schreibe-audit.ts';
import { ladeHilfeplan } from './intern/hilfeplan-dto.ts';
import { ladeUngeprueftesZiel } from './intern/ziel-ungeprueft.ts';

/** DELETE /api/hilfeplan/ziele/:id — remove an unreviewed goal (with its sub-goals) or sub-goal (ASD). */
export async function deleteHilfeplanZiel(k: Kontext, id: string) {
  requireAccess(k, 'hilfeplan', 'aendern');
  return k.db.withTx(txKontext(k.auth), async (tx) => {
    const { ziel, teilziele } = await ladeUngeprueftesZiel(tx, k, id);
    const ids = [id, ...teilziele];
    await tx
      .delete(hilfeplanZiel)
      .where(and(inArray(hilfeplanZiel.id, ids), eq(hilfeplanZiel.organisationId, ziel.organisationId)));
    for (const zielId of ids) {
      await schreibeAudit(tx, k, {
        aktion: 'loeschen',
        ressource: 'hilfeplanZiel',
        ressourceId: zielId,
        hilfeId: ziel.hilfeId,
      });
    }
    return ladeHilfeplan(tx, ziel.hilfeId);
  });
}
