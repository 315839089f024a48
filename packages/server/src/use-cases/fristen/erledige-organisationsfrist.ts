import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { schreibeAudit } from '../../audit/schreibe-audit.ts';
import { aktualisiereOrganisationsfristen } from './intern/aktualisiere-organisationsfristen.ts';
import { heute as heuteInBerlin } from './intern/heute.ts';
import type { Erledigung } from './intern/markiere-erledigt.ts';
import { markiereOrganisationsfristErledigt } from './intern/markiere-organisationsfrist.ts';
import { organisationsfristDto } from './intern/organisationsfrist-dto.ts';

/** Marks an organisation deadline met; a rule that counts from the last report then gets its next date. */
export async function erledigeOrganisationsfrist(k: Kontext, id: string, e: Erledigung) {
  requireAccess(k, 'organisationsfrist', 'aendern');
  const heute = heuteInBerlin();
  return k.db.withTx(txKontext(k.auth), async (tx) => {
    const neu = await markiereOrganisationsfristErledigt(tx, k, id, e, heute);
    await schreibeAudit(tx, k, { aktion: 'erledigen', ressource: 'organisationsfrist', ressourceId: id });
    await aktualisiereOrganisationsfristen(tx, k.auth.organisation.id, heute);
    return organisationsfristDto(neu, heute);
  });
}
