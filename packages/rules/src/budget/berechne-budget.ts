import Decimal from 'decimal.js';
import { Temporal } from 'temporal-polyfill';
import { periodenende } from '../datum/monate.ts';
import { alsDatum } from '../datum/tag.ts';
import { EingabeFehler } from '../fehler.ts';
import { ladeParameter, parameterZahl } from '../katalog/parameter.ts';
import { klauselFuer, pruefeEingabe } from './eingabe.ts';
import { type Nachverhandlung, pruefeNachverhandlung } from './nachverhandlung.ts';
import { alsQuartal, type Kalenderquartal, ueberschneidet } from './quartal.ts';
import { berechneRaten, type Rate } from './raten.ts';
import { alsErgebnis, planImQuartal, type StellenplanErgebnis, stellenplaene } from './stellenplan.ts';

const LEISTUNG = 'bremerhaven-ambulant';

export interface QuartalsErgebnis {
  quartal: string;
  plan: number;
  ist: number;
  quote: number;
  fachkraft: number;
  semiprofessionell: number;
  unter90: boolean;
}

/** Where a year's factor lies against the corridor the contract expects. */
export type Bewertung = 'im-rahmen' | 'darunter' | 'darueber';

export interface Umsteuerung {
  jahr: string;
  faktor: number;
  /** "bis zu 15 % mehr Leistungen … erwartet": an expectation, not a target to reach. */
  erwartung: { von: number; bis: number };
  bewertung: Bewertung;
  /** "Bei signifikanten Abweichungen … entscheidet die Leitungsebene": outside the corridor either way. */
  leitungsentscheidung: boolean;
}

/** The output of `hilfewerk budget` (docs/cli.md); `hinweise` carries notes for a human reader. */
export interface BudgetErgebnis {
  raten: Rate[];
  planstundenJahr: number;
  quartale: QuartalsErgebnis[];
  nachverhandlung: Nachverhandlung;
  umsteuerung: Umsteuerung[];
  /** Only when the input has dated staff plan changes: each plan, its days and its planned hours per year. */
  stellenplaene?: StellenplanErgebnis[];
  hinweise: string[];
}

const spaeter = (a: Temporal.PlainDate, b: Temporal.PlainDate) =>
  Temporal.PlainDate.compare(a, b) >= 0 ? a : b;

