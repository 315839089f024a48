import { posteingang } from '@hilfewerk/db';
import { and, eq } from 'drizzle-orm';
import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { schreibeAudit } from '../../audit/schreibe-audit.ts';
import { erzeugeJahresberichtPdf, type Jahresbericht } from '../../dokumente/jahresbericht-pdf.ts';
import { erzeugeMitteilungPdf, type Mitteilung } from '../../dokumente/kinderschutz-mitteilung-pdf.ts';
import {
  erzeugeTraegerMitteilungPdf,
  type TraegerMitteilung,
} from '../../dokumente/traeger-mitteilung-pdf.ts';
import { NichtGefunden } from '../../fehler.ts';

/**
 * GET /api/posteingang/:id/pdf (ASD): the letter a notice carries — a § 8a notification, a provider's yearly
 * report or its notice of a change or group offer, each as sent (the notice keeps what it was made of). Reports about one Hilfe have
 * their own document (GET /api/berichte/:id/pdf). Opening it is audited: it names the family.
 */
export async function posteingangDokument(k: Kontext, id: string) {
  requireAccess(k, 'posteingang', 'lesen');
  return k.db.withTx(txKontext(k.auth), async (tx) => {
    const [p] = await tx
      .select()
      .from(posteingang)
      .where(and(eq(posteingang.id, id), eq(posteingang.jugendamtId, k.auth.organisation.id)));
    if (!p?.inhalt) throw new NichtGefunden('Ein Schreiben zu dieser Nachricht');
    await schreibeAudit(tx, k, { aktion: 'lesen', ressource: 'posteingang', ressourceId: id });
    if (p.art === 'jahresbericht') {
      const b = p.inhalt as unknown as Jahresbericht;
      return { dateiname: `Jahresbericht-${b.kennzahlen.jahr}`, pdf: await erzeugeJahresberichtPdf(b) };
    }
    if (p.art === 'veraenderung' || p.art === 'gruppenangebot') {
      const m = p.inhalt as unknown as TraegerMitteilung;
      return { dateiname: `Mitteilung-${m.aktenzeichen}`, pdf: await erzeugeTraegerMitteilungPdf(m) };
    }
    const brief = p.inhalt as unknown as Mitteilung;
    return { dateiname: `Mitteilung-8a-${brief.aktenzeichen}`, pdf: await erzeugeMitteilungPdf(brief) };
  });
}
