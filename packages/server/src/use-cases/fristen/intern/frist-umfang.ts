import { fallTeam, frist } from '@hilfewerk/db';
import { and, eq, exists, type SQL, sql } from 'drizzle-orm';
import type { Kontext } from '../../../access/kontext.ts';

/**
 * "Meine Fristen": deadlines of the cases whose team the user is in — for every role, Leitung included
 * (the whole organisation is the team view's business, not the personal list).
 */
export function meineFaelle(k: Kontext): SQL {
  return and(
    eq(frist.organisationId, k.auth.organisation.id),
    exists(
      sql`(select 1 from ${fallTeam} where ${fallTeam.fallId} = ${frist.fallId} and ${fallTeam.benutzerId} = ${k.auth.benutzer.id})`,
    ),
  ) as SQL;
}
