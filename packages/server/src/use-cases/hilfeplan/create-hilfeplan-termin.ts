import { randomUUID } from 'node:crypto';
import { type HPG_ARTEN, hilfeplanTermin } from '@hilfewerk/db';
import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { schreibeAudit } from '../../audit/schreibe-audit.ts';
import { Ungueltig } from '../../fehler.ts';
import { heute } from '../fristen/intern/heute.ts';
import { ladeHilfeImUmfang } from './intern/bewilligte-hilfe.ts';
import { leiteFristenDesTraegersAb } from './intern/fristen-des-traegers.ts';
import { ladeHilfeplan } from './intern/hilfeplan-dto.ts';

/**
 * POST /api/hilfen/:hilfeId/hilfeplan/termine — the ASD sets an HPG (or the closing conversation) on a Hilfe
 * it granted; the provider's report deadline before it follows in the same transaction.
 */
export async function createHilfeplanTermin(
  k: Kontext,
  hilfeId: string,
  e: { datum: string; art?: (typeof HPG_ARTEN)[number] },
) {
  const umfang = requireAccess(k, 'hilfeplan', 'anlegen');
  return k.db.withTx(txKontext(k.auth), async (tx) => {
    const h = await ladeHilfeImUmfang(tx, k, umfang, hilfeId);
    if (e.datum < h.beginn)
      throw new Ungueltig({ datum: 'Das Hilfeplangespräch liegt vor dem Beginn der Hilfe.' });
    const id = randomUUID();
    await tx.insert(hilfeplanTermin).values({
      id,
      organisationId: h.organisationId,
      jugendamtId: h.jugendamtId,
      fallId: h.fallId,
      hilfeId,
      art: e.art ?? 'hpg',
      datum: e.datum,
      bekanntSeit: heute(),
      erstelltVon: k.auth.benutzer.id,
    });
    await schreibeAudit(tx, k, {
      aktion: 'anlegen',
      ressource: 'hilfeplanTermin',
      ressourceId: id,
      hilfeId,
      felder: Object.keys(e),
    });
    await leiteFristenDesTraegersAb(tx, hilfeId);
    return ladeHilfeplan(tx, hilfeId);
  });
}
