import type { auditFilter } from '@hilfewerk/api';
import { audit, benutzer } from '@hilfewerk/db';
import { and, count, desc, eq, gte, lt, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';

/** As the route's schema in @hilfewerk/api parses it. */
export type AuditFilter = z.infer<typeof auditFilter>;

export async function listAudit(k: Kontext, f: AuditFilter) {
  requireAccess(k, 'audit', 'lesen');
  const bedingungen: SQL[] = [eq(audit.organisationId, k.auth.organisation.id)];
  if (f.benutzer) bedingungen.push(eq(audit.benutzerId, f.benutzer));
  if (f.aktion) bedingungen.push(eq(audit.aktion, f.aktion));
  if (f.ressource) bedingungen.push(eq(audit.ressource, f.ressource));
  if (f.von) bedingungen.push(gte(audit.zeitpunkt, sql`${f.von}::date`));
  if (f.bis) bedingungen.push(lt(audit.zeitpunkt, sql`${f.bis}::date + 1`));
  const wo = and(...bedingungen);
  return k.db.withTx(txKontext(k.auth), async (tx) => {
    const [{ n }] = await tx.select({ n: count() }).from(audit).where(wo);
    const zeilen = await tx
      .select({ a: audit, name: benutzer.name })
      .from(audit)
      .leftJoin(benutzer, eq(benutzer.id, audit.benutzerId))
      .where(wo)
      .orderBy(desc(audit.zeitpunkt), desc(audit.id))
      .limit(f.proSeite)
      .offset((f.seite - 1) * f.proSeite);
    return {
      gesamtzahl: Number(n),
      eintraege: zeilen.map(({ a, name }) => ({
        id: a.id,
        zeitpunkt: a.zeitpunkt.toISOString(),
        benutzer: a.benutzerId ? { id: a.benutzerId, name: name ?? '' } : null,
        aktion: a.aktion,
        ressource: a.ressource,
        ressourceId: a.ressourceId,
        ip: a.ip,
        details: a.details,
      })),
    };
  });
}
