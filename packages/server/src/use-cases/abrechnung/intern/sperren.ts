import type { Db } from '@hilfewerk/db';
import { type SQL, sql } from 'drizzle-orm';

/**
 * Transaction-scoped advisory locks. A monthly close takes its month exclusively; every change of
 * a Leistungseintrag takes the months it touches shared — so no entry can slip into a month while
 * it is being closed (READ COMMITTED would otherwise let the close miss an uncommitted entry).
 */
export const monatsSchluessel = (organisationId: string, monat: string) =>
  `abschluss:${organisationId}:${monat}`;

/** Serialises one person's entries, so two simultaneous saves cannot both pass the overlap check. */
export const personenSchluessel = (benutzerId: string) => `leistung:${benutzerId}`;

export function sperreMonatSql(organisationId: string, monat: string, art: 'exklusiv' | 'geteilt'): SQL {
  const schluessel = monatsSchluessel(organisationId, monat);
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

export function sperrePersonSql(benutzerId: string): SQL {
  return sql`select pg_advisory_xact_lock(hashtext(${personenSchluessel(benutzerId)})::bigint)`;
}

export async function sperrePerson(tx: Db, benutzerId: string) {
  await tx.execute(sperrePersonSql(benutzerId));
}

/**
 * Both locks of a new entry in one statement, in the order every path takes them (month before
 * person, so that no two transactions wait for each other in a cycle). The month lock sits in a
 * subquery that OFFSET 0 keeps from being merged into the outer query: the outer lock is only
 * evaluated for the row the subquery has produced, i.e. after the month lock was granted.
 * Placeholders `monatsSchluessel` and `personenSchluessel` (see above).
 */
export const SPERRE_MONAT_UND_PERSON = sql`select pg_advisory_xact_lock(hashtext(${sql.placeholder('personenSchluessel')})::bigint)
    from (select pg_advisory_xact_lock_shared(hashtext(${sql.placeholder('monatsSchluessel')})::bigint) offset 0) monat`;
