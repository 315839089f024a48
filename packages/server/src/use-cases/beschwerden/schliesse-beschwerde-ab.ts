import type { BeschwerdeAbschluss } from '@hilfewerk/api';
import { beschwerde } from '@hilfewerk/db';
import { and, eq } from 'drizzle-orm';
import { type Kontext, txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { schreibeAudit } from '../../audit/schreibe-audit.ts';
import { wertAenderungen } from '../../audit/werte.ts';
import { NichtGefunden, Ungueltig } from '../../fehler.ts';
import { heute as heuteInBerlin } from '../fristen/intern/heute.ts';
import { benutzerName, beschwerdeDto } from './intern/beschwerde-dto.ts';

const frueher = (a: string | null, b: string) => (a !== null && a < b ? a : b);

/**
 * Records the outcome and the day the complaint was closed — possibly after the fact, so the day is given,
 * not taken from the clock; it lies between receipt and today. A step not yet stamped (acknowledgement,
 * answer) gets that day: a complaint closed without them was answered by closing it.
 */
export async function schliesseBeschwerdeAb(k: Kontext, id: string, e: BeschwerdeAbschluss) {
  requireAccess(k, 'beschwerde', 'aendern');
  const heute = heuteInBerlin();
  const organisationId = k.auth.organisation.id;
  return k.db.withTx(txKontext(k.auth), async (tx) => {
    const diese = and(eq(beschwerde.id, id), eq(beschwerde.organisationId, organisationId));
    const [b] = await tx.select().from(beschwerde).where(diese).for('update');
    if (!b) throw new NichtGefunden('Die Beschwerde');
    if (b.status === 'abgeschlossen') {
      throw new Ungueltig({ status: 'Die Beschwerde ist schon abgeschlossen.' });
    }
    if (e.abgeschlossenAm < b.eingegangenAm) {
      throw new Ungueltig({ abgeschlossenAm: 'Der Abschluss kann nicht vor dem Eingang liegen.' });
    }
    if (e.abgeschlossenAm > heute) {
      throw new Ungueltig({ abgeschlossenAm: 'Der Abschluss kann nicht in der Zukunft liegen.' });
    }
    const [neu] = await tx
      .update(beschwerde)
      .set({
        status: 'abgeschlossen',
        ergebnis: e.ergebnis,
        bearbeitetVon: k.auth.benutzer.id,
        bestaetigtAm: frueher(b.bestaetigtAm, e.abgeschlossenAm),
        beantwortetAm: frueher(b.beantwortetAm, e.abgeschlossenAm),
        abgeschlossenAm: e.abgeschlossenAm,
      })
      .where(diese)
      .returning();
    const werte = wertAenderungen('beschwerde', b, neu, [
      'status',
      'ergebnis',
      'bestaetigtAm',
      'beantwortetAm',
      'abgeschlossenAm',
    ]);
    await schreibeAudit(tx, k, {
      aktion: 'aendern',
      ressource: 'beschwerde',
      ressourceId: id,
      felder: Object.keys(werte),
      werte,
    });
    const name = neu.verantwortlichId ? await benutzerName(tx, organisationId, neu.verantwortlichId) : null;
    return beschwerdeDto(neu, heute, name ?? null);
  });
}
