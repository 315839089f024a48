import { abwesenheit } from '@hilfewerk/db';
import { and, eq } from 'drizzle-orm';
import { type Kontext, txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { schreibeAudit } from '../../audit/schreibe-audit.ts';
import { NichtGefunden } from '../../fehler.ts';

/** Removes an absence entered by mistake (or cancelled leave). */
export async function deleteAbwesenheit(k: Kontext, id: string) {
  requireAccess(k, 'personal', 'aendern');
  return k.db.withTx(txKontext(k.auth), async (tx) => {
    const [weg] = await tx
      .delete(abwesenheit)
      .where(and(eq(abwesenheit.id, id), eq(abwesenheit.organisationId, k.auth.organisation.id)))
      .returning();
    if (!weg) throw new NichtGefunden('Die Abwesenheit');
    await schreibeAudit(tx, k, {
      aktion: 'entfernen',
      ressource: 'abwesenheit',
      ressourceId: id,
      mitarbeiterId: weg.mitarbeiterId,
    });
  });
}