/** Trägerbudget Bremerhaven (docs/regeln.md): instalments, quarterly hour controlling, renegotiation, effect. */
export function berechneBudget(eingabe: unknown): BudgetErgebnis {
  const e = pruefeEingabe(eingabe);
  const hinweise: string[] = [];
  const beginn = alsDatum(e.beginn) as Temporal.PlainDate;

  /**
   * Parameters in force on the day. A budget that starts before a rule's first validity uses its first value
   * and says so: an early `beginn` is not bad input (docs/cli.md), and the hint keeps it visible.
   */
  const parameter = (name: string, stichtag: Temporal.PlainDate): Decimal => {
    const tag = stichtag.toString();
    const erster = ladeParameter(LEISTUNG, name).versionen[0];
    if (tag >= erster.ab) return new Decimal(parameterZahl(LEISTUNG, name, tag).wert);
    const hinweis = `Parameter ${name} gilt erst ab ${erster.ab}; verwendet wurde dieser erste Wert (${erster.quelle}).`;
    if (!hinweise.includes(hinweis)) hinweise.push(hinweis);
    return new Decimal(parameterZahl(LEISTUNG, name, erster.ab).wert);
  };

  const monate = e.monate ?? parameter('budget-laufzeit-monate', beginn).toNumber();
  const ende = periodenende(beginn, monate);
  if (beginn.day !== 1) {
    hinweise.push(
      `Beginn ${e.beginn} ist kein Monatserster: die Rate für ${beginn.toPlainYearMonth()} ist laut Vereinbarung am Monatsersten fällig, zahlbar frühestens ab Beginn.`,
    );
  }

  const direktanteil =
    e.direktanteil === undefined ? parameter('budget-direktanteil', beginn) : new Decimal(e.direktanteil);
  if (e.direktanteil === undefined) {
    hinweise.push(
      `Direktanteil ${direktanteil.toString().replace('.', ',')} aus dem Katalog. Die Quelle ist doppeldeutig („80 % direkte Zeiten“ oder indirekt „20 % der Stunden am Klient“, also 1 : 0,2); die Vereinbarung entscheidet (Modellprojekt Bremerhaven, II.5).`,
    );
  }
  const plaene = stellenplaene(e, beginn, ende, direktanteil);
  const planJahr = plaene[0].planJahr;

  const quartale = pruefeQuartale(e.quartale, beginn, ende);
  const ergebnisse = quartale.map(({ q, fachkraft, semiprofessionell }) => {
    // Each quarter against the plan(s) in force on its days: a later change never re-plans it.
    const planQuartal = planImQuartal(plaene, q);
    if (planQuartal.isZero()) {
      const [feld, wann] = plaene.length > 1 ? ['stellenaenderungen', ` für ${q.label}`] : ['stellen', ''];
      throw new EingabeFehler(
        `${feld}: ergeben${wann} 0 geplante direkte Stunden; ohne Plan lässt sich keine Quote bilden (${klauselFuer('stellen')}).`,
        feld,
      );
    }
    if (Temporal.PlainDate.compare(q.beginn, beginn) < 0 || Temporal.PlainDate.compare(q.ende, ende) > 0) {
      hinweise.push(
        `${q.label} liegt nur teilweise in der Budgetlaufzeit; der Plan ist trotzdem ein volles Quartal.`,
      );
    }
    const ist = new Decimal(fachkraft).plus(semiprofessionell);
    const schwelle = parameter('budget-nachverhandlung-schwelle', spaeter(q.beginn, beginn));
    return {
      q,
      ist,
      ergebnis: {
        quartal: q.label,
        plan: planQuartal.toNumber(),
        ist: ist.toNumber(),
        quote: ist.div(planQuartal).toDecimalPlaces(4, Decimal.ROUND_HALF_UP).toNumber(),
        fachkraft,
        semiprofessionell,
        // The unrounded ratio decides: a quote shown as 0.9000 can still be below 90 %.
        unter90: ist.lt(planQuartal.times(schwelle)),
      },
    };
  });

  const nachverhandlung = pruefeNachverhandlung(
    ergebnisse.map(({ q, ergebnis }) => ({ quartal: q, unter90: ergebnis.unter90 })),
    parameter('budget-nachverhandlung-quartale', beginn).toNumber(),
  );
  if (nachverhandlung.ausgeloest) {
    hinweise.push(
      'Nachverhandlung prüfen: verhandelt wird, wenn außerdem wahrscheinlich ist, dass sich dies nicht ändern wird (Modellprojekt Bremerhaven, II.5).',
    );
  }

  return {
    raten: berechneRaten(new Decimal(e.gesamtbudget), beginn, monate),
    planstundenJahr: planJahr.toNumber(),
    quartale: ergebnisse.map(({ ergebnis }) => ergebnis),
    nachverhandlung,
    umsteuerung: berechneUmsteuerung(ergebnisse, e.basisleistung?.stunden, beginn, parameter),
    ...(plaene.length > 1 ? { stellenplaene: alsErgebnis(plaene, e) } : {}),
    hinweise,
  };
}

