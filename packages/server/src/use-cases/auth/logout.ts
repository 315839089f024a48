import { sitzung } from '@hilfewerk/db';
import { eq } from 'drizzle-orm';
import type { Kontext } from '../../access/kontext.ts';
import { schreibeAudit } from '../../audit/schreibe-audit.ts';

/** Ends the session. Every logged-in user may end their own session, so no permission check. */
export async function logout(k: Kontext): Promise<void> {
  await k.db.withSystemTx(async (tx) => {
    await tx.delete(sitzung).where(eq(sitzung.id, k.auth.sitzungId));
    await schreibeAudit(tx, k, { aktion: 'abmelden', ressource: 'sitzung', ressourceId: k.auth.sitzungId });
  });
}
