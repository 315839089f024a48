import { type Abfrage, anfrage } from './client';
import type { AuditEintrag, Seite } from './typen';

export interface AuditFilter extends Abfrage {
  aktion?: string;
  ressource?: string;
  von?: string;
  bis?: string;
  seite?: number;
  proSeite?: number;
}

export async function holeAudit(filter: AuditFilter): Promise<Seite<AuditEintrag>> {
  const { daten, headers } = await anfrage<AuditEintrag[]>('/api/audit', { abfrage: filter });
  const gesamt = headers.get('x-gesamtzahl');
  return { eintraege: daten, gesamtzahl: gesamt === null ? daten.length : Number(gesamt) };
}
