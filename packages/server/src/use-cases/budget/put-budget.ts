import { randomUUID } from 'node:crypto';
import type { vereinbarungEingabe } from '@hilfewerk/api';
import { budgetvereinbarung, organisation } from '@hilfewerk/db';
import { berechneBudget } from '@hilfewerk/rules';
import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { schreibeAudit } from '../../audit/schreibe-audit.ts';
import { Konflikt, NichtGefunden, Ungueltig } from '../../fehler.ts';
import { ladeVereinbarung, vereinbarungDto } from './intern/budget-dto.ts';

/** As the route's schema in @hilfewerk/api parses it. */
export type BudgetWerte = z.infer<typeof vereinbarungEingabe>;

/**
 * Records or changes the agreement. The rules package checks it exactly as `hilfewerk budget`
 * would (period, direct share, staff plan), so the API and the CLI refuse the same input.
 */
export async function putBudget(k: Kontext, w: BudgetWerte) {
  requireAccess(k, 'budget', 'aendern');
  berechneBudget({
    gesamtbudget: w.gesamtbudget,
    beginn: w.beginn,
    monate: w.monate,
    direktanteil: w.direktanteil,
    stellen: w.stellen,
    quartale: [],
    basisleistung: { stunden: w.basisleistungStunden },
  });
  const { version, ...werte } = w;
  return k.db.withTx(txKontext(k.auth), async (tx) => {
    const [ja] = await tx
      .select({ art: organisation.art })
      .from(organisation)
      .where(eq(organisation.id, w.jugendamtId));
    if (ja?.art !== 'jugendamt')
      throw new Ungueltig({ jugendamtId: 'Bitte ein Jugendamt aus der Liste wählen.' });
    const zeile = {
      ...werte,
      direktanteil: String(w.direktanteil),
      organisationId: k.auth.organisation.id,
    };
    let id: string;
    const vorhanden = await ladeVereinbarung(tx, k).catch((e) => {
      if (e instanceof NichtGefunden) return null;
      throw e;
    });
    if (!vorhanden) {
      id = randomUUID();
      await tx.insert(budgetvereinbarung).values({ id, ...zeile });
    } else {
      id = vorhanden.b.id;
      const [neu] = await tx
        .update(budgetvereinbarung)
        .set({ ...zeile, version: sql`${budgetvereinbarung.version} + 1` })
        .where(and(eq(budgetvereinbarung.id, id), eq(budgetvereinbarung.version, version ?? -1)))
        .returning({ id: budgetvereinbarung.id });
      if (!neu) throw new Konflikt(vereinbarungDto(vorhanden));
    }
    await schreibeAudit(tx, k, {
      aktion: vorhanden ? 'aendern' : 'anlegen',
      ressource: 'budgetvereinbarung',
      ressourceId: id,
      felder: Object.keys(werte),
    });
    return vereinbarungDto(await ladeVereinbarung(tx, k));
  });
}
