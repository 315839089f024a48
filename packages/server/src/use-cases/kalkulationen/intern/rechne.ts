import {
  berechneBudget,
  berechneEntgelt,
  EingabeFehler,
  type Entgeltergebnis,
  ladeLeistung,
  parameterZahl,
} from '@hilfewerk/rules';
import Decimal from 'decimal.js';
import { z } from 'zod';

/** The Trägerbudget in figures a negotiator compares: instalments, planned direct hours, money per hour. */
export interface Budgetkennzahlen {
  gesamtbudget: string;
  monate: number;
  raten: { anzahl: number; betrag: string; letzte: string; ersteFaellig: string };
  planstundenJahr: number;
  /** Annual budget ÷ planned direct hours per year. */
  jeDirektstunde: string | null;
}

/**
 * What the Kalkulation API returns: the engine's result (the shape of `hilfewerk kalkulation`), and for the
 * Trägerbudget the same shape filled from `berechneBudget` plus `budget`. `divisor` names what the Entgelt
 * divides by.
 */
export type Kalkulationsergebnis = Entgeltergebnis & { divisor: string; budget?: Budgetkennzahlen };

const BUDGET = 'bremerhaven-ambulant';

/**
 * Input of a Trägerbudget calculation. The Stichtag is the budget's start; hours of quarters are the
 * controlling's business (`budget`), not the calculation's.
 */
const budgetKalkulation = z.strictObject({
  leistung: z.literal(BUDGET),
  variante: z.string().nullable().optional(),
  stichtag: z.string(),
  gesamtbudget: z.string({ error: 'gesamtbudget fehlt (Betrag, z. B. "9000000.00")' }),
  monate: z.number({ error: 'monate: ganze Zahl erwartet' }).optional(),
  direktanteil: z.number({ error: 'direktanteil: Anteil über 0 bis 1 erwartet' }).optional(),
  vkFachkraft: z
    .number({ error: 'vkFachkraft: Zahl erwartet' })
    .min(0, 'vkFachkraft darf nicht negativ sein'),
  vkSemiprofessionell: z
    .number({ error: 'vkSemiprofessionell: Zahl erwartet' })
    .min(0, 'vkSemiprofessionell darf nicht negativ sein'),
  jahresstundenVk: z
    .number({ error: 'jahresstundenVk: Zahl erwartet' })
    .min(0, 'jahresstundenVk darf nicht negativ sein'),
});

function budgetFehlerFeld(feld: string | undefined): string | undefined {
  if (!feld) return feld;
  if (feld.startsWith('beginn')) return 'stichtag';
  const stelle = /^stellen\[(\d)\]\.(\w+)/.exec(feld);
  if (stelle) {
    if (stelle[2] === 'vk') return stelle[1] === '0' ? 'vkFachkraft' : 'vkSemiprofessionell';
    return 'jahresstundenVk';
  }
  return feld;
}

