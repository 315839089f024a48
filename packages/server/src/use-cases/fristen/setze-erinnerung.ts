import { benutzerEinstellung } from '@hilfewerk/db';
import { eq } from 'drizzle-orm';
import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { schreibeAudit } from '../../audit/schreibe-audit.ts';
import { wertAenderungen } from '../../audit/werte.ts';

/** PUT /api/einstellungen/erinnerung: how many days ahead the user is reminded of deadlines. */
export async function setzeErinnerung(k: Kontext, erinnerungTage: number) {
  requireAccess(k, 'frist', 'lesen');
  return k.db.withTx(txKontext(k.auth), async (tx) => {
    const [vorher] = await tx
      .select({ erinnerungTage: benutzerEinstellung.erinnerungTage })
      .from(benutzerEinstellung)
      .where(eq(benutzerEinstellung.benutzerId, k.auth.benutzer.id));
    await tx
      .insert(benutzerEinstellung)
      .values({ benutzerId: k.auth.benutzer.id, organisationId: k.auth.organisation.id, erinnerungTage })
      .onConflictDoUpdate({
        target: [benutzerEinstellung.benutzerId, benutzerEinstellung.organisationId],
        set: { erinnerungTage },
      });
    await schreibeAudit(tx, k, {
      aktion: 'aendern',
      ressource: 'einstellung',
      ressourceId: k.auth.benutzer.id,
      felder: ['erinnerungTage'],
      werte: wertAenderungen('einstellung', vorher ?? {}, { erinnerungTage }, ['erinnerungTage']),
    });
    return { erinnerungTage };
  });
}
