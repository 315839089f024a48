import type { Db } from '@hilfewerk/db';
import { sql } from 'drizzle-orm';
import { aktualisiereFristen } from '../../fristen/intern/aktualisiere-fristen.ts';

/**
 * Re-derives the provider's deadlines of a Hilfe after the Jugendamt changed an HPG date, in the same
 * transaction. The derivation must see all of the provider's facts — events the Jugendamt may never read
 * (a crisis), deadlines it does not keep — so it runs, for this one Hilfe only, as the system role; the
 * caller has already proved, under its own role and RLS, that its Jugendamt granted this Hilfe.
 */
export async function leiteFristenDesTraegersAb(tx: Db, hilfeId: string): Promise<void> {
  await tx.execute(sql`select set_config('role', 'hilfewerk_system', true)`);
  try {
    await aktualisiereFristen(tx, hilfeId);
  } finally {
    await tx.execute(sql`select set_config('role', 'hilfewerk_app', true)`);
  }
}
