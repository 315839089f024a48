import { anfrage } from '@hilfewerk/db';
import { and, eq, type SQL } from 'drizzle-orm';
import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { ladeAnfrage } from './intern/anfrage-dto.ts';

/** GET /api/anfragen/:id — one request, for the asking ASD or the addressed Leitung; 404 for anyone else. */
export async function getAnfrage(k: Kontext, id: string) {
  requireAccess(k, 'anfrage', 'lesen');
  const org = k.auth.organisation.id;
  const eigene =
    k.auth.organisation.art === 'jugendamt' ? eq(anfrage.jugendamtId, org) : eq(anfrage.organisationId, org);
  return k.db.withTx(txKontext(k.auth), (tx) => ladeAnfrage(tx, and(eq(anfrage.id, id), eigene) as SQL));
}
