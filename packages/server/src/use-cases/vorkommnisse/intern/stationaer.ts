import { type Db, hilfe } from '@hilfewerk/db';
import { and, eq, gte, isNull, lte, or } from 'drizzle-orm';
import { katalog } from '../../../katalog.ts';

/**
 * Whether the case had a Hilfe in stationary care (catalogue `betreuungsform: stationaer`, e.g. Berlin D.8)
 * on the day: then the place is in a facility with a Betriebserlaubnis and § 47 SGB VIII applies.
 */
export async function stationaerAm(tx: Db, organisationId: string, fallId: string, datum: string) {
  const stationaereLeistungen = new Set(
    katalog()
      .filter((l) => l.stationaer)
      .map((l) => l.id),
  );
  const hilfen = await tx
    .select({ leistung: hilfe.leistung })
    .from(hilfe)
    .where(
      and(
        eq(hilfe.organisationId, organisationId),
        eq(hilfe.fallId, fallId),
        lte(hilfe.beginn, datum),
        or(isNull(hilfe.tatsaechlichesEnde), gte(hilfe.tatsaechlichesEnde, datum)),
      ),
    );
  return hilfen.some((h) => stationaereLeistungen.has(h.leistung));
}
