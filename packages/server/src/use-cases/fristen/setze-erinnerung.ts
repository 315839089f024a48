import { benutzerEinstellung } from '@hilfewerk/db';
import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { schreibeAudit } from '../../audit/schreibe-audit.ts';

/** PUT /api/einstellungen/erinnerung: how many days ahead the user is reminded of deadlines. */
export async function setzeErinnerung(k: Kontext, erinnerungTage: number) {
  requireAccess(k, 'frist', 'lesen');
  return k.db.withTx(txKontext(k.auth), async (tx) => {
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
    });
    return { erinnerungTage };
  });
}
