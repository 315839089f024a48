import { benutzer, notiz } from '@hilfewerk/db';
import { and, desc, eq } from 'drizzle-orm';
import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { hatZugriff, requireAccess } from '../../access/require-access.ts';
import { schreibeAudit } from '../../audit/schreibe-audit.ts';
import { ladeFall } from '../faelle/intern/fall-umfang.ts';
import { notizDto } from './intern/notiz-dto.ts';

/**
 * The notes of a case, newest first. Special-category notes appear only for roles allowed to
 * read them, and each one shown writes an audit row in the same transaction.
 */
export async function listNotizen(k: Kontext, fallId: string) {
  const umfang = requireAccess(k, 'notiz', 'lesen');
  const besondere = hatZugriff(k, 'notizBesondere', 'lesen');
  return k.db.withTx(txKontext(k.auth), async (tx) => {
    await ladeFall(tx, k, umfang, fallId);
    const zeilen = await tx
      .select({ n: notiz, autor: benutzer.name })
      .from(notiz)
      .leftJoin(benutzer, eq(benutzer.id, notiz.autorId))
      .where(and(eq(notiz.fallId, fallId), besondere ? undefined : eq(notiz.besondereKategorie, false)))
      .orderBy(desc(notiz.erstelltAm));
    for (const { n } of zeilen) {
      if (n.besondereKategorie) {
        await schreibeAudit(tx, k, { aktion: 'lesen', ressource: 'notiz', ressourceId: n.id, fallId });
      }
    }
    return zeilen.map((z) => notizDto(z.n, z.autor));
  });
}
