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
  /** Complaints the provider received in the year (all of them: a complaint names no Jugendamt). */
  beschwerden: number;
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
  beschwerden: Zelle;
  verweildauerTage: { mittel: Zelle; median: Zelle };
  stunden: number;
}

const ZAEHLUNGEN = ['hilfenImJahr', 'aufnahmen', 'entlassungen', 'beschwerden'] as const;

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

export type TraegerTabelle = ReturnType<typeof traegerTabelle>;

/** A published figure as the API gives it: the number, or `null` where it is suppressed. */
export interface VeroeffentlichteKennzahlen {
  hilfenImJahr: number | null;
  aufnahmen: number | null;
  entlassungen: number | null;
  beschwerden: number | null;
  verweildauerTage: { mittel: number | null; median: number | null };
  stunden: number;
  /** True when any figure of the row is `null` because it is suppressed (a count of 1–2, a mean over < 3). */
  unterdrueckt: boolean;
  /** Which figures are suppressed, e.g. `entlassungen`, `verweildauerTage.mittel`. */
  unterdrueckteFelder: string[];
}

/**
 * The row as it leaves the server: each figure a plain number or `null`, and `unterdrueckt: true` when a
 * `null` hides a small count — so a `null` without it means "nothing to compute" (no discharge, no mean).
 */
export function veroeffentliche(z: TraegerKennzahlen): VeroeffentlichteKennzahlen {
  const unterdrueckteFelder: string[] = [];
  const wert = (feld: string, c: Zelle) => {
    if (c.unterdrueckt) unterdrueckteFelder.push(feld);
    return c.unterdrueckt ? null : c.wert;
  };
  return {
    hilfenImJahr: wert('hilfenImJahr', z.hilfenImJahr),
    aufnahmen: wert('aufnahmen', z.aufnahmen),
    entlassungen: wert('entlassungen', z.entlassungen),
    beschwerden: wert('beschwerden', z.beschwerden),
    verweildauerTage: {
      mittel: wert('verweildauerTage.mittel', z.verweildauerTage.mittel),
      median: wert('verweildauerTage.median', z.verweildauerTage.median),
    },
    stunden: z.stunden,
    unterdrueckt: unterdrueckteFelder.length > 0,
    unterdrueckteFelder,
  };
}
