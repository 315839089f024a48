export {
  type Bewertung,
  type BudgetErgebnis,
  berechneBudget,
  type QuartalsErgebnis,
  quartalsplan,
  type Umsteuerung,
} from './berechne-budget.ts';
export { type BudgetEingabe, budgetEingabeSchema } from './eingabe.ts';
export type { Nachverhandlung } from './nachverhandlung.ts';
export type { Rate } from './raten.ts';
export type { StellenplanErgebnis } from './stellenplan.ts';
