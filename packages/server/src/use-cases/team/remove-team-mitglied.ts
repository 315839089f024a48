import { fallTeam } from '@hilfewerk/db';
import { and, eq } from 'drizzle-orm';
import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { schreibeAudit } from '../../audit/schreibe-audit.ts';
import { NichtGefunden } from '../../fehler.ts';
import { ladeFall } from '../faelle/intern/fall-umfang.ts';

export async function removeTeamMitglied(k: Kontext, fallId: string, benutzerId: string) {
  const umfang = requireAccess(k, 'team', 'aendern');
  await k.db.withTx(txKontext(k.auth), async (tx) => {
    await ladeFall(tx, k, umfang, fallId);
    const weg = await tx
      .delete(fallTeam)
      .where(and(eq(fallTeam.fallId, fallId), eq(fallTeam.benutzerId, benutzerId)))
      .returning({ benutzerId: fallTeam.benutzerId });
    if (weg.length === 0) throw new NichtGefunden('Das Teammitglied');
    await schreibeAudit(tx, k, { aktion: 'entfernen', ressource: 'team', ressourceId: fallId, benutzerId });
  });
}
