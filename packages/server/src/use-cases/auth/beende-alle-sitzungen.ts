import { sitzung } from '@hilfewerk/db';
import { eq } from 'drizzle-orm';
import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { schreibeAudit } from '../../audit/schreibe-audit.ts';

/** "Überall abmelden": ends every session of the user, this one included (a lost phone, a shared PC). */
export async function beendeAlleSitzungen(k: Kontext): Promise<number> {
  requireAccess(k, 'eigenesKonto', 'aendern');
  return k.db.withTx(txKontext(k.auth), async (tx) => {
    const beendet = await tx
      .delete(sitzung)
      .where(eq(sitzung.benutzerId, k.auth.benutzer.id))
      .returning({ id: sitzung.id });
    await schreibeAudit(tx, k, {
      aktion: 'ueberallAbmelden',
      ressource: 'sitzung',
      ressourceId: k.auth.sitzungId,
      beendeteSitzungen: beendet.length,
    });
    return beendet.length;
  });
}
