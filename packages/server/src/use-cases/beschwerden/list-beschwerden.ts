import { benutzer, beschwerde } from '@hilfewerk/db';
import { desc, eq } from 'drizzle-orm';
import { type Kontext, txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { schreibeAudit } from '../../audit/schreibe-audit.ts';
import { heute as heuteInBerlin } from '../fristen/intern/heute.ts';
import { beschwerdeDto } from './intern/beschwerde-dto.ts';

/** The organisation's complaints, newest first. Reading them is audited: they are a special category. */
export async function listBeschwerden(k: Kontext) {
  requireAccess(k, 'beschwerde', 'lesen');
  const heute = heuteInBerlin();
  return k.db.withTx(txKontext(k.auth), async (tx) => {
    const zeilen = await tx
      .select({ b: beschwerde, name: benutzer.name })
      .from(beschwerde)
      .leftJoin(benutzer, eq(benutzer.id, beschwerde.verantwortlichId))
      .where(eq(beschwerde.organisationId, k.auth.organisation.id))
      .orderBy(desc(beschwerde.eingegangenAm), desc(beschwerde.erstelltAm));
    await schreibeAudit(tx, k, {
      aktion: 'lesen',
      ressource: 'beschwerde',
      ressourceId: k.auth.organisation.id,
      anzahl: zeilen.length,
    });
    return zeilen.map((z) => beschwerdeDto(z.b, heute, z.name));
  });
}
