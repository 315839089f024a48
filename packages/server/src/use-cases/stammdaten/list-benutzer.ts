import { benutzer } from '@hilfewerk/db';
import { asc, eq } from 'drizzle-orm';
import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';

/** Staff of the own organisation (to pick case team members). Never the password hash. */
export async function listBenutzer(k: Kontext) {
  requireAccess(k, 'benutzer', 'lesen');
  return k.db.withTx(txKontext(k.auth), (tx) =>
    tx
      .select({
        id: benutzer.id,
        email: benutzer.email,
        name: benutzer.name,
        rolle: benutzer.rolle,
        aktiv: benutzer.aktiv,
      })
      .from(benutzer)
      .where(eq(benutzer.organisationId, k.auth.organisation.id))
      .orderBy(asc(benutzer.name)),
  );
}
