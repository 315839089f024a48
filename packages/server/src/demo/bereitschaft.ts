import { bereitschaft, type Db, mitarbeiter } from '@hilfewerk/db';
import { plusTage } from '@hilfewerk/rules/tag';
import { and, asc, eq, isNotNull, sql } from 'drizzle-orm';

/** Weekly on-call shifts, Monday 08:00 to Monday 08:00, from late October 2026 for ten weeks. */
const ERSTER_MONTAG = '2026-10-26';
const WOCHEN = 10;

/** Each demo provider's staff with a login take turns; each has a service phone number. */
export async function ladeDemoBereitschaft(
  tx: Db,
  org: (schluessel: string) => string,
  d: (iso: string) => string,
): Promise<void> {
  for (const [i, o] of ['kiju', 'tbh', 'muki'].entries()) {
    const organisationId = org(o);
    const personen = await tx
      .select({ id: mitarbeiter.id })
      .from(mitarbeiter)
      .where(and(eq(mitarbeiter.organisationId, organisationId), isNotNull(mitarbeiter.benutzerId)))
      .orderBy(asc(mitarbeiter.name));
    for (let w = 0; w < WOCHEN; w++) {
      const p = w % personen.length;
      const beginn = d(plusTage(ERSTER_MONTAG, 7 * w));
      const ende = d(plusTage(ERSTER_MONTAG, 7 * (w + 1)));
      await tx.insert(bereitschaft).values({
        organisationId,
        mitarbeiterId: personen[p].id,
        // Wall-clock 08:00 in Germany, whatever the season the shifted demo lands in.
        von: sql`(${`${beginn} 08:00`}::timestamp AT TIME ZONE 'Europe/Berlin')`,
        bis: sql`(${`${ende} 08:00`}::timestamp AT TIME ZONE 'Europe/Berlin')`,
        telefon: `0170 555 ${String(100 + i * 10 + p).padStart(4, '0')}`,
      });
    }
  }
}
