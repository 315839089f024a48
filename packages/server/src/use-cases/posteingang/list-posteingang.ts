import { posteingang } from '@hilfewerk/db';
import { eq } from 'drizzle-orm';
import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { ladePosteingang } from './intern/posteingang-dto.ts';

/** GET /api/posteingang — the notices providers sent to this Jugendamt, newest first. */
export async function listPosteingang(k: Kontext) {
  requireAccess(k, 'posteingang', 'lesen');
  return k.db.withTx(txKontext(k.auth), (tx) =>
    ladePosteingang(tx, eq(posteingang.jugendamtId, k.auth.organisation.id)),
  );
}
