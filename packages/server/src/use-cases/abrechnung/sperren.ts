import type { Db } from '@hilfewerk/db';
import { type SQL, sql } from 'drizzle-orm';

/**
 * Transaction-scoped advisory locks. A monthly close takes its month exclusively; every change of
 * a Leistungseintrag takes the months it touches shared — so no entry can slip into a month while
 * it is being closed (READ COMMITTED would otherwise let the close miss an uncommitted entry).
 */
export function sperreMonatSql(organisationId: string, monat: string, art: 'exklusiv' | 'geteilt'): SQL {
  const schluessel = `abschluss:${organisationId}:${monat}`;
  return art === 'exklusiv'
    ? sql`select pg_advisory_xact_lock(hashtext(${schluessel})::bigint)`
    : sql`select pg_advisory_xact_lock_shared(hashtext(${schluessel})::bigint)`;
}

export async function sperreMonat(
  tx: Db,
  organisationId: string,
  monat: string,
  art: 'exklusiv' | 'geteilt',
) {
  await tx.execute(sperreMonatSql(organisationId, monat, art));
}

/** Serialises one person's entries, so two simultaneous saves cannot both pass the overlap check. */
export function sperrePersonSql(benutzerId: string): SQL {
  return sql`select pg_advisory_xact_lock(hashtext(${`leistung:${benutzerId}`})::bigint)`;
}

export async function sperrePerson(tx: Db, benutzerId: string) {
  await tx.execute(sperrePersonSql(benutzerId));
}
