import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { schreibeAudit } from '../../audit/schreibe-audit.ts';
import { erzeugeMitteilungPdf } from '../../dokumente/kinderschutz-mitteilung-pdf.ts';
import { NichtGefunden } from '../../fehler.ts';
import { ladeVerfahren } from './intern/lade-verfahren.ts';
import { mitteilungDaten } from './intern/mitteilung-daten.ts';

/** GET /api/kinderschutz/:id/mitteilung/pdf: the notification to the Jugendamt as sent (the latest one). */
export async function mitteilungDokument(k: Kontext, id: string) {
  requireAccess(k, 'kinderschutz', 'lesen');
  return k.db.withTx(txKontext(k.auth), async (tx) => {
    const { v, schritte } = await ladeVerfahren(tx, k, id);
    const mitteilung = [...schritte].reverse().find((s) => s.art === 'mitteilung-jugendamt');
    if (!mitteilung) throw new NichtGefunden('Eine Mitteilung an das Jugendamt in diesem Verfahren');
    const daten = await mitteilungDaten(tx, k, v, schritte, mitteilung);
    await schreibeAudit(tx, k, { aktion: 'lesen', ressource: 'kinderschutzverfahren', ressourceId: v.id });
    const pdf = await erzeugeMitteilungPdf(daten);
    return { aktenzeichen: daten.aktenzeichen, pdf };
  });
}
