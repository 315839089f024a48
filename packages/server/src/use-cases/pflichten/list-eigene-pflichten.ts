import { eigenePflicht } from '@hilfewerk/db';
import { asc, eq } from 'drizzle-orm';
import { type Kontext, txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { eigenePflichtDto } from './intern/eigene-pflicht-dto.ts';

/** The duties the Leitung set itself, running ones first, then by title. */
export async function listEigenePflichten(k: Kontext) {
  requireAccess(k, 'eigenePflicht', 'lesen');
  return k.db.withTx(txKontext(k.auth), async (tx) => {
    const zeilen = await tx
      .select()
      .from(eigenePflicht)
      .where(eq(eigenePflicht.organisationId, k.auth.organisation.id))
      .orderBy(asc(eigenePflicht.beendetAm), asc(eigenePflicht.titel));
    return zeilen.map(eigenePflichtDto);
  });
}
