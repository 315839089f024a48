import { benutzer } from '@hilfewerk/db';
import { asc, eq } from 'drizzle-orm';
import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { type AnmeldeOptionen, STANDARD_ANMELDUNG } from '../auth/login.ts';
import { benutzerSpalten } from '../konten/intern/benutzer-dto.ts';
import { sperrenDerKonten } from '../konten/intern/sperren-der-konten.ts';

/**
 * Staff of the own organisation (to pick case team members, and for the administration page, which
 * also needs who is locked out after failed logins). Never the password hash.
 */
export async function listBenutzer(k: Kontext, opt: AnmeldeOptionen = STANDARD_ANMELDUNG) {
  requireAccess(k, 'benutzer', 'lesen');
  const zeilen = await k.db.withTx(txKontext(k.auth), (tx) =>
    tx
      .select(benutzerSpalten)
      .from(benutzer)
      .where(eq(benutzer.organisationId, k.auth.organisation.id))
      .orderBy(asc(benutzer.name)),
  );
  const sperren = await sperrenDerKonten(
    k.db,
    zeilen.map((z) => z.email),
    opt,
  );
  return zeilen.map((z) => ({ ...z, gesperrtBis: sperren.get(z.email) ?? null }));
}
