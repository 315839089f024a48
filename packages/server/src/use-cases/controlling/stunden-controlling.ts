import { benutzer, fall, fallTeam, hilfe, leistungseintrag, leistungseintragTeilnahme } from '@hilfewerk/db';
import { monatsgrenzen, tageZwischen } from '@hilfewerk/rules/tag';
import { and, asc, eq, gte, inArray, isNull, lte, type SQL, sql } from 'drizzle-orm';
import type { Kontext } from '../../access/kontext.ts';
import { txKontext } from '../../access/kontext.ts';
import { requireAccess } from '../../access/require-access.ts';
import { Ungueltig } from '../../fehler.ts';
import { DIREKTE_ARTEN } from '../abrechnung/intern/abrechnungsdaten.ts';
import { frueher, hilfeEnde, spaeter } from '../abrechnung/intern/monat.ts';
import { fallImUmfang } from '../faelle/intern/fall-umfang.ts';

/** Deviation from plan that the table highlights (± 10 %). */
export const TOLERANZ = 0.1;

const stunden = (minuten: number) => Math.round((minuten * 100) / 60) / 100;
const runde = (h: number) => Math.round(h * 100) / 100;

type Status = 'ueber' | 'unter' | 'im-plan' | 'ohne-plan';
function status(plan: number, ist: number): Status {
  if (plan <= 0) return 'ohne-plan';
  if (ist > plan * (1 + TOLERANZ)) return 'ueber';
  if (ist < plan * (1 - TOLERANZ)) return 'unter';
  return 'im-plan';
}

/**
 * Planned direct hours of a Hilfe in one month: the granted hours per month, pro rata by the
 * calendar days the Hilfe runs in that month.
 */
function planImMonat(
  h: { stundenProMonat: string | null; beginn: string; ende: string | null },
  monat: string,
) {
  if (!h.stundenProMonat) return 0;
  const m = monatsgrenzen(monat);
  const tage = tageZwischen(spaeter(h.beginn, m.von), frueher(h.ende ?? m.bis, m.bis));
  return (Number(h.stundenProMonat) * tage) / m.tage;
}

/**
 * Hour controlling for one month and the year to date: per Hilfe the granted hours
 * (`hilfe.stundenProMonat`, pro rata) against the direct hours delivered (own direct time plus
 * shares of group offers); per staff member their share of the plans of the cases whose team they
 * are in (each Hilfe's plan split evenly across its team) against their direct hours.
 */
