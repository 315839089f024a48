import { organisation } from '@hilfewerk/db';
import { eq } from 'drizzle-orm';
import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { rechnungsangabenDto } from './intern/rechnungsangaben-dto.ts';

/** GET /api/organisation/rechnungsangaben: the own organisation's invoice data and what still lacks. */
export async function getRechnungsangaben(k: Kontext) {
  requireAccess(k, 'rechnungsangaben', 'lesen');
  return k.db.withTx(txKontext(k.auth), async (tx) => {
    const [o] = await tx.select().from(organisation).where(eq(organisation.id, k.auth.organisation.id));
    return rechnungsangabenDto(o);
  });
}
