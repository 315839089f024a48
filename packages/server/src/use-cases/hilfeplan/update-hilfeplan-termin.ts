import {
  type HPG_STATUS,
  hilfeplanTermin,
  hilfeplanZiel,
  type Teilnahme,
  type Zielpruefung,
} from '@hilfewerk/db';
import { and, eq } from 'drizzle-orm';
import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { schreibeAudit } from '../../audit/schreibe-audit.ts';
import { Konflikt, NichtGefunden, Ungueltig } from '../../fehler.ts';
import { heute } from '../fristen/intern/heute.ts';
import { leiteFristenDesTraegersAb } from './intern/fristen-des-traegers.ts';
import { ladeHilfeplan } from './intern/hilfeplan-dto.ts';

export interface TerminAenderung {
  version: number;
  datum?: string;
  status?: (typeof HPG_STATUS)[number];
  teilnahme?: Teilnahme;
  zielpruefung?: Zielpruefung[];
}

/**
 * PATCH /api/hilfeplan/termine/:id — the ASD moves or cancels an HPG, records it as held with who took part,
 * and reviews each goal. A moved or cancelled date moves the provider's deadline with it.
 */
export async function updateHilfeplanTermin(k: Kontext, id: string, e: TerminAenderung) {
  requireAccess(k, 'hilfeplan', 'aendern');
  return k.db.withTx(txKontext(k.auth), async (tx) => {
    const [t] = await tx
      .select()
      .from(hilfeplanTermin)
      .where(and(eq(hilfeplanTermin.id, id), eq(hilfeplanTermin.jugendamtId, k.auth.organisation.id)))
      .for('update');
    if (!t) throw new NichtGefunden('Das Hilfeplangespräch');
    if (t.version !== e.version) throw new Konflikt(await ladeHilfeplan(tx, t.hilfeId));
    const felder: Record<string, string> = {};
    if (e.zielpruefung) {
      const ziele = new Set(
        (
          await tx
            .select({ id: hilfeplanZiel.id })
            .from(hilfeplanZiel)
            .where(eq(hilfeplanZiel.hilfeId, t.hilfeId))
        ).map((z) => z.id),
      );
      if (e.zielpruefung.some((p) => !ziele.has(p.zielId))) {
        felder.zielpruefung = 'Ein geprüftes Ziel gehört nicht zum Hilfeplan dieser Hilfe.';
      }
    }
    if (e.status === 'gehalten' && (e.datum ?? t.datum) > heute()) {
      felder.status = 'Ein Gespräch in der Zukunft kann noch nicht gehalten sein.';
    }
    if (Object.keys(felder).length > 0) throw new Ungueltig(felder);
    const { version, ...aenderung } = e;
    await tx
      .update(hilfeplanTermin)
      .set({
        ...aenderung,
        // A new date is known from today: a late date makes the report "kurzfristig".
        ...(e.datum && e.datum !== t.datum ? { bekanntSeit: heute() } : {}),
        version: t.version + 1,
      })
      .where(eq(hilfeplanTermin.id, id));
    await schreibeAudit(tx, k, {
      aktion: 'aendern',
      ressource: 'hilfeplanTermin',
      ressourceId: id,
      hilfeId: t.hilfeId,
      felder: Object.keys(aenderung),
    });
    if (e.datum !== undefined || e.status !== undefined) await leiteFristenDesTraegersAb(tx, t.hilfeId);
    return ladeHilfeplan(tx, t.hilfeId);
  });
}
