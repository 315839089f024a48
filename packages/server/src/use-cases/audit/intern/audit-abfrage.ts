/** The Protokoll's filter and page query, shared by the list and the CSV export. */
import type { auditFilter } from '@hilfewerk/api';
import { audit, benutzer, type Db } from '@hilfewerk/db';
import { and, desc, eq, gte, lt, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Kontext } from '../../../access/kontext.ts';
import { datensatzNamen } from './datensatz-namen.ts';

/** As the route's schema in @hilfewerk/api parses it. */
export type AuditFilter = z.infer<typeof auditFilter>;

export function auditBedingung(k: Kontext, f: Omit<AuditFilter, 'seite' | 'proSeite'>) {
  const bedingungen: SQL[] = [eq(audit.organisationId, k.auth.organisation.id)];
  if (f.benutzer) bedingungen.push(eq(audit.benutzerId, f.benutzer));
  if (f.aktion) bedingungen.push(eq(audit.aktion, f.aktion));
  if (f.ressource) bedingungen.push(eq(audit.ressource, f.ressource));
  if (f.von) bedingungen.push(gte(audit.zeitpunkt, sql`${f.von}::date`));
  if (f.bis) bedingungen.push(lt(audit.zeitpunkt, sql`${f.bis}::date + 1`));
  return and(...bedingungen);
}

/** One page of the log, newest first, each row with the readable name of its record. */
export async function ladeAuditZeilen(tx: Db, wo: SQL | undefined, limit: number, offset: number) {
  const zeilen = await tx
    .select({ a: audit, name: benutzer.name })
    .from(audit)
    .leftJoin(benutzer, eq(benutzer.id, audit.benutzerId))
    .where(wo)
    .orderBy(desc(audit.zeitpunkt), desc(audit.id))
    .limit(limit)
    .offset(offset);
  const namen = await datensatzNamen(
    tx,
    zeilen.map(({ a }) => a),
  );
  return zeilen.map(({ a, name }) => ({
    id: a.id,
    nummer: a.nummer,
    zeitpunkt: a.zeitpunkt.toISOString(),
    benutzer: a.benutzerId ? { id: a.benutzerId, name: name ?? '' } : null,
    aktion: a.aktion,
    ressource: a.ressource,
    ressourceId: a.ressourceId,
    datensatz: a.ressourceId ? (namen.get(a.ressourceId) ?? null) : null,
    ip: a.ip,
    details: a.details,
  }));
}
