import { ueberMindestens, unterdrueckeTabelle, type Zelle } from './unterdrueckung.ts';

/**
 * The Jugendamt's view over its providers (Fachcontrolling, Bremerhaven 003 II.7): per provider the sums the
 * database returns for the Hilfen this Jugendamt granted, turned into the published table — the same
 * definitions as the provider's own key figures (kennzahlen.ts), then small counts suppressed
 * (unterdrueckung.ts). Hours are not counts of people and stay as they are.
 */
export interface TraegerSummen {
  id: string;
  name: string;
  /** Hilfen that ran on at least one day of the year. */
  hilfenImJahr: number;
  aufnahmen: number;
  entlassungen: number;
  /** Sum of the lengths of stay (days, both counted) of the Hilfen that ended in the year. */
  verweildauerSumme: number;
  verweildauerMedian: number | null;
  minuten: number;
  budget: { planstunden: number; direktstunden: number } | null;
}

export interface TraegerKennzahlen {
  hilfenImJahr: Zelle;
  aufnahmen: Zelle;
  entlassungen: Zelle;
  verweildauerTage: { mittel: Zelle; median: Zelle };
  stunden: number;
}

const ZAEHLUNGEN = ['hilfenImJahr', 'aufnahmen', 'entlassungen'] as const;

/** Mean rounded to one decimal, as kennzahlen.ts rounds it. */
export const mittelwert = (summe: number, n: number) => (n === 0 ? null : Math.round((summe / n) * 10) / 10);
const stunden = (minuten: number) => Math.round((minuten * 100) / 60) / 100;

export function traegerTabelle(
  zeilen: readonly TraegerSummen[],
  gesamt: { entlassungen: number; verweildauerSumme: number; verweildauerMedian: number | null },
) {
  const { zeilen: zellen, summen } = unterdrueckeTabelle(zeilen, ZAEHLUNGEN);
  const traeger = zeilen.map((z, i) => ({
    id: z.id,
    name: z.name,
    ...zellen[i],
    verweildauerTage: {
      mittel: ueberMindestens(z.entlassungen, mittelwert(z.verweildauerSumme, z.entlassungen)),
      median: ueberMindestens(z.entlassungen, z.verweildauerMedian),
    },
    stunden: stunden(z.minuten),
    budget: z.budget && {
      ...z.budget,
      quote:
        z.budget.planstunden > 0
          ? Math.round((z.budget.direktstunden / z.budget.planstunden) * 1000) / 1000
          : null,
    },
  }));
  const summe: TraegerKennzahlen = {
    ...summen,
    verweildauerTage: {
      mittel: ueberMindestens(gesamt.entlassungen, mittelwert(gesamt.verweildauerSumme, gesamt.entlassungen)),
      median: ueberMindestens(gesamt.entlassungen, gesamt.verweildauerMedian),
    },
    stunden: stunden(zeilen.reduce((s, z) => s + z.minuten, 0)),
  };
  return { traeger, summe };
}
