import type { Kalenderquartal } from './quartal.ts';

export interface Nachverhandlung {
  ausgeloest: boolean;
  quartale: string[];
}

/**
 * First run of at least `mindestens` consecutive calendar quarters below the threshold ("3 Quartale
 * hintereinander", Modellprojekt Bremerhaven, II.5). 2025-Q4 → 2026-Q1 is consecutive; a quarter missing
 * from the input breaks the run, because nothing is known about it. The whole run is listed, also beyond
 * `mindestens`.
 */
export function pruefeNachverhandlung(
  quartale: readonly { quartal: Kalenderquartal; unter90: boolean }[],
  mindestens: number,
): Nachverhandlung {
  let lauf: Kalenderquartal[] = [];
  for (const { quartal, unter90 } of quartale) {
    const schliesstAn = lauf.length > 0 && quartal.index === lauf[lauf.length - 1].index + 1;
    if (unter90 && schliesstAn) {
      lauf.push(quartal);
      continue;
    }
    if (lauf.length >= mindestens) break;
    lauf = unter90 ? [quartal] : [];
  }
  return lauf.length >= mindestens
    ? { ausgeloest: true, quartale: lauf.map((q) => q.label) }
    : { ausgeloest: false, quartale: [] };
}
