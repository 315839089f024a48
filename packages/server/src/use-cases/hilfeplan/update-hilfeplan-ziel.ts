import { hilfeplanZiel } from '@hilfewerk/db';
import { and, eq } from 'drizzle-orm';
import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { schreibeAudit } from '../../audit/schreibe-audit.ts';
import { ladeHilfeplan } from './intern/hilfeplan-dto.ts';
import { ladeUngeprueftesZiel } from './intern/ziel-ungeprueft.ts';

/** PATCH /api/hilfeplan/ziele/:id — reword a goal or sub-goal no HPG has reviewed yet (ASD). */
export async function updateHilfeplanZiel(k: Kontext, id: string, e: { text: string }) {
  requireAccess(k, 'hilfeplan', 'aendern');
  return k.db.withTx(txKontext(k.auth), async (tx) => {
    const { ziel } = await ladeUngeprueftesZiel(tx, k, id);
    await tx
      .update(hilfeplanZiel)
      .set({ text: e.text.trim() })
      .where(and(eq(hilfeplanZiel.id, id), eq(hilfeplanZiel.organisationId, ziel.organisationId)));
    await schreibeAudit(tx, k, {
      aktion: 'aendern',
      ressource: 'hilfeplanZiel',
      ressourceId: id,
      hilfeId: ziel.hilfeId,
      felder: ['text'],
    });
    return ladeHilfeplan(tx, ziel.hilfeId);
  });
}