function pruefeQuartale(
  quartale: readonly { quartal: string; direktstunden: { fachkraft: number; semiprofessionell: number } }[],
  beginn: Temporal.PlainDate,
  ende: Temporal.PlainDate,
): { q: Kalenderquartal; fachkraft: number; semiprofessionell: number }[] {
  const klausel = klauselFuer('quartale');
  let vorher: Kalenderquartal | undefined;
  return quartale.map(({ quartal, direktstunden }, i) => {
    const q = alsQuartal(quartal) as Kalenderquartal;
    const feld = `quartale[${i}].quartal`;
    if (vorher && q.index === vorher.index) {
      throw new EingabeFehler(
        `${feld}: ${quartal} kommt zweimal vor; jedes Quartal nur einmal (${klausel}).`,
        feld,
      );
    }
    if (vorher && q.index < vorher.index) {
      throw new EingabeFehler(
        `${feld}: ${quartal} steht nach ${vorher.label}; Quartale in aufsteigender Reihenfolge angeben (${klausel}).`,
        feld,
      );
    }
    if (!ueberschneidet(q, beginn, ende)) {
      throw new EingabeFehler(
        `${feld}: ${quartal} liegt außerhalb der Budgetlaufzeit ${beginn} bis ${ende} (${klauselFuer('beginn')}).`,
        feld,
      );
    }
    vorher = q;
    return { q, ...direktstunden };
  });
}

function berechneUmsteuerung(
  ergebnisse: readonly { q: Kalenderquartal; ist: Decimal }[],
  basisstunden: number | undefined,
  beginn: Temporal.PlainDate,
  parameter: (name: string, stichtag: Temporal.PlainDate) => Decimal,
): Umsteuerung[] {
  const jahre = new Map<number, Decimal[]>();
  for (const { q, ist } of ergebnisse) jahre.set(q.jahr, [...(jahre.get(q.jahr) ?? []), ist]);
  const vollstaendig = [...jahre].filter(([, ist]) => ist.length === 4);
  if (vollstaendig.length === 0) return [];
  if (basisstunden === undefined) {
    throw new EingabeFehler(
      `basisleistung.stunden: fehlt, wird für die Umsteuerung des Jahres ${vollstaendig[0][0]} gebraucht (${klauselFuer('basisleistung')}).`,
      'basisleistung.stunden',
    );
  }
  return vollstaendig.map(([jahr, ist]) => {
    const summe = ist.reduce((a, b) => a.plus(b), new Decimal(0));
    const faktor = summe.div(basisstunden).toDecimalPlaces(4, Decimal.ROUND_HALF_UP);
    const stichtag = spaeter(Temporal.PlainDate.from({ year: jahr, month: 1, day: 1 }), beginn);
    const von = parameter('budget-umsteuerung-erwartung-von', stichtag);
    const bis = parameter('budget-umsteuerung-erwartung-bis', stichtag);
    // The shown faktor (4 decimals) is compared, so what the user reads decides.
    const bewertung: Bewertung = faktor.lt(von) ? 'darunter' : faktor.gt(bis) ? 'darueber' : 'im-rahmen';
    return {
      jahr: String(jahr),
      faktor: faktor.toNumber(),
      erwartung: { von: von.toNumber(), bis: bis.toNumber() },
      bewertung,
      leitungsentscheidung: bewertung !== 'im-rahmen',
    };
  });
}

/**
 * The planned direct hours of one quarter under the agreement's staff plans — for a quarter still running, which
 * `berechneBudget` leaves out so it never counts towards renegotiation.
 */
export function quartalsplan(eingabe: unknown, quartal: string): number {
  const e = pruefeEingabe(eingabe);
  const q = alsQuartal(quartal);
  if (!q) throw new EingabeFehler(`quartal: "${quartal}" muss die Form JJJJ-Qn haben.`, 'quartal');
  const beginn = alsDatum(e.beginn) as Temporal.PlainDate;
  const monate = e.monate ?? Number(parameterZahl(LEISTUNG, 'budget-laufzeit-monate', e.beginn).wert);
  const direktanteil =
    e.direktanteil === undefined
      ? new Decimal(parameterZahl(LEISTUNG, 'budget-direktanteil', e.beginn).wert)
      : new Decimal(e.direktanteil);
  return planImQuartal(stellenplaene(e, beginn, periodenende(beginn, monate), direktanteil), q).toNumber();
}
