import Decimal from 'decimal.js';
import { Temporal } from 'temporal-polyfill';
import { alsDatum } from '../datum/tag.ts';
import { EingabeFehler } from '../fehler.ts';
import { type BudgetEingabe, klauselFuer } from './eingabe.ts';
import type { Kalenderquartal } from './quartal.ts';

/** One staff plan and the days it is in force (closed interval). */
export interface Stellenplan {
  ab: Temporal.PlainDate;
  bis: Temporal.PlainDate;
  planJahr: Decimal;
}

/** The output entry per plan, so a reader sees which plan each quarter was measured against. */
export interface StellenplanErgebnis {
  ab: string;
  bis: string;
  planstundenJahr: number;
  grund?: string;
}

const jahresplan = (stellen: BudgetEingabe['stellen'], direktanteil: Decimal) =>
  stellen.reduce(
    (summe, s) => summe.plus(new Decimal(s.vk).times(s.jahresstundenVk).times(direktanteil)),
    new Decimal(0),
  );

/**
 * The staff plans in force one after another: the agreed `stellen` from the start, each dated change from its
 * `ab` ("mit Inkrafttreten übernommen", Modellprojekt Bremerhaven II.5). A change never reaches back: the days
 * before its `ab` keep the plan they had.
 */
export function stellenplaene(
  e: BudgetEingabe,
  beginn: Temporal.PlainDate,
  ende: Temporal.PlainDate,
  direktanteil: Decimal,
): Stellenplan[] {
  const aenderungen = e.stellenaenderungen ?? [];
  const klausel = klauselFuer('stellenaenderungen');
  let vorher = beginn;
  const starts = aenderungen.map((a, i) => {
    const ab = alsDatum(a.ab) as Temporal.PlainDate;
    const feld = `stellenaenderungen[${i}].ab`;
    if (Temporal.PlainDate.compare(ab, vorher) <= 0) {
      throw new EingabeFehler(
        i === 0
          ? `${feld}: ${a.ab} liegt nicht nach dem Beginn ${beginn}; der Plan ab Beginn steht in "stellen" (${klausel}).`
          : `${feld}: ${a.ab} liegt nicht nach der vorigen Änderung ${vorher}; Änderungen aufsteigend und je Tag einmal angeben (${klausel}).`,
        feld,
      );
    }
    if (Temporal.PlainDate.compare(ab, ende) > 0) {
      throw new EingabeFehler(
        `${feld}: ${a.ab} liegt nach dem Ende der Budgetlaufzeit ${ende} (${klausel}).`,
        feld,
      );
    }
    vorher = ab;
    return ab;
  });
  const plaene = [
    { ab: beginn, stellen: e.stellen },
    ...aenderungen.map((a, i) => ({ ab: starts[i], stellen: a.stellen })),
  ];
  return plaene.map((p, i) => ({
    ab: p.ab,
    bis: i + 1 < plaene.length ? plaene[i + 1].ab.subtract({ days: 1 }) : ende,
    planJahr: jahresplan(p.stellen, direktanteil),
  }));
}

/**
 * A quarter's plan: a quarter of each plan's year, weighted by the quarter's days that plan is in force. A
 * change on a quarter's first day gives that quarter the new plan whole; one within a quarter splits it by days.
 * Days of the quarter outside the budget count for the plan nearest to them (first or last), as before: a
 * quarter only partly in the budget is still measured against a full quarter.
 */
export function planImQuartal(plaene: readonly Stellenplan[], q: Kalenderquartal): Decimal {
  const tageImQuartal = q.beginn.until(q.ende).days + 1;
  let summe = new Decimal(0);
  plaene.forEach((p, i) => {
    const von = i === 0 ? q.beginn : spaeter(p.ab, q.beginn);
    const bis = i === plaene.length - 1 ? q.ende : frueher(p.bis, q.ende);
    if (Temporal.PlainDate.compare(von, bis) > 0) return;
    const tage = von.until(bis).days + 1;
    const viertel = p.planJahr.div(4);
    summe = summe.plus(tage === tageImQuartal ? viertel : viertel.times(tage).div(tageImQuartal));
  });
  return summe;
}

export function alsErgebnis(plaene: readonly Stellenplan[], e: BudgetEingabe): StellenplanErgebnis[] {
  return plaene.map((p, i) => {
    const grund = i === 0 ? undefined : e.stellenaenderungen?.[i - 1]?.grund;
    return {
      ab: p.ab.toString(),
      bis: p.bis.toString(),
      planstundenJahr: p.planJahr.toNumber(),
      ...(grund ? { grund } : {}),
    };
  });
}

const spaeter = (a: Temporal.PlainDate, b: Temporal.PlainDate) =>
  Temporal.PlainDate.compare(a, b) >= 0 ? a : b;
const frueher = (a: Temporal.PlainDate, b: Temporal.PlainDate) =>
  Temporal.PlainDate.compare(a, b) <= 0 ? a : b;
