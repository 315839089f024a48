import { type Db, hilfe, leistungseintrag, leistungseintragTeilnahme } from '@hilfewerk/db';
import { berechneBudget, ladeLeistungen, quartalsplan } from '@hilfewerk/rules';
import { periodenende } from '@hilfewerk/rules/tag';
import { and, eq, gte, inArray, isNull, lte, sql } from 'drizzle-orm';
import { DIREKTE_ARTEN } from '../../abrechnung/intern/abrechnungsdaten.ts';
import { frueher } from '../../abrechnung/intern/monat.ts';
import { heute } from '../../fristen/intern/heute.ts';
import { type ladeVereinbarung, vereinbarungDto } from './budget-dto.ts';

interface Quartal {
  label: string;
  von: string;
  bis: string;
}

function quartal(jahr: number, q: number): Quartal {
  const m1 = (q - 1) * 3 + 1;
  const bis = new Date(Date.UTC(jahr, m1 + 2, 0)).toISOString().slice(0, 10);
  return { label: `${jahr}-Q${q}`, von: `${jahr}-${String(m1).padStart(2, '0')}-01`, bis };
}

function quartalVon(datum: string): Quartal {
  return quartal(Number(datum.slice(0, 4)), Math.floor((Number(datum.slice(5, 7)) - 1) / 3) + 1);
}

function naechstes(q: Quartal): Quartal {
  const [j, n] = [Number(q.label.slice(0, 4)), Number(q.label.slice(6))];
  return n === 4 ? quartal(j + 1, 1) : quartal(j, n + 1);
}

const stunden = (minuten: number) => Math.round((minuten * 100) / 60) / 100;

/** Leistungen the catalogue prices by a Trägerbudget: their direct hours fill the quarters. */
function budgetLeistungen(): string[] {
  return [...ladeLeistungen().values()].filter((l) => l.kalkulation.art === 'traegerbudget').map((l) => l.id);
}

/**
 * Direct hours ("am Klient": own direct time and shares of group offers) of the budget's Hilfen,
 * per calendar quarter and qualification, straight from the Leistungseinträge.
 */
async function direktstunden(tx: Db, org: string, jugendamtId: string, von: string, bis: string) {
  const leistungen = budgetLeistungen();
  const imBudget = and(inArray(hilfe.leistung, leistungen), eq(hilfe.jugendamtId, jugendamtId));
  const zeitraum = and(
    eq(leistungseintrag.organisationId, org),
    gte(leistungseintrag.datum, von),
    lte(leistungseintrag.datum, bis),
  );
  const q = sql<string>`extract(year from ${leistungseintrag.datum})::int || '-Q' || extract(quarter from ${leistungseintrag.datum})::int`;
  const eigene = await tx
    .select({
      quartal: q,
      qualifikation: leistungseintrag.qualifikation,
      minuten: sql<number>`sum(${leistungseintrag.minuten})::int`,
    })
    .from(leistungseintrag)
    .innerJoin(hilfe, eq(hilfe.id, leistungseintrag.hilfeId))
    .where(
      and(zeitraum, eq(leistungseintrag.art, 'direkt'), isNull(leistungseintrag.gruppenangebot), imBudget),
    )
    .groupBy(q, leistungseintrag.qualifikation);
  const gruppen = await tx
    .select({
      quartal: q,
      qualifikation: leistungseintrag.qualifikation,
      minuten: sql<number>`sum(${leistungseintragTeilnahme.minuten})::int`,
    })
    .from(leistungseintragTeilnahme)
    .innerJoin(leistungseintrag, eq(leistungseintrag.id, leistungseintragTeilnahme.eintragId))
    .innerJoin(hilfe, eq(hilfe.id, leistungseintragTeilnahme.hilfeId))
    .where(and(zeitraum, inArray(leistungseintrag.art, [...DIREKTE_ARTEN]), imBudget))
    .groupBy(q, leistungseintrag.qualifikation);
  const summe = new Map<string, { fachkraft: number; semiprofessionell: number }>();
  for (const z of [...eigene, ...gruppen]) {
    const s = summe.get(z.quartal) ?? { fachkraft: 0, semiprofessionell: 0 };
    s[z.qualifikation] += Number(z.minuten);
    summe.set(z.quartal, s);
  }
  return summe;
}

/**
 * Budget controlling of one agreement: its quarters filled from the provider's Leistungseinträge and computed
 * by the rules package (instalments, quote per quarter, renegotiation alarm, Umsteuerung). Quarters that
 * have ended go into the computation; the running quarter is shown beside it, so an incomplete
 * quarter never counts towards the alarm. The result holds sums only — no case, no person.
 */
export async function controllingDerVereinbarung(tx: Db, z: Awaited<ReturnType<typeof ladeVereinbarung>>) {
  const tag = heute();
  const v = vereinbarungDto(z);
  const ende = periodenende(v.beginn, v.monate);
  const minuten = await direktstunden(tx, z.b.organisationId, v.jugendamt.id, v.beginn, frueher(ende, tag));
  const quartale: { quartal: string; direktstunden: { fachkraft: number; semiprofessionell: number } }[] = [];
  let laufend: Quartal | null = null;
  for (let q = quartalVon(v.beginn); q.von <= ende; q = naechstes(q)) {
    if (q.von > tag) break;
    if (q.bis >= tag) {
      laufend = q;
      break;
    }
    const m = minuten.get(q.label) ?? { fachkraft: 0, semiprofessionell: 0 };
    quartale.push({
      quartal: q.label,
      direktstunden: { fachkraft: stunden(m.fachkraft), semiprofessionell: stunden(m.semiprofessionell) },
    });
  }
  const eingabe = {
    gesamtbudget: v.gesamtbudget,
    beginn: v.beginn,
    monate: v.monate,
    direktanteil: v.direktanteil,
    stellen: v.stellen,
    stellenaenderungen: v.stellenaenderungen,
    basisleistung: { stunden: v.basisleistungStunden },
  };
  const ergebnis = berechneBudget({ ...eingabe, quartale });
  // The running quarter is measured against the plan in force on its days, like every ended one.
  const planQuartal = laufend ? quartalsplan(eingabe, laufend.label) : 0;
  const lm = laufend ? (minuten.get(laufend.label) ?? { fachkraft: 0, semiprofessionell: 0 }) : null;
  return {
    stand: tag,
    vereinbarung: v,
    ende,
    ...ergebnis,
    laufendesQuartal:
      laufend && lm
        ? {
            quartal: laufend.label,
            von: laufend.von,
            bis: laufend.bis,
            plan: planQuartal,
            fachkraft: stunden(lm.fachkraft),
            semiprofessionell: stunden(lm.semiprofessionell),
            ist: stunden(lm.fachkraft + lm.semiprofessionell),
          }
        : null,
  };
}
