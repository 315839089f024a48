/**
 * Small-count suppression for key figures that leave the provider (the Jugendamt's Fachcontrolling sees the
 * figures of every provider it placed Hilfen with, and reports them on). A count of 1 or 2 could point at one
 * family, so it is not published:
 * - primary: every count from 1 to 2 becomes `null` with `unterdrueckt: true`; 0 and 3+ are published;
 * - secondary: a column's total is published only when no cell of the column is suppressed. Total minus the
 *   published cells would otherwise give the suppressed cell back; hiding a second cell instead does not
 *   always help (two hidden cells summing to 2 are both 1), hiding the total always does;
 * - a mean or median over fewer than 3 Hilfen is suppressed the same way (it describes one or two families).
 */
export interface Zelle {
  wert: number | null;
  unterdrueckt: boolean;
}

/** Below this many, a count or the basis of a mean is suppressed (1 and 2; 0 says nothing about anyone). */
export const MINDESTANZAHL = 3;

export const istKlein = (n: number) => n > 0 && n < MINDESTANZAHL;

export const zelle = (wert: number | null): Zelle => ({ wert, unterdrueckt: false });
export const unterdrueckt: Zelle = Object.freeze({ wert: null, unterdrueckt: true });

/** One count: published, or suppressed when 1 or 2. */
export function zaehlung(n: number): Zelle {
  return istKlein(n) ? unterdrueckt : zelle(n);
}

/** A mean or median: suppressed when computed over fewer than 3 Hilfen; none over none is `null` unsuppressed. */
export function ueberMindestens(basis: number, wert: number | null): Zelle {
  if (basis === 0 || wert === null) return zelle(null);
  return basis < MINDESTANZAHL ? unterdrueckt : zelle(wert);
}

/** A column of counts (one per provider) and its total, with primary and secondary suppression. */
export function unterdrueckeSpalte(werte: readonly number[]): { zellen: Zelle[]; summe: Zelle } {
  const zellen = werte.map(zaehlung);
  const summe = werte.reduce((s, n) => s + n, 0);
  return { zellen, summe: zellen.some((z) => z.unterdrueckt) ? unterdrueckt : zelle(summe) };
}

/**
 * A table of counts: rows are providers, columns the figures. Suppresses each column on its own (the figures
 * of a row are not parts of one sum, so a row has no total to protect).
 */
export function unterdrueckeTabelle<K extends string>(
  zeilen: readonly Record<K, number>[],
  spalten: readonly K[],
): { zeilen: Record<K, Zelle>[]; summen: Record<K, Zelle> } {
  const ergebnis = zeilen.map(() => ({}) as Record<K, Zelle>);
  const summen = {} as Record<K, Zelle>;
  for (const s of spalten) {
    const { zellen, summe } = unterdrueckeSpalte(zeilen.map((z) => z[s]));
    zellen.forEach((z, i) => {
      ergebnis[i][s] = z;
    });
    summen[s] = summe;
  }
  return { zeilen: ergebnis, summen };
}
