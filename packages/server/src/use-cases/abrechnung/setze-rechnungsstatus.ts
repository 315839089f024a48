import type { statusEingabe } from '@hilfewerk/api';
import { rechnung } from '@hilfewerk/db';
import { datumDe as tagDe } from '@hilfewerk/rules/tag';
import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { schreibeAudit } from '../../audit/schreibe-audit.ts';
import { wertAenderungen } from '../../audit/werte.ts';
import { NichtGefunden, Ungueltig } from '../../fehler.ts';
import { heute } from '../fristen/intern/heute.ts';
import { ladeRechnung, rechnungDto } from './intern/rechnung-dto.ts';

/** As the route's schema in @hilfewerk/api parses it. */
export type StatusEingabe = z.infer<typeof statusEingabe>;

/**
 * Records that an invoice went to the Jugendamt or was paid, with the day. The invoice itself stays as it
 * was written; only these two days change. A credit note is sent, never paid.
 */
export async function setzeRechnungsstatus(k: Kontext, id: string, e: StatusEingabe) {
  requireAccess(k, 'rechnung', 'aendern');
  const org = k.auth.organisation.id;
  return k.db.withTx(txKontext(k.auth), async (tx) => {
    const z = await ladeRechnung(tx, k, id);
    if (z.r.organisationId !== org) throw new NichtGefunden('Die Rechnung');
    if (e.status === 'bezahlt' && z.r.art === 'gutschrift') {
      throw new Ungueltig({
        status: 'Eine Gutschrift wird nicht bezahlt; sie lässt sich nur als versendet markieren.',
      });
    }
    if (e.datum < z.r.rechnungsdatum || e.datum > heute()) {
      throw new Ungueltig({
        datum: `Das Datum muss zwischen dem Rechnungsdatum ${tagDe(z.r.rechnungsdatum)} und heute (${tagDe(heute())}) liegen.`,
      });
    }
    const versendetAm = e.status === 'versendet' ? e.datum : (z.r.versendetAm ?? e.datum);
    if (e.status === 'bezahlt' && e.datum < versendetAm) {
      throw new Ungueltig({
        datum: `Bezahlt kann die Rechnung erst ab dem Versand am ${tagDe(versendetAm)} sein.`,
      });
    }
    const neu = e.status === 'versendet' ? { versendetAm } : { versendetAm, bezahltAm: e.datum };
    await tx
      .update(rechnung)
      .set(neu)
      .where(and(eq(rechnung.organisationId, org), eq(rechnung.id, id)));
    await schreibeAudit(tx, k, {
      aktion: 'aendern',
      ressource: 'rechnung',
      ressourceId: id,
      felder: e.status === 'versendet' ? ['versendetAm'] : ['versendetAm', 'bezahltAm'],
      werte: wertAenderungen('rechnung', z.r, neu, Object.keys(neu)),
    });
    return rechnungDto(await ladeRechnung(tx, k, id), false);
  });
}
