import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { schreibeAudit } from '../../audit/schreibe-audit.ts';
import { ladeFall } from '../faelle/intern/fall-umfang.ts';
import { ladeVorkommnisse } from './intern/darstellung.ts';

/** GET /api/faelle/:id/vorkommnisse: a case's crises and besondere Vorkommnisse with their duties (read audited). */
export async function listVorkommnisse(k: Kontext, fallId: string) {
  const umfang = requireAccess(k, 'vorkommnis', 'lesen');
  return k.db.withTx(txKontext(k.auth), async (tx) => {
    await ladeFall(tx, k, umfang, fallId);
    const liste = await ladeVorkommnisse(tx, k.auth.organisation.id, { fallId });
    // Health data: every look is on the record (Art. 9 GDPR, § 64 SGB VIII), also an empty one.
    await schreibeAudit(tx, k, {
      aktion: 'lesen',
      ressource: 'vorkommnis',
      ressourceId: null,
      fallId,
      anzahl: liste.length,
    });
    return liste;
  });
}
