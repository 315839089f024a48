import { budgetvereinbarung } from '@hilfewerk/db';
import { eq, sql } from 'drizzle-orm';
import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { NichtGefunden } from '../../fehler.ts';
import { controllingDerVereinbarung } from '../budget/intern/controlling.ts';
import { ladeVereinbarungenDesJugendamts } from './intern/vereinbarungen.ts';

/**
 * The controlling of one Trägerbudget agreed with the user's Jugendamt: hours per quarter against the plan,
 * instalments, renegotiation alarm, Umsteuerung — the provider's own view, sums only.
 * The sums come from the provider's Leistungseinträge, rows the Jugendamt may never read (who worked on
 * which case, when). So they are summed for this one agreement as the system role, after the Jugendamt's
 * own role and RLS have found the agreement; what leaves the function holds no case and no person.
 */
export async function traegerbudgetControlling(k: Kontext, id: string) {
  requireAccess(k, 'traegerbudget', 'lesen');
  return k.db.withTx(txKontext(k.auth), async (tx) => {
    const [z] = await ladeVereinbarungenDesJugendamts(tx, k, eq(budgetvereinbarung.id, id));
    if (!z) throw new NichtGefunden('Das Trägerbudget');
    await tx.execute(sql`select set_config('role', 'hilfewerk_system', true)`);
    try {
      const controlling = await controllingDerVereinbarung(tx, { b: z.b, jugendamt: z.jugendamt });
      return { ...controlling, traeger: { id: z.b.organisationId, name: z.traeger } };
    } finally {
      await tx.execute(sql`select set_config('role', 'hilfewerk_app', true)`);
    }
  });
}
