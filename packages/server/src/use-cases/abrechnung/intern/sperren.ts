import type { Db } from '@hilfewerk/db';
import { sql } from 'drizzle-orm';

/**
 * Transaction-scoped advisory locks. A monthly close takes its month exclusively; every change of
 * a Leistungseintrag takes the months it touches shared — so no entry can slip into a month while
 * it is being closed (READ COMMITTED would otherwise let the close miss an uncommitted entry).
 */
export async function sperreMonat(
  tx: Db,
  organisationId: string,
  monat: string,
  art: 'exklusiv' | 'geteilt',
) {
  const schluessel = `abschluss:${organisationId}:${monat}`;
  await tx.execute(
    art === 'exklusiv'
      ? sql`select pg_advisory_xact_lock(hashtext(${schluessel})::bigint)`
      : sql`select pg_advisory_xact_lock_shared(hashtext(${schluessel})::bigint)`,
  );
}

/** Serialises one person's entries, so two simultaneous saves cannot both pass the overlap check. */
export async function sperrePerson(tx: Db, benutzerId: string) {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`leistung:${benutzerId}`})::bigint)`);
}
