import { bericht } from '@hilfewerk/db';
import { eq } from 'drizzle-orm';
import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { Zustandskonflikt } from '../../fehler.ts';
import { ladeBericht } from './intern/bericht-dto.ts';
import type { Briefkopf } from './intern/briefkopf.ts';

/**
 * GET /api/berichte/:id/pdf — the sent report as PDF, rendered from the stored row alone (content and the
 * letterhead fixed at sending): the same document for the provider and the Jugendamt, every time.
 */
export async function berichtPdf(k: Kontext, id: string) {
  const umfang = requireAccess(k, 'bericht', 'lesen');
  const { dto, kopf } = await k.db.withTx(txKontext(k.auth), async (tx) => {
    const dto = await ladeBericht(tx, k, umfang, id);
    const [z] = await tx.select({ kopf: bericht.kopf }).from(bericht).where(eq(bericht.id, id));
    return { dto, kopf: z.kopf as Briefkopf | null };
  });
  if (dto.status !== 'gesendet' || !kopf || !dto.gesendetAm) {
    throw new Zustandskonflikt('Der Bericht ist noch ein Entwurf: ein PDF gibt es, sobald er gesendet ist.');
  }
  // Loaded on first use: pdfmake adds about a second to every server start.
  const { erzeugeBerichtPdf } = await import('../../dokumente/bericht-pdf.ts');
  const inhalt = await erzeugeBerichtPdf({
    titel: dto.titel,
    kopf,
    inhalt: dto.inhalt,
    gesendetAm: dto.gesendetAm,
  });
  return { dateiname: `${dto.art}-${kopf.aktenzeichen}`, inhalt };
}
