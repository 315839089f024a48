import { mitarbeiter, mitarbeiterVk } from '@hilfewerk/db';
import { and, eq } from 'drizzle-orm';
import { type Kontext, txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { schreibeAudit } from '../../audit/schreibe-audit.ts';
import { NichtGefunden, Ungueltig } from '../../fehler.ts';
import { heute as heuteInBerlin } from '../fristen/intern/heute.ts';
import { mitarbeiterDto } from './intern/mitarbeiter-dto.ts';

/**
 * Records a VK change from a day on. The history stays: past months are computed with the VK that held
 * then. A second change on the same day replaces the first.
 */
export async function setzeVk(k: Kontext, id: string, e: { ab: string; vk: number }) {
  requireAccess(k, 'personal', 'aendern');
  const heute = heuteInBerlin();
  return k.db.withTx(txKontext(k.auth), async (tx) => {
    const org = k.auth.organisation.id;
    const [p] = await tx
      .select()
      .from(mitarbeiter)
      .where(and(eq(mitarbeiter.id, id), eq(mitarbeiter.organisationId, org)))
      .for('update');
    if (!p) throw new NichtGefunden('Die Person');
    if (e.ab < p.eintritt) throw new Ungueltig({ ab: 'Die Änderung liegt vor dem Eintritt.' });
    if (p.austritt && e.ab > p.austritt) throw new Ungueltig({ ab: 'Die Änderung liegt nach dem Austritt.' });
    await tx
      .insert(mitarbeiterVk)
      .values({ organisationId: org, mitarbeiterId: id, ab: e.ab, vk: String(e.vk) })
      .onConflictDoUpdate({
        target: [mitarbeiterVk.organisationId, mitarbeiterVk.mitarbeiterId, mitarbeiterVk.ab],
        set: { vk: String(e.vk) },
      });
    const [neu] = await tx
      .update(mitarbeiter)
      .set({ version: p.version + 1 })
      .where(and(eq(mitarbeiter.id, id), eq(mitarbeiter.organisationId, org)))
      .returning();
    await schreibeAudit(tx, k, {
      aktion: 'aendern',
      ressource: 'mitarbeiter',
      ressourceId: id,
      felder: ['vk'],
      ab: e.ab,
    });
    const vk = await tx
      .select()
      .from(mitarbeiterVk)
      .where(and(eq(mitarbeiterVk.mitarbeiterId, id), eq(mitarbeiterVk.organisationId, org)));
    return mitarbeiterDto(neu, vk, heute);
  });
}
