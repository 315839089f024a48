import { budgetvereinbarung, type Db, hilfe, mitarbeiter, mitarbeiterVk } from '@hilfewerk/db';
import { type BesetzungPerson, berechneBesetzung } from '@hilfewerk/rules';
import { monatsgrenzen, periodenende } from '@hilfewerk/rules/tag';
import { and, eq, gte, isNull, lte, or } from 'drizzle-orm';
import { katalogEintrag } from '../../../katalog.ts';
import { vkListe } from './mitarbeiter-dto.ts';

/**
 * Staffing of each Leistung in each of the given months (one month or a year): the Hilfen running in the
 * months and the staff register against the catalogue's keys (packages/rules, berechneBesetzung). Loads
 * the facts once for the whole span. A Leistung appears when it has Hilfen or staff.
 */
export async function besetzungInMonaten(tx: Db, org: string, monate: string[]) {
  const von = monatsgrenzen(monate[0]).von;
  const bis = monatsgrenzen(monate[monate.length - 1]).bis;
  const hilfen = await tx
    .select({
      leistung: hilfe.leistung,
      variante: hilfe.variante,
      beginn: hilfe.beginn,
      ende: hilfe.tatsaechlichesEnde,
    })
    .from(hilfe)
    .where(
      and(
        eq(hilfe.organisationId, org),
        lte(hilfe.beginn, bis),
        or(isNull(hilfe.tatsaechlichesEnde), gte(hilfe.tatsaechlichesEnde, von)),
      ),
    );
  const personen = await tx.select().from(mitarbeiter).where(eq(mitarbeiter.organisationId, org));
  const vk = await tx.select().from(mitarbeiterVk).where(eq(mitarbeiterVk.organisationId, org));
  const budgets = await tx
    .select()
    .from(budgetvereinbarung)
    .where(eq(budgetvereinbarung.organisationId, org));
  const leistungen = [
    ...new Set([...hilfen.map((h) => h.leistung), ...personen.map((p) => p.leistung)]),
  ].sort();
  return monate.map((monat) => {
    const grenzen = monatsgrenzen(monat);
    // The Trägerbudget's agreed posts in force this month (Bremerhaven: the VK behind the budget).
    const budget = budgets.find(
      (b) => b.beginn <= grenzen.bis && periodenende(b.beginn, b.monate) >= grenzen.von,
    );
    const vereinbarteVk = budget
      ? (budget.stellen as { vk: number }[]).reduce((s, st) => s + Number(st.vk), 0)
      : null;
    return leistungen.map((leistung) => {
      const personal: BesetzungPerson[] = personen
        .filter((p) => p.leistung === leistung)
        .map((p) => ({
          qualifikation: p.qualifikation,
          funktion: p.funktion,
          berufsjahre: p.berufsjahre,
          eintritt: p.eintritt,
          austritt: p.austritt,
          vk: vkListe(vk.filter((v) => v.mitarbeiterId === p.id)),
        }));
      const ergebnis = berechneBesetzung({
        leistung,
        monat,
        hilfen: hilfen.filter(
          (h) =>
            h.leistung === leistung && h.beginn <= grenzen.bis && (h.ende === null || h.ende >= grenzen.von),
        ),
        personal,
        vereinbarteVk: leistung === 'bremerhaven-ambulant' ? vereinbarteVk : null,
      });
      return { ...ergebnis, titel: katalogEintrag(leistung)?.titel ?? leistung };
    });
  });
}
