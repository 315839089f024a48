import { organisationsfrist } from '@hilfewerk/db';
import { and, eq } from 'drizzle-orm';
import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { schreibeAudit } from '../../audit/schreibe-audit.ts';
import { NichtGefunden, Ungueltig } from '../../fehler.ts';
import { aktualisiereOrganisationsfristen } from './intern/aktualisiere-organisationsfristen.ts';
import { heute as heuteInBerlin } from './intern/heute.ts';
import type { Erledigung } from './intern/markiere-erledigt.ts';
import { organisationsfristDto } from './intern/organisationsfrist-dto.ts';

/** Marks an organisation deadline met; a rule that counts from the last report then gets its next date. */
export async function erledigeOrganisationsfrist(k: Kontext, id: string, e: Erledigung) {
  requireAccess(k, 'organisationsfrist', 'aendern');
  const heute = heuteInBerlin();
  return k.db.withTx(txKontext(k.auth), async (tx) => {
    const diese = and(
      eq(organisationsfrist.id, id),
      eq(organisationsfrist.organisationId, k.auth.organisation.id),
    );
    const [o] = await tx.select().from(organisationsfrist).where(diese);
    if (!o) throw new NichtGefunden('Die Frist');
    if (o.status !== 'offen') {
      throw new Ungueltig({}, 'Diese Frist ist bereits erledigt oder entfallen.');
    }
    if (e.erledigtAm > heute) {
      throw new Ungueltig({
        erledigtAm: 'Das Datum liegt in der Zukunft. Bitte den Tag angeben, an dem die Frist erfüllt wurde.',
      });
    }
    const [neu] = await tx
      .update(organisationsfrist)
      .set({
        status: 'erledigt',
        erledigtAm: e.erledigtAm,
        erledigtVon: k.auth.benutzer.id,
        nachweis: e.nachweis,
      })
      .where(diese)
      .returning();
    await schreibeAudit(tx, k, { aktion: 'erledigen', ressource: 'organisationsfrist', ressourceId: id });
    await aktualisiereOrganisationsfristen(tx, k.auth.organisation.id, heute);
    return organisationsfristDto(neu, heute);
  });
}
