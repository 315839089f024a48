import { type Db, fall, loeschsperre } from '@hilfewerk/db';
import { asc, eq } from 'drizzle-orm';

/** One legal hold per demo provider, on its first case: the retention report shows what a hold does. */
export async function ladeDemoLoeschsperren(
  tx: Db,
  org: (schluessel: string) => string,
  benutzer: (email: string) => string,
): Promise<void> {
  for (const [o, leitung] of [
    ['kiju', 'leitung@kiju.demo'],
    ['tbh', 'leitung@traeger-bremerhaven.demo'],
  ] as const) {
    const organisationId = org(o);
    const [erster] = await tx
      .select({ id: fall.id })
      .from(fall)
      .where(eq(fall.organisationId, organisationId))
      .orderBy(asc(fall.aktenzeichen))
      .limit(1);
    if (!erster) continue;
    await tx.insert(loeschsperre).values({
      organisationId,
      fallId: erster.id,
      grund: 'Verfahren vor dem Familiengericht anhängig',
      gesetztVon: benutzer(leitung),
    });
  }
}
