import { imZeitraum, type KennzahlZeitraum } from './zeitraum.ts';

/** How a Hilfe ended: as planned in the Hilfeplan, or earlier/otherwise (Abbruch, Wechsel, Umzug …). */
export const BEENDIGUNGS_ARTEN = ['planmaessig', 'unplanmaessig'] as const;
export type Beendigung = (typeof BEENDIGUNGS_ARTEN)[number];

export interface EntlassungsHilfe {
  ende: string | null;
  /** null when the Hilfe ended before the kind was recorded. */
  beendigung: Beendigung | null;
}

export interface EntlassungenNachGrund {
  planmaessig: number;
  unplanmaessig: number;
  ohneAngabe: number;
  /** planmäßig ÷ (planmäßig + unplanmäßig) in percent, one decimal; null without any recorded kind. */
  anteilPlanmaessigProzent: number | null;
}

/** Discharges in the span by kind of ending (see KENNZAHL_DEFINITIONEN.entlassungenNachGrund). */
export function entlassungenNachGrund(
  hilfen: readonly EntlassungsHilfe[],
  z: KennzahlZeitraum,
): EntlassungenNachGrund {
  const beendet = hilfen.filter((h) => imZeitraum(h.ende, z));
  const planmaessig = beendet.filter((h) => h.beendigung === 'planmaessig').length;
  const unplanmaessig = beendet.filter((h) => h.beendigung === 'unplanmaessig').length;
  const mitAngabe = planmaessig + unplanmaessig;
  return {
    planmaessig,
    unplanmaessig,
    ohneAngabe: beendet.length - mitAngabe,
    anteilPlanmaessigProzent: prozent(planmaessig, mitAngabe),
  };
}

/** teil ÷ ganzes in percent with one decimal; null when there is nothing to divide by. */
export function prozent(teil: number, ganzes: number): number | null {
  return ganzes === 0 ? null : Math.round((teil * 1000) / ganzes) / 10;
}
