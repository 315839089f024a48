import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { schreibeAudit } from '../../audit/schreibe-audit.ts';
import { ladeDokument } from './intern/lade-dokument.ts';

/** A document's file for download; each download is audited in the same transaction. */
export async function getDokument(k: Kontext, id: string) {
  const umfang = requireAccess(k, 'dokument', 'lesen');
  return k.db.withTx(txKontext(k.auth), async (tx) => {
    const d = await ladeDokument(tx, k, umfang, id, true);
    await schreibeAudit(tx, k, {
      aktion: 'lesen',
      ressource: 'dokument',
      ressourceId: d.id,
      fallId: d.fallId,
      art: d.art,
      groesse: d.groesse,
    });
    return { name: d.name, mime: d.mime, inhalt: d.inhalt as Buffer };
  });
}
