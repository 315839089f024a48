import { beschwerde, hilfe, organisation } from '@hilfewerk/db';
import { berechneKennzahlen } from '@hilfewerk/rules';
import { and, count, eq, gte, lte } from 'drizzle-orm';
import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';

/**
 * GET /api/kennzahlen?jahr= (provider Leitung): the year's key figures over all Hilfen of the organisation
 * and its complaints. Counts only — no name and no case leaves here.
 */
export async function getKennzahlen(k: Kontext, jahr: number) {
  requireAccess(k, 'kennzahlen', 'lesen');
  const org = k.auth.organisation.id;
  return k.db.withTx(txKontext(k.auth), async (tx) => {
    const hilfen = await tx
      .select({ beginn: hilfe.beginn, ende: hilfe.tatsaechlichesEnde, jugendamt: organisation.name })
      .from(hilfe)
      .innerJoin(organisation, eq(organisation.id, hilfe.jugendamtId))
      .where(eq(hilfe.organisationId, org));
    const [{ n }] = await tx
      .select({ n: count() })
      .from(beschwerde)
      .where(
        and(
          eq(beschwerde.organisationId, org),
          gte(beschwerde.eingegangenAm, `${jahr}-01-01`),
          lte(beschwerde.eingegangenAm, `${jahr}-12-31`),
        ),
      );
    return { jahr, ...berechneKennzahlen(jahr, hilfen, Number(n)) };
  });
}
