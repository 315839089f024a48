import { beschwerde } from '@hilfewerk/db';
import { and, eq } from 'drizzle-orm';
import { type Kontext, txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { schreibeAudit } from '../../audit/schreibe-audit.ts';
import { wertAenderungen } from '../../audit/werte.ts';
import { NichtGefunden, Ungueltig } from '../../fehler.ts';
import { heute as heuteInBerlin } from '../fristen/intern/heute.ts';
import { benutzerName, beschwerdeDto } from './intern/beschwerde-dto.ts';

/** Names (or clears) the person who answers for a complaint: a user of the same organisation. */
export async function setzeBeschwerdeVerantwortlich(k: Kontext, id: string, verantwortlichId: string | null) {
  requireAccess(k, 'beschwerde', 'aendern');
  const heute = heuteInBerlin();
  const organisationId = k.auth.organisation.id;
  return k.db.withTx(txKontext(k.auth), async (tx) => {
    const diese = and(eq(beschwerde.id, id), eq(beschwerde.organisationId, organisationId));
    const [b] = await tx.select().from(beschwerde).where(diese).for('update');
    if (!b) throw new NichtGefunden('Die Beschwerde');
    let name: string | null = null;
    if (verantwortlichId) {
      name = (await benutzerName(tx, organisationId, verantwortlichId)) ?? null;
      if (name === null) {
        throw new Ungueltig({ verantwortlichId: 'Bitte eine Person Ihrer Organisation wählen.' });
      }
    }
    const [neu] = await tx.update(beschwerde).set({ verantwortlichId }).where(diese).returning();
    const felder = ['verantwortlichId'];
    await schreibeAudit(tx, k, {
      aktion: 'aendern',
      ressource: 'beschwerde',
      ressourceId: id,
      felder,
      werte: wertAenderungen('beschwerde', b, neu, felder),
    });
    return beschwerdeDto(neu, heute, name);
  });
}
