import { type Kontext, txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { diensteImMonat } from './intern/dienste-im-monat.ts';

/** The month's on-call rota as PDF, for the monthly notice to the local fire brigade. */
export async function bereitschaftsplanPdf(k: Kontext, monat: string) {
  requireAccess(k, 'bereitschaft', 'lesen');
  const dienste = await k.db.withTx(txKontext(k.auth), (tx) =>
    diensteImMonat(tx, k.auth.organisation.id, monat),
  );
  // Loaded on first use: pdfmake adds about a second to every server start.
  const { erzeugeBereitschaftsplanPdf } = await import('../../dokumente/bereitschaftsplan-pdf.ts');
  return erzeugeBereitschaftsplanPdf({ organisation: k.auth.organisation.name, monat, dienste });
}
