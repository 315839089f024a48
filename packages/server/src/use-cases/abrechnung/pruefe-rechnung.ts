import type { PruefungEingabe } from '@hilfewerk/api';
import { rechnung } from '@hilfewerk/db';
import { datumDe as tagDe } from '@hilfewerk/rules/tag';
import { and, eq } from 'drizzle-orm';
import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { schreibeAudit } from '../../audit/schreibe-audit.ts';
import { HttpFehler, NichtGefunden, Ungueltig } from '../../fehler.ts';
import { heute } from '../fristen/intern/heute.ts';
import { ladeRechnung, rechnungDto, rechnungsstatus } from './intern/rechnung-dto.ts';

/**
 * The Wirtschaftliche Jugendhilfe of the addressed Jugendamt records its steps on an incoming invoice, in
 * order: first „sachlich richtig“ (checked against what was granted), then „angewiesen“ (payment ordered).
 * Each step is taken once, with its day and the name of who took it; the invoice itself stays as written.
 */
export async function pruefeRechnung(k: Kontext, id: string, e: PruefungEingabe) {
  requireAccess(k, 'rechnungPruefung', 'anlegen');
  return k.db.withTx(txKontext(k.auth), async (tx) => {
    const z = await ladeRechnung(tx, k, id);
    if (z.r.jugendamtId !== k.auth.organisation.id) throw new NichtGefunden('Die Rechnung');
    if (z.r.art === 'gutschrift') {
      throw new HttpFehler(409, 'Eine Gutschrift wird weder sachlich geprüft noch angewiesen.');
    }
    // Fully credited, nothing is left to pay: the steps would record a payment that must not happen.
    if (rechnungsstatus(z) === 'storniert') {
      throw new HttpFehler(409, 'Die Rechnung ist durch Gutschriften vollständig storniert.');
    }
    const sachlich = e.schritt === 'sachlich-richtig';
    if (sachlich ? z.r.sachlichRichtigAm : z.r.angewiesenAm) {
      throw new HttpFehler(
        409,
        sachlich
          ? `Die Rechnung ist bereits seit dem ${tagDe(z.r.sachlichRichtigAm ?? '')} sachlich richtig.`
          : `Die Rechnung ist bereits am ${tagDe(z.r.angewiesenAm ?? '')} angewiesen.`,
      );
    }
    if (!sachlich && !z.r.sachlichRichtigAm) {
      throw new HttpFehler(409, 'Angewiesen werden kann die Rechnung erst, wenn sie sachlich richtig ist.');
    }
    const frueheste = sachlich ? z.r.rechnungsdatum : (z.r.sachlichRichtigAm ?? z.r.rechnungsdatum);
    if (e.datum < frueheste || e.datum > heute()) {
      throw new Ungueltig({
        datum: sachlich
          ? `Das Datum muss zwischen dem Rechnungsdatum ${tagDe(frueheste)} und heute (${tagDe(heute())}) liegen.`
          : `Das Datum muss zwischen „sachlich richtig“ am ${tagDe(frueheste)} und heute (${tagDe(heute())}) liegen.`,
      });
    }
    const wer = k.auth.benutzer.name;
    await tx
      .update(rechnung)
      .set(
        sachlich
          ? { sachlichRichtigAm: e.datum, sachlichRichtigVon: wer }
          : { angewiesenAm: e.datum, angewiesenVon: wer },
      )
      .where(and(eq(rechnung.jugendamtId, k.auth.organisation.id), eq(rechnung.id, id)));
    await schreibeAudit(tx, k, {
      aktion: 'aendern',
      ressource: 'rechnung',
      ressourceId: id,
      felder: sachlich ? ['sachlichRichtigAm', 'sachlichRichtigVon'] : ['angewiesenAm', 'angewiesenVon'],
    });
    return rechnungDto(await ladeRechnung(tx, k, id), false);
  });
}
