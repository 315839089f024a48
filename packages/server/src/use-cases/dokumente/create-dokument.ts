import { randomUUID } from 'node:crypto';
import { DOKUMENT_ARTEN, type DokumentArtCode } from '@hilfewerk/api';
import { dokument } from '@hilfewerk/db';
import { eq } from 'drizzle-orm';
import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { schreibeAudit } from '../../audit/schreibe-audit.ts';
import { Ungueltig } from '../../fehler.ts';
import { ladeFall } from '../faelle/intern/fall-umfang.ts';
import { dokumentZeilen } from './intern/dokument-dto.ts';
import { dateiname, KEINE_DATEI, pruefeDatei } from './intern/pruefe-datei.ts';

/** What the route read from the multipart request; `datei` is absent when no file was sent. */
export interface Upload {
  art?: string;
  datei?: { name: string; inhalt: Buffer };
}

export { FALSCHER_TYP, ZU_GROSS } from './intern/pruefe-datei.ts';

/**
 * Attaches a document to a case. `lies` reads the request body only after the permission check, so a role
 * without the right never gets its upload read. Type comes from the content (packages/rules), size from
 * the bytes received; a refused upload stores nothing and writes no audit row.
 */
export async function createDokument(k: Kontext, fallId: string, lies: () => Promise<Upload>) {
  const umfang = requireAccess(k, 'dokument', 'anlegen');
  const upload = await lies();
  const felder: Record<string, string> = {};
  if (!DOKUMENT_ARTEN.includes(upload.art as DokumentArtCode)) {
    felder.art = 'Bitte eine Art des Dokuments wählen: Hilfeplan, Bescheid, Bericht oder Sonstiges.';
  }
  if (!upload.datei || upload.datei.inhalt.length === 0) felder.datei = KEINE_DATEI;
  if (Object.keys(felder).length > 0 || !upload.datei) throw new Ungueltig(felder);
  const { inhalt } = upload.datei;
  const { mime } = pruefeDatei(inhalt);
  const art = upload.art as DokumentArtCode;

  return k.db.withTx(txKontext(k.auth), async (tx) => {
    await ladeFall(tx, k, umfang, fallId);
    const id = randomUUID();
    await tx.insert(dokument).values({
      id,
      organisationId: k.auth.organisation.id,
      fallId,
      name: dateiname(upload.datei?.name ?? ''),
      art,
      mime,
      groesse: inhalt.length,
      inhalt,
      hochgeladenVon: k.auth.benutzer.id,
    });
    await schreibeAudit(tx, k, {
      aktion: 'anlegen',
      ressource: 'dokument',
      ressourceId: id,
      fallId,
      art,
      groesse: inhalt.length,
    });
    const [d] = await dokumentZeilen(tx, eq(dokument.id, id));
    return d;
  });
}