function rechneBudget(roh: Record<string, unknown>): Kalkulationsergebnis {
  const geprueft = budgetKalkulation.safeParse(roh);
  if (!geprueft.success) {
    const felder: Record<string, string> = {};
    for (const i of geprueft.error.issues) felder[i.path.join('.') || 'eingabe'] ??= i.message;
    throw new EingabeFehler(
      `Eingabe ungültig: ${Object.values(felder).join('; ')}`,
      Object.keys(felder)[0],
      felder,
    );
  }
  const e = geprueft.data;
  const variante = ladeLeistung(BUDGET).varianten.find((v) => v.id === e.variante);
  if (e.variante && !variante) {
    throw new EingabeFehler(
      `Unbekannte Variante „${e.variante}“ für ${BUDGET}. Gültig: ${ladeLeistung(BUDGET)
        .varianten.map((v) => v.id)
        .join(', ')}.`,
      'variante',
    );
  }
  let ergebnis: ReturnType<typeof berechneBudget>;
  try {
    ergebnis = berechneBudget({
      gesamtbudget: e.gesamtbudget,
      beginn: e.stichtag,
      monate: e.monate,
      direktanteil: e.direktanteil,
      stellen: [
        { art: 'fachkraft', vk: e.vkFachkraft, jahresstundenVk: e.jahresstundenVk },
        { art: 'semiprofessionell', vk: e.vkSemiprofessionell, jahresstundenVk: e.jahresstundenVk },
      ],
    });
  } catch (fehler) {
    if (fehler instanceof EingabeFehler) {
      const feld = budgetFehlerFeld(fehler.feld);
      throw new EingabeFehler(fehler.message, feld, feld ? { [feld]: fehler.message } : undefined);
    }
    throw fehler;
  }
  const monate = ergebnis.raten.length;
  const budget = new Decimal(e.gesamtbudget);
  const jeMonat = budget.div(monate);
  const jahr = jeMonat.times(12);
  const direktanteil = e.direktanteil ?? parameterZahl(BUDGET, 'budget-direktanteil', e.stichtag).wert;
  const quelleBudget =
    'Modellprojekt Bremerhaven, II.1 Finanzierung: Trägerbudget, monatlich im Voraus ausgezahlt; II.4 Zeitdauer';
  const erste = ergebnis.raten[0];
  const letzte = ergebnis.raten[monate - 1];
  return {
    leistung: BUDGET,
    variante: e.variante ?? null,
    stichtag: e.stichtag,
    entgelt: { betrag: erste.betrag, einheit: 'EUR je Monat (Rate des Trägerbudgets)' },
    jahreskosten: jahr.toFixed(2),
    berechnungstage: null,
    berechnungsmonate: 12,
    divisor: 'Monate',
    vk: { betreuung: e.vkFachkraft + e.vkSemiprofessionell, zusatz: 0, leitung: 0 },
    zeilen: [
      {
        id: 'traegerbudget',
        text: `Trägerbudget ${budget.toFixed(2)} € über ${monate} Monate, Anteil je Jahr`,
        menge: 12,
        einheit: 'Monate',
        satz: jeMonat.toFixed(2),
        betrag: jahr.toFixed(2),
        quelle: quelleBudget,
      },
    ],
    warnungen: [
      {
        id: 'direktanteil-doppeldeutig',
        feld: 'direktanteil',
        text: `Direkter Anteil ${new Decimal(direktanteil).times(100).toString().replace('.', ',')} %: Das Modellprojekt nennt „80 % direkte Zeiten“ und zugleich „20 % der Stunden ‚am Klient‘“ als indirekte Zeit (1 : 0,2, Anteil ≈ 83,33 %). Die Vereinbarung entscheidet.`,
        quelle:
          'Modellprojekt Bremerhaven, II.5: „Effektive Jahresarbeitszeit; 80 % direkte Zeiten“ (vgl. „20 % der Stunden ‚am Klient‘“)',
      },
      ...ergebnis.hinweise.map((text) => ({
        id: 'budget-hinweis',
        feld: 'stichtag',
        text,
        quelle: 'Modellprojekt Bremerhaven',
      })),
    ],
    budget: {
      gesamtbudget: budget.toFixed(2),
      monate,
      raten: { anzahl: monate, betrag: erste.betrag, letzte: letzte.betrag, ersteFaellig: erste.faellig },
      planstundenJahr: ergebnis.planstundenJahr,
      jeDirektstunde: ergebnis.planstundenJahr > 0 ? jahr.div(ergebnis.planstundenJahr).toFixed(2) : null,
    },
  };
}

function divisor(e: Entgeltergebnis): string {
  if (e.berechnungstage !== null) return 'Berechnungstage';
  if (e.berechnungsmonate !== undefined) return 'Berechnungsmonate';
  return 'Direktstunden';
}

/**
 * Runs the engine on untrusted input. Bad input becomes 422 with one message per field, each naming the
 * range and the clause as the engine wrote it; nothing else is caught.
 */
export function rechne(eingabe: Record<string, unknown>): Kalkulationsergebnis {
  if (eingabe.leistung === BUDGET) return rechneBudget(eingabe);
  const ergebnis = berechneEntgelt(eingabe);
  return { ...ergebnis, divisor: divisor(ergebnis) };
}

/** The number the Entgelt was divided by, for the documents. */
export function divisorWert(e: Kalkulationsergebnis): number {
  return e.berechnungstage ?? e.berechnungsmonate ?? e.direktstunden ?? 1;
}
