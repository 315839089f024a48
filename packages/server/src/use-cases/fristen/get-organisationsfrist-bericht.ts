import { dokument } from '@hilfewerk/db';
import { and, eq } from 'drizzle-orm';
import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { schreibeAudit } from '../../audit/schreibe-audit.ts';
import { NichtGefunden } from '../../fehler.ts';

/**
 * The report attached to an organisation deadline, for download; each download is audited (ids and size).
 * 404 when the deadline has none or belongs to another organisation.
 */
export async function getOrganisationsfristBericht(k: Kontext, fristId: string) {
  requireAccess(k, 'organisationsfristBericht', 'lesen');
  return k.db.withTx(txKontext(k.auth), async (tx) => {
    const [d] = await tx
      .select({ id: dokument.id, name: dokument.name, mime: dokument.mime, inhalt: dokument.inhalt })
      .from(dokument)
      .where(
        and(eq(dokument.organisationId, k.auth.organisation.id), eq(dokument.organisationsfristId, fristId)),
      );
    if (!d) throw new NichtGefunden('Der Bericht');
    await schreibeAudit(tx, k, {
      aktion: 'lesen',
      ressource: 'dokument',
      ressourceId: d.id,
      organisationsfristId: fristId,
      groesse: d.inhalt.length,
    });
    return d;
  });
}
