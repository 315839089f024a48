import { anfrage } from '@hilfewerk/db';
import { eq } from 'drizzle-orm';
import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { ladeAnfragen } from './intern/anfrage-dto.ts';

/**
 * GET /api/anfragen — the ASD sees the requests its Jugendamt sent; a provider's Leitung those addressed to
 * its organisation. Newest first.
 */
export async function listAnfragen(k: Kontext) {
  requireAccess(k, 'anfrage', 'lesen');
  const org = k.auth.organisation.id;
  const eigene =
    k.auth.organisation.art === 'jugendamt' ? eq(anfrage.jugendamtId, org) : eq(anfrage.organisationId, org);
  return k.db.withTx(txKontext(k.auth), (tx) => ladeAnfragen(tx, eigene));
}
