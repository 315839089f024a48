import { organisationsfrist } from '@hilfewerk/db';
import { asc, eq } from 'drizzle-orm';
import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { aktualisiereOrganisationsfristen } from './intern/aktualisiere-organisationsfristen.ts';
import { heute as heuteInBerlin } from './intern/heute.ts';
import { berichteZu, organisationsfristDto } from './intern/organisationsfrist-dto.ts';

/**
 * The organisation's own deadlines. Roles that see the whole organisation refresh them first (a new
 * Leistung, a report met), so the list is current without a background job.
 */
export async function listOrganisationsfristen(k: Kontext) {
  const umfang = requireAccess(k, 'organisationsfrist', 'lesen');
  const heute = heuteInBerlin();
  return k.db.withTx(txKontext(k.auth), async (tx) => {
    if (umfang === 'organisation') await aktualisiereOrganisationsfristen(tx, k.auth.organisation.id, heute);
    const zeilen = await tx
      .select()
      .from(organisationsfrist)
      .where(eq(organisationsfrist.organisationId, k.auth.organisation.id))
      .orderBy(asc(organisationsfrist.faellig), asc(organisationsfrist.regel));
    const berichte = await berichteZu(
      tx,
      k.auth.organisation.id,
      zeilen.filter((o) => o.status === 'erledigt').map((o) => o.id),
    );
    return zeilen.map((o) => organisationsfristDto(o, heute, berichte.get(o.id) ?? null));
  });
}
