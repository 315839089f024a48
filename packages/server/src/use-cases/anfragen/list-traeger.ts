import { organisation } from '@hilfewerk/db';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';

/**
 * GET /api/traeger — the providers a Jugendamt can ask: every provider that offers at least one Leistung,
 * those of the Jugendamt's own Bundesland first (placements elsewhere happen, but less often).
 */
export async function listTraeger(k: Kontext) {
  requireAccess(k, 'traeger', 'lesen');
  const land = k.auth.organisation.bundesland;
  return k.db.withTx(txKontext(k.auth), (tx) =>
    tx
      .select({
        id: organisation.id,
        name: organisation.name,
        bundesland: organisation.bundesland,
        leistungen: organisation.leistungen,
      })
      .from(organisation)
      .where(and(eq(organisation.art, 'traeger'), sql`cardinality(${organisation.leistungen}) > 0`))
      .orderBy(sql`${organisation.bundesland} <> ${land}`, asc(organisation.name)),
  );
}
