import { audit } from '@hilfewerk/db';
import { count } from 'drizzle-orm';
import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { type AuditFilter, auditBedingung, ladeAuditZeilen } from './intern/audit-abfrage.ts';

export type { AuditFilter } from './intern/audit-abfrage.ts';

export async function listAudit(k: Kontext, f: AuditFilter) {
  requireAccess(k, 'audit', 'lesen');
  const wo = auditBedingung(k, f);
  return k.db.withTx(txKontext(k.auth), async (tx) => {
    const [{ n }] = await tx.select({ n: count() }).from(audit).where(wo);
    return {
      gesamtzahl: Number(n),
      eintraege: await ladeAuditZeilen(tx, wo, f.proSeite, (f.seite - 1) * f.proSeite),
    };
  });
}
