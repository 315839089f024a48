import { benutzer, sitzung } from '@hilfewerk/db';
import { hash, verify } from '@node-rs/argon2';
import { and, eq, ne } from 'drizzle-orm';
import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { schreibeAudit } from '../../audit/schreibe-audit.ts';
import { Ungueltig } from '../../fehler.ts';
import { passwortMangel } from '../konten/intern/passwort-regel.ts';

/**
 * A user replaces their password (a one-time password or their own). The old one must be given;
 * the new one must pass the policy. Every other session of the account ends: whoever knew the old
 * password is logged out everywhere.
 */
export async function aenderePasswort(
  k: Kontext,
  eingabe: { altesPasswort: string; neuesPasswort: string },
): Promise<void> {
  requireAccess(k, 'eigenesKonto', 'aendern');
  const mangel = passwortMangel(eingabe.neuesPasswort, {
    email: k.auth.benutzer.email,
    alt: eingabe.altesPasswort,
  });
  if (mangel) throw new Ungueltig({ neuesPasswort: mangel }, mangel);
  const neuerHash = await hash(eingabe.neuesPasswort);
  await k.db.withTx(txKontext(k.auth), async (tx) => {
    const [z] = await tx
      .select({ passwortHash: benutzer.passwortHash })
      .from(benutzer)
      .where(eq(benutzer.id, k.auth.benutzer.id))
      .for('update');
    const richtig = z ? await verify(z.passwortHash, eingabe.altesPasswort).catch(() => false) : false;
    if (!richtig) {
      const meldung = 'Das bisherige Passwort stimmt nicht.';
      throw new Ungueltig({ altesPasswort: meldung }, meldung);
    }
    await tx
      .update(benutzer)
      .set({ passwortHash: neuerHash, passwortAendern: false })
      .where(eq(benutzer.id, k.auth.benutzer.id));
    const beendet = await tx
      .delete(sitzung)
      .where(and(eq(sitzung.benutzerId, k.auth.benutzer.id), ne(sitzung.id, k.auth.sitzungId)))
      .returning({ id: sitzung.id });
    await schreibeAudit(tx, k, {
      aktion: 'aendern',
      ressource: 'passwort',
      ressourceId: k.auth.benutzer.id,
      beendeteSitzungen: beendet.length,
    });
  });
}
