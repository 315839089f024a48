import { kalenderAbo } from '@hilfewerk/db';
import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { schreibeAudit } from '../../audit/schreibe-audit.ts';
import { neuesToken, tokenHash } from '../auth/intern/token.ts';

/**
 * POST /api/kalender/token: creates the user's secret feed token, or replaces it (the old address stops
 * working). Only its SHA-256 is stored, so the address is shown this once and cannot be read back.
 */
export async function erstelleKalenderToken(k: Kontext): Promise<{ token: string; pfad: string }> {
  requireAccess(k, 'frist', 'lesen');
  const token = neuesToken();
  await k.db.withTx(txKontext(k.auth), async (tx) => {
    await tx
      .insert(kalenderAbo)
      .values({
        benutzerId: k.auth.benutzer.id,
        organisationId: k.auth.organisation.id,
        tokenHash: tokenHash(token),
      })
      .onConflictDoUpdate({
        target: kalenderAbo.benutzerId,
        set: { tokenHash: tokenHash(token), erstelltAm: new Date() },
      });
    await schreibeAudit(tx, k, {
      aktion: 'anlegen',
      ressource: 'kalenderAbo',
      ressourceId: k.auth.benutzer.id,
    });
  });
  return { token, pfad: `/api/kalender/${token}.ics` };
}
