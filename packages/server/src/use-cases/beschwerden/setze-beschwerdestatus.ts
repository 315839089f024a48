import type { BeschwerdeStatus } from '@hilfewerk/api';
import { beschwerde } from '@hilfewerk/db';
import { beschwerdeUebergangErlaubt } from '@hilfewerk/rules';
import { and, eq } from 'drizzle-orm';
import { type Kontext, txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { schreibeAudit } from '../../audit/schreibe-audit.ts';
import { NichtGefunden, Ungueltig } from '../../fehler.ts';
import { heute as heuteInBerlin } from '../fristen/intern/heute.ts';
import { benutzerName, beschwerdeDto } from './intern/beschwerde-dto.ts';

const NAME: Record<BeschwerdeStatus, string> = {
  eingegangen: 'eingegangen',
  in_bearbeitung: 'in Bearbeitung',
  beantwortet: 'beantwortet',
  abgeschlossen: 'abgeschlossen',
};

/**
 * Moves a complaint forward (eingegangen → in Bearbeitung → beantwortet → abgeschlossen) and stamps the
 * day of each step; an answer or a close needs the outcome in words.
 */
export async function setzeBeschwerdestatus(
  k: Kontext,
  id: string,
  e: { status: BeschwerdeStatus; ergebnis?: string | null },
) {
  requireAccess(k, 'beschwerde', 'aendern');
  const heute = heuteInBerlin();
  return k.db.withTx(txKontext(k.auth), async (tx) => {
    const diese = and(eq(beschwerde.id, id), eq(beschwerde.organisationId, k.auth.organisation.id));
    const [b] = await tx.select().from(beschwerde).where(diese).for('update');
    if (!b) throw new NichtGefunden('Die Beschwerde');
    if (!beschwerdeUebergangErlaubt(b.status, e.status)) {
      throw new Ungueltig(
        { status: `Von „${NAME[b.status]}“ geht es nur vorwärts, nicht zu „${NAME[e.status]}“.` },
        'Dieser Statuswechsel ist nicht möglich.',
      );
    }
    const ergebnis = e.ergebnis?.trim() || b.ergebnis;
    if ((e.status === 'beantwortet' || e.status === 'abgeschlossen') && !ergebnis) {
      throw new Ungueltig({ ergebnis: 'Bitte beschreiben Sie kurz, was die Beschwerde ergeben hat.' });
    }
    const felder = ['status', ...(ergebnis !== b.ergebnis ? ['ergebnis'] : [])];
    const [neu] = await tx
      .update(beschwerde)
      .set({
        status: e.status,
        ergebnis,
        bearbeitetVon: k.auth.benutzer.id,
        // Any step past "eingegangen" acknowledges it; a skipped step gets the same day.
        bestaetigtAm: b.bestaetigtAm ?? heute,
        beantwortetAm:
          e.status === 'beantwortet' || e.status === 'abgeschlossen' ? (b.beantwortetAm ?? heute) : null,
        abgeschlossenAm: e.status === 'abgeschlossen' ? heute : null,
      })
      .where(diese)
      .returning();
    await schreibeAudit(tx, k, { aktion: 'aendern', ressource: 'beschwerde', ressourceId: id, felder });
    const name = neu.verantwortlichId
      ? await benutzerName(tx, neu.organisationId, neu.verantwortlichId)
      : null;
    return beschwerdeDto(neu, heute, name ?? null);
  });
}
