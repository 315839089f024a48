import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { schreibeAudit } from '../../audit/schreibe-audit.ts';
import type { Rechnung } from '../../dokumente/rechnung.ts';
import { ladeRechnung } from './intern/rechnung-dto.ts';

/**
 * An invoice as PDF or XRechnung, rendered from the stored invoice data — the same document every
 * time it is downloaded.
 */
export async function rechnungDokument(k: Kontext, id: string, format: 'pdf' | 'xrechnung') {
  requireAccess(k, 'rechnung', 'lesen');
  const z = await k.db.withTx(txKontext(k.auth), async (tx) => {
    const geladen = await ladeRechnung(tx, k, id);
    await schreibeAudit(tx, k, { aktion: 'exportieren', ressource: 'rechnung', ressourceId: id, format });
    return geladen;
  });
  const r = z.r.dokument as Rechnung;
  // Loaded on first use: pdfmake and the XRechnung library add about a second to every server start.
  if (format === 'pdf') {
    const { erzeugeRechnungPdf } = await import('../../dokumente/rechnung-pdf.ts');
    return { nummer: r.nummer, inhalt: await erzeugeRechnungPdf(r) };
  }
  const { erzeugeXRechnung } = await import('../../dokumente/xrechnung.ts');
  return { nummer: r.nummer, inhalt: Buffer.from(await erzeugeXRechnung(r), 'utf8') };
}
