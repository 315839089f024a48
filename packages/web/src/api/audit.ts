import type { AuditEintrag, AuditFilter as Filter } from '@hilfewerk/api';
import { type Abfrage, anfrage, type Seite } from './client';

/** The query of GET /api/audit as the page sends it. */
export type AuditFilter = Filter & Abfrage;

export async function holeAudit(filter: AuditFilter): Promise<Seite<AuditEintrag>> {
  const { daten, headers } = await anfrage<AuditEintrag[]>('/api/audit', { abfrage: filter });
  const gesamt = headers.get('x-gesamtzahl');
  return { eintraege: daten, gesamtzahl: gesamt === null ? daten.length : Number(gesamt) };
}
