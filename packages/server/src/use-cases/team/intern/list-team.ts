import { benutzer, type Db, fallTeam } from '@hilfewerk/db';
import { asc, eq } from 'drizzle-orm';

export function listTeam(tx: Db, fallId: string) {
  return tx
    .select({ benutzerId: benutzer.id, name: benutzer.name, rolle: benutzer.rolle })
    .from(fallTeam)
    .innerJoin(benutzer, eq(benutzer.id, fallTeam.benutzerId))
    .where(eq(fallTeam.fallId, fallId))
    .orderBy(asc(benutzer.name));
}
