import type { Vignette } from '@hilfewerk/api';
import { kinderschutzVignette } from '@hilfewerk/db';
import { naechsterSchritt, type SchrittArt } from '@hilfewerk/rules';
import { and, eq } from 'drizzle-orm';
import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { schreibeAudit } from '../../audit/schreibe-audit.ts';
import { NichtGefunden } from '../../fehler.ts';

/**
 * GET /api/kinderschutz/:id/vignette: the pseudonymised case for the iefk (and for the team, to see what
 * she sees). It comes from the vignette row only — no query here touches the case.
 */
export async function getVignette(k: Kontext, id: string) {
  requireAccess(k, 'kinderschutzVignette', 'lesen');
  return k.db.withTx(txKontext(k.auth), async (tx) => {
    const [v] = await tx
      .select()
      .from(kinderschutzVignette)
      .where(
        and(
          eq(kinderschutzVignette.organisationId, k.auth.organisation.id),
          eq(kinderschutzVignette.verfahrenId, id),
        ),
      );
    if (!v) throw new NichtGefunden('Das Verfahren');
    await schreibeAudit(tx, k, { aktion: 'lesen', ressource: 'kinderschutzVignette', ressourceId: id });
    return {
      id,
      ...(v.inhalt as Omit<Vignette, 'id' | 'abgeschlossen' | 'naechsterSchritt'>),
      abgeschlossen: v.abgeschlossen !== null,
      naechsterSchritt: naechsterSchritt({
        erledigt: v.stand as SchrittArt[],
        abgeschlossen: v.abgeschlossen !== null,
      }),
    };
  });
}
