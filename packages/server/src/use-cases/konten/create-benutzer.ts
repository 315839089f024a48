import { benutzer, type Rolle } from '@hilfewerk/db';
import { hash } from '@node-rs/argon2';
import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { schreibeAudit } from '../../audit/schreibe-audit.ts';
import { HttpFehler, Ungueltig } from '../../fehler.ts';
import { istEindeutigkeitsFehler } from '../intern/db-fehler.ts';
import { neuesEinmalpasswort } from './intern/einmalpasswort.ts';
import { ROLLEN_JE_ART } from './intern/rollen-je-art.ts';

export const EMAIL_VERGEBEN =
  'Diese E-Mail-Adresse hat bereits ein Konto. Jede Adresse meldet genau eine Person an.';

/**
 * Creates an account of the own organisation with a one-time password, which is returned once and
 * stored only as a hash; the first login then demands a password of the user's own.
 */
export async function createBenutzer(
  k: Kontext,
  eingabe: { email: string; name: string; rolle: Rolle },
): Promise<{ id: string; einmalpasswort: string }> {
  requireAccess(k, 'benutzer', 'anlegen');
  if (!ROLLEN_JE_ART[k.auth.organisation.art].includes(eingabe.rolle)) {
    throw new Ungueltig({ rolle: 'Diese Rolle gibt es in Ihrer Art von Organisation nicht.' });
  }
  const einmalpasswort = neuesEinmalpasswort();
  const passwortHash = await hash(einmalpasswort);
  try {
    return await k.db.withTx(txKontext(k.auth), async (tx) => {
      const [neu] = await tx
        .insert(benutzer)
        .values({
          organisationId: k.auth.organisation.id,
          email: eingabe.email.trim().toLowerCase(),
          name: eingabe.name.trim(),
          rolle: eingabe.rolle,
          passwortHash,
          passwortAendern: true,
        })
        .returning({ id: benutzer.id });
      await schreibeAudit(tx, k, {
        aktion: 'anlegen',
        ressource: 'benutzer',
        ressourceId: neu.id,
        rolle: eingabe.rolle,
      });
      return { id: neu.id, einmalpasswort };
    });
  } catch (error) {
    if (istEindeutigkeitsFehler(error, 'benutzer_email_unique')) {
      throw new HttpFehler(409, EMAIL_VERGEBEN, { felder: { email: EMAIL_VERGEBEN } });
    }
    throw error;
  }
}
