import { bericht } from '@hilfewerk/db';
import { eq } from 'drizzle-orm';
import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { ladeBerichte } from './intern/bericht-dto.ts';

/** GET /api/berichte?hilfeId= — the reports on one Hilfe the user reaches, newest first. */
export async function listBerichte(k: Kontext, hilfeId: string) {
  const umfang = requireAccess(k, 'bericht', 'lesen');
  return k.db.withTx(txKontext(k.auth), (tx) => ladeBerichte(tx, k, umfang, eq(bericht.hilfeId, hilfeId)));
}
