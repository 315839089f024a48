import type { Kontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { erzeugeAuskunftPdf } from '../../dokumente/auskunft-pdf.ts';
import { auskunftPerson } from './auskunft-person.ts';

/**
 * Art. 15 GDPR information as a PDF to hand out: the same content and the same access rule as the JSON export,
 * audited the same way (with `format: 'pdf'`).
 */
export async function auskunftPersonPdf(k: Kontext, fallId: string, personId: string) {
  requireAccess(k, 'auskunft', 'lesen');
  const auskunft = await auskunftPerson(k, fallId, personId, 'pdf');
  return { aktenzeichen: auskunft.fall.aktenzeichen, pdf: await erzeugeAuskunftPdf(auskunft) };
}
