import { eigenePflicht } from '@hilfewerk/db';
import { and, eq, sql } from 'drizzle-orm';
import { type Kontext, txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { schreibeAudit } from '../../audit/schreibe-audit.ts';
import { Konflikt, NichtGefunden, Ungueltig } from '../../fehler.ts';
import { aktualisiereOrganisationsfristen } from '../fristen/intern/aktualisiere-organisationsfristen.ts';
import { heute as heuteInBerlin } from '../fristen/intern/heute.ts';
import { eigenePflichtDto } from './intern/eigene-pflicht-dto.ts';

/**
 * Stops an own duty from today: no new deadlines, its open ones lapse (`entfallen`), met ones stay with their
 * reports. The row stays, so the deadlines keep pointing to a named duty.
 */
export async function beendeEigenePflicht(k: Kontext, id: string, version: number) {
  requireAccess(k, 'eigenePflicht', 'aendern');
  const heute = heuteInBerlin();
  return k.db.withTx(txKontext(k.auth), async (tx) => {
    const org = k.auth.organisation.id;
    const diese = and(eq(eigenePflicht.id, id), eq(eigenePflicht.organisationId, org));
    const [p] = await tx.select().from(eigenePflicht).where(diese).for('update');
    if (!p) throw new NichtGefunden('Die Pflicht');
    if (p.version !== version) throw new Konflikt(eigenePflichtDto(p));
    if (p.beendetAm) throw new Ungueltig({}, 'Diese Pflicht ist bereits beendet.');
    const [neu] = await tx
      .update(eigenePflicht)
      .set({ beendetAm: heute, version: sql`${eigenePflicht.version} + 1` })
      .where(diese)
      .returning();
    await schreibeAudit(tx, k, { aktion: 'deaktivieren', ressource: 'eigenePflicht', ressourceId: id });
    await aktualisiereOrganisationsfristen(tx, org, heute);
    return eigenePflichtDto(neu);
  });
}