export async function stundenControlling(k: Kontext, jahr: number, monat: number) {
  const umfang = requireAccess(k, 'stundencontrolling', 'lesen');
  if (
    !Number.isInteger(jahr) ||
    jahr < 2000 ||
    jahr > 2100 ||
    !Number.isInteger(monat) ||
    monat < 1 ||
    monat > 12
  ) {
    throw new Ungueltig({ monat: 'Bitte Jahr (JJJJ) und Monat (1–12) angeben.' });
  }
  const mm = `${jahr}-${String(monat).padStart(2, '0')}`;
  const von = `${jahr}-01-01`;
  const bis = monatsgrenzen(mm).bis;
  const monate = Array.from({ length: monat }, (_, i) => `${jahr}-${String(i + 1).padStart(2, '0')}`);
  const org = k.auth.organisation.id;

  return k.db.withTx(txKontext(k.auth), async (tx) => {
    const hilfen = await tx
      .select({ h: hilfe, aktenzeichen: fall.aktenzeichen })
      .from(hilfe)
      .innerJoin(fall, eq(fall.id, hilfe.fallId))
      .where(
        and(
          fallImUmfang(k, umfang),
          eq(hilfe.organisationId, org),
          lte(hilfe.beginn, bis),
          sql`coalesce(${hilfe.tatsaechlichesEnde}, ${hilfe.geplantesEnde}, ${von}) >= ${von}`,
        ),
      )
      .orderBy(asc(fall.aktenzeichen));
    const hilfeIds = hilfen.map((z) => z.h.id);
    const monatVon = sql<string>`to_char(${leistungseintrag.datum}, 'YYYY-MM')`;
    const jahrBis = and(
      eq(leistungseintrag.organisationId, org),
      gte(leistungseintrag.datum, von),
      lte(leistungseintrag.datum, bis),
    );

    const istHilfe = new Map<string, Map<string, number>>();
    const addiere = (karte: Map<string, Map<string, number>>, id: string, m: string, min: number) => {
      const inner = karte.get(id) ?? new Map<string, number>();
      inner.set(m, (inner.get(m) ?? 0) + min);
      karte.set(id, inner);
    };
    if (hilfeIds.length > 0) {
      const eigene = await tx
        .select({
          id: leistungseintrag.hilfeId,
          monat: monatVon,
          minuten: sql<number>`sum(${leistungseintrag.minuten})::int`,
        })
        .from(leistungseintrag)
        .where(
          and(
            jahrBis,
            eq(leistungseintrag.art, 'direkt'),
            isNull(leistungseintrag.gruppenangebot),
            inArray(leistungseintrag.hilfeId, hilfeIds),
          ),
        )
        .groupBy(leistungseintrag.hilfeId, monatVon);
      const anteile = await tx
        .select({
          id: leistungseintragTeilnahme.hilfeId,
          monat: monatVon,
          minuten: sql<number>`sum(${leistungseintragTeilnahme.minuten})::int`,
        })
        .from(leistungseintragTeilnahme)
        .innerJoin(leistungseintrag, eq(leistungseintrag.id, leistungseintragTeilnahme.eintragId))
        .where(
          and(
            jahrBis,
            inArray(leistungseintrag.art, [...DIREKTE_ARTEN]),
            inArray(leistungseintragTeilnahme.hilfeId, hilfeIds),
          ),
        )
        .groupBy(leistungseintragTeilnahme.hilfeId, monatVon);
      for (const z of [...eigene, ...anteile]) addiere(istHilfe, z.id as string, z.monat, Number(z.minuten));
    }

    const planJeHilfe = new Map<string, { monat: number; jahr: number }>();
    const hilfenZeilen = hilfen.map(({ h, aktenzeichen }) => {
      const zeitraum = { stundenProMonat: h.stundenProMonat, beginn: h.beginn, ende: hilfeEnde(h) };
      const planMonat = planImMonat(zeitraum, mm);
      const planJahr = monate.reduce((s, m) => s + planImMonat(zeitraum, m), 0);
      planJeHilfe.set(h.id, { monat: planMonat, jahr: planJahr });
      const ist = istHilfe.get(h.id) ?? new Map<string, number>();
      const istMonat = stunden(ist.get(mm) ?? 0);
      const istJahr = stunden([...ist.values()].reduce((a, b) => a + b, 0));
      return {
        hilfeId: h.id,
        fallId: h.fallId,
        aktenzeichen,
        leistung: h.leistung,
        variante: h.variante,
        stundenProMonat: h.stundenProMonat === null ? null : Number(h.stundenProMonat),
        planMonat: runde(planMonat),
        istMonat,
        planJahr: runde(planJahr),
        istJahr,
        statusMonat: status(planMonat, istMonat),
        statusJahr: status(planJahr, istJahr),
      };
    });

    // Staff: a Fachkraft sees her own line only; Leitung, Verwaltung, Administration everyone's.
    const nurIch: SQL | undefined = umfang === 'team' ? eq(benutzer.id, k.auth.benutzer.id) : undefined;
    const team = await tx
      .select({ fallId: fallTeam.fallId, benutzerId: fallTeam.benutzerId })
      .from(fallTeam)
      .where(eq(fallTeam.organisationId, org));
    const teamGroesse = new Map<string, number>();
    for (const t of team) teamGroesse.set(t.fallId, (teamGroesse.get(t.fallId) ?? 0) + 1);
    const planPerson = new Map<string, { monat: number; jahr: number }>();
    for (const { h } of hilfen) {
      const p = planJeHilfe.get(h.id) as { monat: number; jahr: number };
      const n = teamGroesse.get(h.fallId) ?? 0;
      for (const t of team.filter((t) => t.fallId === h.fallId)) {
        const s = planPerson.get(t.benutzerId) ?? { monat: 0, jahr: 0 };
        planPerson.set(t.benutzerId, { monat: s.monat + p.monat / n, jahr: s.jahr + p.jahr / n });
      }
    }
    const direkt = sql<number>`coalesce(sum(${leistungseintrag.minuten}) filter (where ${inArray(leistungseintrag.art, [...DIREKTE_ARTEN])}), 0)::int`;
    const sonstige = sql<number>`coalesce(sum(${leistungseintrag.minuten}) filter (where not ${inArray(leistungseintrag.art, [...DIREKTE_ARTEN])}), 0)::int`;
    const personen = await tx
      .select({
        benutzerId: benutzer.id,
        name: benutzer.name,
        rolle: benutzer.rolle,
        monat: monatVon,
        direkt,
        sonstige,
      })
      .from(leistungseintrag)
      .innerJoin(benutzer, eq(benutzer.id, leistungseintrag.benutzerId))
      .where(and(jahrBis, nurIch))
      .groupBy(benutzer.id, benutzer.name, benutzer.rolle, monatVon);
    const namen = await tx
      .select({ id: benutzer.id, name: benutzer.name, rolle: benutzer.rolle })
      .from(benutzer)
      .where(and(eq(benutzer.organisationId, org), nurIch))
      .orderBy(asc(benutzer.name));
    const mitarbeitende = namen
      .map((b) => {
        const zeilen = personen.filter((p) => p.benutzerId === b.id);
        const plan = planPerson.get(b.id) ?? { monat: 0, jahr: 0 };
        const imMonat = zeilen.find((z) => z.monat === mm);
        const istMonat = stunden(Number(imMonat?.direkt ?? 0));
        const istJahr = stunden(zeilen.reduce((s, z) => s + Number(z.direkt), 0));
        return {
          benutzerId: b.id,
          name: b.name,
          rolle: b.rolle,
          planMonat: runde(plan.monat),
          istMonat,
          sonstigeMonat: stunden(Number(imMonat?.sonstige ?? 0)),
          planJahr: runde(plan.jahr),
          istJahr,
          sonstigeJahr: stunden(zeilen.reduce((s, z) => s + Number(z.sonstige), 0)),
          statusMonat: status(plan.monat, istMonat),
          statusJahr: status(plan.jahr, istJahr),
        };
      })
      .filter((m) => m.planJahr > 0 || m.istJahr > 0 || m.sonstigeJahr > 0);

    return { jahr, monat, toleranz: TOLERANZ, hilfen: hilfenZeilen, mitarbeitende };
  });
}
