import { loeschsperre } from '@hilfewerk/db';
import { and, eq, isNull } from 'drizzle-orm';
import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { schreibeAudit } from '../../audit/schreibe-audit.ts';
import { Zustandskonflikt } from '../../fehler.ts';
import { ladeFall } from '../faelle/intern/fall-umfang.ts';
import { sperreDto } from './intern/sperre-dto.ts';

/** POST /api/faelle/:id/loeschsperre: the Leitung stops retention for this file, with a reason. */
export async function setzeLoeschsperre(k: Kontext, fallId: string, grund: string) {
  const umfang = requireAccess(k, 'loeschsperre', 'anlegen');
  return k.db.withTx(txKontext(k.auth), async (tx) => {
    await ladeFall(tx, k, umfang, fallId);
    const [steht] = await tx
      .select()
      .from(loeschsperre)
      .where(and(eq(loeschsperre.fallId, fallId), isNull(loeschsperre.aufgehobenAm)));
    if (steht) throw new Zustandskonflikt('Für diesen Fall besteht bereits eine Löschsperre.');
    const [neu] = await tx
      .insert(loeschsperre)
      .values({
        organisationId: k.auth.organisation.id,
        fallId,
        grund: grund.trim(),
        gesetztVon: k.auth.benutzer.id,
      })
      .returning();
    await schreibeAudit(tx, k, { aktion: 'anlegen', ressource: 'loeschsperre', ressourceId: neu.id, fallId });
    return sperreDto(neu);
  });
}
