import { bericht } from '@hilfewerk/db';
import { eq, sql } from 'drizzle-orm';
import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { schreibeAudit } from '../../audit/schreibe-audit.ts';
import { Konflikt, Zustandskonflikt } from '../../fehler.ts';
import { ladeBericht, sperreBericht } from './intern/bericht-dto.ts';

export const BERICHT_GESENDET = 'Der Bericht ist gesendet und kann nicht mehr geändert werden.';

/** PATCH /api/berichte/:id — edits a draft (optimistic version); a sent report answers 409. */
export async function updateBericht(
  k: Kontext,
  id: string,
  e: { inhalt: Record<string, unknown>; version: number },
) {
  const umfang = requireAccess(k, 'bericht', 'aendern');
  return k.db.withTx(txKontext(k.auth), async (tx) => {
    const b = await sperreBericht(tx, k, umfang, id);
    if (b.status === 'gesendet') throw new Zustandskonflikt(BERICHT_GESENDET);
    if (b.version !== e.version) throw new Konflikt(await ladeBericht(tx, k, umfang, id));
    await tx
      .update(bericht)
      .set({ inhalt: e.inhalt, version: b.version + 1, geaendertAm: sql`now()` })
      .where(eq(bericht.id, id));
    await schreibeAudit(tx, k, {
      aktion: 'aendern',
      ressource: 'bericht',
      ressourceId: id,
      fallId: b.fallId,
    });
    return ladeBericht(tx, k, umfang, id);
  });
}
