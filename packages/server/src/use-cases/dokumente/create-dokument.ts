import { randomUUID } from 'node:crypto';
import { DOKUMENT_ARTEN, DOKUMENT_MAX_BYTES, type DokumentArtCode } from '@hilfewerk/api';
import { dokument } from '@hilfewerk/db';
import { erkenneDateityp } from '@hilfewerk/rules';
import { eq } from 'drizzle-orm';
import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { schreibeAudit } from '../../audit/schreibe-audit.ts';
import { HttpFehler, Ungueltig } from '../../fehler.ts';
import { ladeFall } from '../faelle/intern/fall-umfang.ts';
import { dokumentZeilen } from './intern/dokument-dto.ts';

/** What the route read from the multipart request; `datei` is absent when no file was sent. */
export interface Upload {
  art?: string;
  datei?: { name: string; inhalt: Buffer };
}

export const ZU_GROSS = `Die Datei ist zu groß. Erlaubt sind höchstens ${DOKUMENT_MAX_BYTES / (1024 * 1024)} MB.`;
export const FALSCHER_TYP =
  'Dieser Dateityp wird nicht angenommen. Erlaubt sind PDF, JPEG, PNG und Word-Dokumente (DOCX).';

/** The name as shown and sent back on download: no path, no control characters, not too long. */
function dateiname(roh: string): string {
  const name = (roh.split(/[\\/]/).pop() ?? '')
    .replace(/\p{Cc}/gu, '')
    .trim()
    .slice(0, 200);
  return name || 'Dokument';
}

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
  if (!upload.datei || upload.datei.inhalt.length === 0) felder.datei = 'Bitte wählen Sie eine Datei aus.';
  if (Object.keys(felder).length > 0 || !upload.datei) throw new Ungueltig(felder);
  const { inhalt } = upload.datei;
  if (inhalt.length > DOKUMENT_MAX_BYTES) throw new HttpFehler(413, ZU_GROSS);
  const mime = erkenneDateityp(inhalt);
  if (!mime) throw new HttpFehler(415, FALSCHER_TYP);
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
