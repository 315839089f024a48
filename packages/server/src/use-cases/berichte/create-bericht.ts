import { randomUUID } from 'node:crypto';
import { bericht, fall, hilfe } from '@hilfewerk/db';
import { and, eq } from 'drizzle-orm';
import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { schreibeAudit } from '../../audit/schreibe-audit.ts';
import { NichtGefunden } from '../../fehler.ts';
import { fallImUmfang } from '../faelle/intern/fall-umfang.ts';
import { type BerichtArt, ladeBericht } from './intern/bericht-dto.ts';

/** POST /api/berichte — the case team begins a report on a Hilfe of its case: a draft until it is sent. */
export async function createBericht(
  k: Kontext,
  e: { hilfeId: string; art: BerichtArt; inhalt: Record<string, unknown> },
) {
  const umfang = requireAccess(k, 'bericht', 'anlegen');
  return k.db.withTx(txKontext(k.auth), async (tx) => {
    const [h] = await tx
      .select({ id: hilfe.id, fallId: hilfe.fallId, jugendamtId: hilfe.jugendamtId })
      .from(hilfe)
      .innerJoin(fall, and(eq(fall.id, hilfe.fallId), eq(fall.organisationId, hilfe.organisationId)))
      .where(and(eq(hilfe.id, e.hilfeId), fallImUmfang(k, umfang)));
    if (!h) throw new NichtGefunden('Die Hilfe');
    const id = randomUUID();
    await tx.insert(bericht).values({
      id,
      organisationId: k.auth.organisation.id,
      fallId: h.fallId,
      hilfeId: h.id,
      // Addressed to the Jugendamt that granted the Hilfe.
      jugendamtId: h.jugendamtId,
      art: e.art,
      inhalt: e.inhalt,
      erstelltVon: k.auth.benutzer.id,
    });
    await schreibeAudit(tx, k, {
      aktion: 'anlegen',
      ressource: 'bericht',
      ressourceId: id,
      fallId: h.fallId,
    });
    return ladeBericht(tx, k, umfang, id);
  });
}
