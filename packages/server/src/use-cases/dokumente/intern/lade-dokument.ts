import { type Db, dokument } from '@hilfewerk/db';
import { and, eq, isNotNull } from 'drizzle-orm';
import type { Kontext } from '../../../access/kontext.ts';
import type { Umfang } from '../../../access/permissions.ts';
import { NichtGefunden } from '../../../fehler.ts';
import { ladeFall } from '../../faelle/intern/fall-umfang.ts';

/**
 * A document the user reaches through its case, or 404 — for another organisation's or another team's
 * document alike, so the answer never tells that it exists. Without its content unless asked.
 */
export async function ladeDokument(tx: Db, k: Kontext, umfang: Umfang, id: string, mitInhalt = false) {
  const [d] = await tx
    .select({
      id: dokument.id,
      fallId: dokument.fallId,
      name: dokument.name,
      art: dokument.art,
      mime: dokument.mime,
      groesse: dokument.groesse,
      ...(mitInhalt ? { inhalt: dokument.inhalt } : {}),
    })
    .from(dokument)
    // A report of an organisation deadline is no case document: its own route serves it.
    .where(
      and(
        eq(dokument.id, id),
        eq(dokument.organisationId, k.auth.organisation.id),
        isNotNull(dokument.fallId),
      ),
    );
  if (!d?.fallId) throw new NichtGefunden('Das Dokument');
  try {
    await ladeFall(tx, k, umfang, d.fallId);
  } catch (e) {
    if (e instanceof NichtGefunden) throw new NichtGefunden('Das Dokument');
    throw e;
  }
  return { ...d, fallId: d.fallId } as typeof d & { fallId: string; inhalt?: Buffer };
}
