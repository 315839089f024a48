import { randomUUID } from 'node:crypto';
import { hilfeplanZiel } from '@hilfewerk/db';
import { and, eq, isNull } from 'drizzle-orm';
import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { schreibeAudit } from '../../audit/schreibe-audit.ts';
import { Ungueltig } from '../../fehler.ts';
import { ladeHilfeImUmfang } from './intern/bewilligte-hilfe.ts';
import { ladeHilfeplan } from './intern/hilfeplan-dto.ts';

/** POST /api/hilfen/:hilfeId/hilfeplan/ziele — a goal of the Hilfeplan, or a sub-goal under one (`oberzielId`). */
export async function createHilfeplanZiel(
  k: Kontext,
  hilfeId: string,
  e: { text: string; oberzielId?: string | null },
) {
  const umfang = requireAccess(k, 'hilfeplan', 'anlegen');
  return k.db.withTx(txKontext(k.auth), async (tx) => {
    const h = await ladeHilfeImUmfang(tx, k, umfang, hilfeId);
    if (e.oberzielId) {
      const [ober] = await tx
        .select({ id: hilfeplanZiel.id })
        .from(hilfeplanZiel)
        .where(
          and(
            eq(hilfeplanZiel.id, e.oberzielId),
            eq(hilfeplanZiel.hilfeId, hilfeId),
            isNull(hilfeplanZiel.oberzielId),
          ),
        );
      if (!ober) throw new Ungueltig({ oberzielId: 'Ein Teilziel gehört unter ein Ziel dieses Hilfeplans.' });
    }
    const id = randomUUID();
    await tx.insert(hilfeplanZiel).values({
      id,
      organisationId: h.organisationId,
      jugendamtId: h.jugendamtId,
      fallId: h.fallId,
      hilfeId,
      oberzielId: e.oberzielId ?? null,
      text: e.text.trim(),
      erstelltVon: k.auth.benutzer.id,
    });
    await schreibeAudit(tx, k, {
      aktion: 'anlegen',
      ressource: 'hilfeplanZiel',
      ressourceId: id,
      hilfeId,
      felder: Object.keys(e),
    });
    return ladeHilfeplan(tx, hilfeId);
  });
}
