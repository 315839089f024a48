import { organisation } from '@hilfewerk/db';
import { eq } from 'drizzle-orm';
import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { schreibeAudit } from '../../audit/schreibe-audit.ts';
import { NichtGefunden, Zustandskonflikt } from '../../fehler.ts';
import { katalogEintrag } from '../../katalog.ts';
import { angebotDto, ladeAngebot, nurTraeger, offeneAnfragen } from './intern/angebot.ts';

/**
 * DELETE /api/organisation/leistungen/:leistung — the provider no longer offers the Leistung: no new request
 * can name it. Running Hilfen go on under the agreement they were granted on (the page warns about them).
 * Open requests for it are refused with 409: they must be answered first, or the ASD would wait for a
 * Zusage to a Leistung the provider says it no longer has.
 */
export async function removeLeistungsangebot(k: Kontext, leistung: string) {
  requireAccess(k, 'leistungsangebot', 'aendern');
  nurTraeger(k);
  const org = k.auth.organisation.id;
  const titel = katalogEintrag(leistung)?.titel ?? leistung;
  return k.db.withTx(txKontext(k.auth), async (tx) => {
    const vorher = await ladeAngebot(tx, org, true);
    if (!vorher.includes(leistung)) throw new NichtGefunden(`Die angebotene Leistung „${leistung}“`);
    const offen = await offeneAnfragen(tx, org, leistung);
    if (offen > 0) {
      throw new Zustandskonflikt(
        offen === 1
          ? `Zu „${titel}“ wartet noch eine Anfrage eines Jugendamts auf Antwort. Bitte sagen Sie zu oder ab, bevor Sie die Leistung aus dem Angebot nehmen.`
          : `Zu „${titel}“ warten noch ${offen} Anfragen von Jugendämtern auf Antwort. Bitte sagen Sie zu oder ab, bevor Sie die Leistung aus dem Angebot nehmen.`,
      );
    }
    await tx
      .update(organisation)
      .set({ leistungen: vorher.filter((l) => l !== leistung) })
      .where(eq(organisation.id, org));
    await schreibeAudit(tx, k, {
      aktion: 'entfernen',
      ressource: 'leistungsangebot',
      ressourceId: org,
      leistung,
    });
    return angebotDto(tx, k);
  });
}
