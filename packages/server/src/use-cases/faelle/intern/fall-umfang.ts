import { type Db, fall, fallTeam, hilfe } from '@hilfewerk/db';
import { and, eq, exists, type SQL, sql } from 'drizzle-orm';
import type { Kontext } from '../../../access/kontext.ts';
import type { Umfang } from '../../../access/permissions.ts';
import { NichtGefunden } from '../../../fehler.ts';

/**
 * The cases a user reaches, as a WHERE condition on `fall` (the first wall; RLS is the second).
 * Every case query goes through here, so scope is decided in one place.
 */
export function fallImUmfang(k: Kontext, umfang: Umfang): SQL {
  const org = k.auth.organisation.id;
  switch (umfang) {
    case 'organisation':
      return eq(fall.organisationId, org);
    case 'team':
      return and(
        eq(fall.organisationId, org),
        exists(
          sql`(select 1 from ${fallTeam} where ${fallTeam.fallId} = ${fall.id} and ${fallTeam.benutzerId} = ${k.auth.benutzer.id})`,
        ),
      ) as SQL;
    case 'jugendamt':
      return exists(
        sql`(select 1 from ${hilfe} where ${hilfe.fallId} = ${fall.id} and ${hilfe.jugendamtId} = ${org})`,
      );
    case 'keine':
      return sql`false`;
  }
}

/** Loads a case the user may reach, or answers 404 — also for other organisations' cases. */
export async function ladeFall(tx: Db, k: Kontext, umfang: Umfang, fallId: string) {
  const [zeile] = await tx
    .select()
    .from(fall)
    .where(and(eq(fall.id, fallId), fallImUmfang(k, umfang)));
  if (!zeile) throw new NichtGefunden('Der Fall');
  return zeile;
}
