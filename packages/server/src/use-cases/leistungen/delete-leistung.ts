import { leistungseintrag } from '@hilfewerk/db';
import { eq } from 'drizzle-orm';
import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { schreibeAudit } from '../../audit/schreibe-audit.ts';
import { sperreMonat } from '../abrechnung/intern/sperren.ts';
import { ladeEigenenEintrag } from './intern/eigener-eintrag.ts';

/** Deletes one own entry of an open month (group shares go with it, by cascade). */
export async function deleteLeistung(k: Kontext, id: string): Promise<void> {
  requireAccess(k, 'leistungseintrag', 'aendern');
  await k.db.withTx(txKontext(k.auth), async (tx) => {
    const e = await ladeEigenenEintrag(tx, k, id);
    await sperreMonat(tx, k.auth.organisation.id, e.datum.slice(0, 7), 'geteilt');
    // Re-read under the lock: a close that committed meanwhile has locked the entry.
    await ladeEigenenEintrag(tx, k, id);
    await tx.delete(leistungseintrag).where(eq(leistungseintrag.id, id));
    await schreibeAudit(tx, k, {
      aktion: 'loeschen',
      ressource: 'leistungseintrag',
      ressourceId: id,
      felder: [],
    });
  });
}
