import type { Db } from '@hilfewerk/db';
import { ladeLeistungen, quartalsplan, type TraegerSummen, traegerTabelle } from '@hilfewerk/rules';
import { periodenende } from '@hilfewerk/rules/tag';
import { sql } from 'drizzle-orm';

interface Zeile {
  traeger_id: string;
  traeger: string;
  hilfen: number;
  aufnahmen: number;
  entlassungen: number;
  verweildauer_summe: string | number;
  verweildauer_median: string | number | null;
  minuten: string | number;
  budget_direkt_minuten: string | number;
}

interface Budget {
  traeger_id: string;
  gesamtbudget: string;
  beginn: string | Date;
  monate: number;
  direktanteil: string;
  stellen: unknown;
  stellenaenderungen: unknown;
  basisleistung_stunden: number;
}

/** Rows of a raw query (node-postgres and PGlite both answer `{ rows }`). */
const zeilenVon = <T>(ergebnis: unknown) => (ergebnis as { rows: T[] }).rows;

const tagText = (d: string | Date) => (typeof d === 'string' ? d.slice(0, 10) : d.toISOString().slice(0, 10));

/** Leistungen the catalogue prices by a Trägerbudget: their direct hours count against the budget's plan. */
function budgetLeistungen(): string[] {
  return [...ladeLeistungen().values()].filter((l) => l.kalkulation.art === 'traegerbudget').map((l) => l.id);
}

/** Planned direct hours of the year under one agreement: its quarters that lie in the agreement's period. */
function planstundenImJahr(b: Budget, jahr: number): number | null {
  const beginn = tagText(b.beginn);
  const ende = periodenende(beginn, b.monate);
  const eingabe = {
    gesamtbudget: b.gesamtbudget,
    beginn,
    monate: b.monate,
    direktanteil: Number(b.direktanteil),
    stellen: b.stellen,
    stellenaenderungen: b.stellenaenderungen ?? [],
    basisleistung: { stunden: b.basisleistung_stunden },
  };
  let plan: number | null = null;
  for (let q = 1; q <= 4; q++) {
    const von = `${jahr}-${String((q - 1) * 3 + 1).padStart(2, '0')}-01`;
    const bis = new Date(Date.UTC(jahr, q * 3, 0)).toISOString().slice(0, 10);
    if (bis < beginn || von > ende) continue;
    plan = (plan ?? 0) + quartalsplan(eingabe, `${jahr}-Q${q}`);
  }
  return plan;
}

/**
 * The sums per provider through rls.sql's hw_kennzahlen_traeger (the only path the Fachcontrolling has to
 * providers' Hilfen and hours), then the published table with small counts suppressed.
 */
export async function ladeKennzahlenTraeger(tx: Db, jahr: number) {
  const leistungen = budgetLeistungen();
  const liste = sql.join(
    leistungen.map((l) => sql`${l}`),
    sql`, `,
  );
  const zeilen = zeilenVon<Zeile>(
    await tx.execute(
      sql`select * from hw_kennzahlen_traeger(${jahr}::int, array[${leistungen.length ? liste : sql`''`}]::text[])`,
    ),
  );
  const budgets = zeilenVon<Budget>(await tx.execute(sql`select * from hw_traegerbudgets_jugendamt()`));
  const beschwerden = new Map(
    zeilenVon<{ traeger_id: string; beschwerden: number }>(
      await tx.execute(sql`select * from hw_kennzahlen_traeger_beschwerden(${jahr}::int)`),
    ).map((b) => [b.traeger_id, Number(b.beschwerden)]),
  );
  const summen: TraegerSummen[] = zeilen
    .map((z) => {
      // Several agreements in one year (one ends, the next begins): their plans add up.
      const plaene = budgets
        .filter((b) => b.traeger_id === z.traeger_id)
        .map((b) => planstundenImJahr(b, jahr))
        .filter((p): p is number => p !== null);
      const budget = plaene.length
        ? {
            planstunden: Math.round(plaene.reduce((s, p) => s + p, 0) * 100) / 100,
            direktstunden: Math.round((Number(z.budget_direkt_minuten) * 100) / 60) / 100,
          }
        : null;
      return {
        id: z.traeger_id,
        name: z.traeger,
        hilfenImJahr: Number(z.hilfen),
        aufnahmen: Number(z.aufnahmen),
        entlassungen: Number(z.entlassungen),
        beschwerden: beschwerden.get(z.traeger_id) ?? 0,
        verweildauerSumme: Number(z.verweildauer_summe),
        verweildauerMedian: z.verweildauer_median === null ? null : Number(z.verweildauer_median),
        minuten: Number(z.minuten),
        budget,
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'de'));
  const [gesamt] = zeilenVon<{
    entlassungen: number;
    verweildauer_summe: string | number;
    verweildauer_median: number | null;
  }>(await tx.execute(sql`select * from hw_kennzahlen_traeger_gesamt(${jahr}::int)`));
  return {
    jahr,
    ...traegerTabelle(summen, {
      entlassungen: Number(gesamt?.entlassungen ?? 0),
      verweildauerSumme: Number(gesamt?.verweildauer_summe ?? 0),
      verweildauerMedian: gesamt?.verweildauer_median == null ? null : Number(gesamt.verweildauer_median),
    }),
  };
}
