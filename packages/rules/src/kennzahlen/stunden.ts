import { monatsgrenzen } from '../datum/tag.ts';
import { prozent } from './entlassungen.ts';
import { type KennzahlZeitraum, tageImZeitraum } from './zeitraum.ts';

export interface StundenEintrag {
  datum: string;
  /** The Leistungsart code: direkt, indirekt, falluebergreifend, fallunspezifisch, netzwerkarbeit, fahrzeit. */
  art: string;
  minuten: number;
}

export interface StundenPlanHilfe {
  beginn: string;
  ende: string | null;
  /** Granted direct hours per month; null when the Hilfe is not granted in hours (Tagessatz, Pauschale). */
  stundenProMonat: number | null;
}

export interface StundenNachArt {
  /** Direct work with the family plus group offers (the hours "am Klient"), against the granted hours. */
  direkt: { ist: number; plan: number; erfuellungProzent: number | null };
  fallunspezifisch: number;
  falluebergreifend: number;
  netzwerkarbeit: number;
  indirekt: number;
  fahrzeit: number;
}

const stunden = (minuten: number) => Math.round((minuten * 100) / 60) / 100;
const runde = (h: number) => Math.round(h * 100) / 100;
/** What the hour controlling counts as direct: own direct time and the shares of group offers. */
const DIREKT = new Set(['direkt', 'falluebergreifend']);

/** Months `JJJJ-MM` of the span. */
function monate(z: KennzahlZeitraum): string[] {
  const erster = Number(z.von.slice(5, 7));
  const letzter = Number(z.bis.slice(5, 7));
  return Array.from(
    { length: letzter - erster + 1 },
    (_, i) => `${z.jahr}-${String(erster + i).padStart(2, '0')}`,
  );
}

/**
 * Planned direct hours of the span: per Hilfe and month the granted hours per month, pro rata by the calendar
 * days the Hilfe runs in that month (as the hour controlling plans).
 */
export function geplanteDirektstunden(hilfen: readonly StundenPlanHilfe[], z: KennzahlZeitraum): number {
  let plan = 0;
  for (const monat of monate(z)) {
    const m = monatsgrenzen(monat);
    const mz = { ...z, von: m.von, bis: m.bis, tage: m.tage };
    for (const h of hilfen) {
      if (h.stundenProMonat) plan += (h.stundenProMonat * tageImZeitraum(h.beginn, h.ende, mz)) / m.tage;
    }
  }
  return runde(plan);
}

/** Minutes per kind of work of the entries dated in the span: what stundenNachArt counts. */
export function minutenJeArt(eintraege: readonly StundenEintrag[], z: KennzahlZeitraum): Map<string, number> {
  const jeArt = new Map<string, number>();
  for (const e of eintraege) {
    if (e.datum < z.von || e.datum > z.bis) continue;
    jeArt.set(e.art, (jeArt.get(e.art) ?? 0) + e.minuten);
  }
  return jeArt;
}

/**
 * Hours by kind from the minutes per kind of the span (minutenJeArt, or the same sum made by the database
 * over the entries dated in the span), direct ones against the plan.
 */
export function stundenAusMinuten(
  jeArt: ReadonlyMap<string, number>,
  hilfen: readonly StundenPlanHilfe[],
  z: KennzahlZeitraum,
): StundenNachArt {
  const h = (art: string) => stunden(jeArt.get(art) ?? 0);
  const ist = stunden([...DIREKT].reduce((s, a) => s + (jeArt.get(a) ?? 0), 0));
  const plan = geplanteDirektstunden(hilfen, z);
  return {
    direkt: { ist, plan, erfuellungProzent: plan === 0 ? null : prozent(ist, plan) },
    fallunspezifisch: h('fallunspezifisch'),
    falluebergreifend: h('falluebergreifend'),
    netzwerkarbeit: h('netzwerkarbeit'),
    indirekt: h('indirekt'),
    fahrzeit: h('fahrzeit'),
  };
}

/** Hours by kind of work in the span (entries dated in it), direct ones against the plan. */
export function stundenNachArt(
  eintraege: readonly StundenEintrag[],
  hilfen: readonly StundenPlanHilfe[],
  z: KennzahlZeitraum,
): StundenNachArt {
  return stundenAusMinuten(minutenJeArt(eintraege, z), hilfen, z);
}
