/** Requests of the Trägerbudget page; shapes as /api/budget and /api/budget/controlling answer. */
import { queryOptions } from '@tanstack/react-query';
import { anfrage } from '../../api/client';

export interface Stelle {
  art: 'fachkraft' | 'semiprofessionell';
  vk: number;
  jahresstundenVk: number;
}

export interface Vereinbarung {
  id: string;
  bezeichnung: string;
  jugendamt: { id: string; name: string };
  gesamtbudget: string;
  beginn: string;
  monate: number;
  direktanteil: number;
  stellen: Stelle[];
  /** From `ab` on, `stellen` replaces the plan ("mit Inkrafttreten"); quarters before keep theirs. */
  stellenaenderungen: { ab: string; stellen: Stelle[]; grund?: string }[];
  basisleistungStunden: number;
  version: number;
}

export interface Quartal {
  quartal: string;
  plan: number;
  ist: number;
  quote: number;
  fachkraft: number;
  semiprofessionell: number;
  unter90: boolean;
}

export interface Controlling {
  stand: string;
  vereinbarung: Vereinbarung;
  ende: string;
  raten: { monat: string; faellig: string; betrag: string }[];
  planstundenJahr: number;
  quartale: Quartal[];
  nachverhandlung: { ausgeloest: boolean; quartale: string[] };
  umsteuerung: {
    jahr: string;
    faktor: number;
    erwartung: { von: number; bis: number };
    bewertung: 'im-rahmen' | 'darunter' | 'darueber';
    leitungsentscheidung: boolean;
  }[];
  hinweise: string[];
  /** Only when the plan changed: each plan with its days and planned direct hours per year. */
  stellenplaene?: { ab: string; bis: string; planstundenJahr: number; grund?: string }[];
  laufendesQuartal: {
    quartal: string;
    von: string;
    bis: string;
    plan: number;
    ist: number;
    fachkraft: number;
    semiprofessionell: number;
  } | null;
}

export const controllingAbfrage = queryOptions({
  queryKey: ['budget', 'controlling'],
  queryFn: async () => (await anfrage<Controlling>('/api/budget/controlling')).daten,
});

/** "2025-Q1" → "1. Quartal 2025". */
export function quartalDe(q: string): string {
  return `${q.slice(6)}. Quartal ${q.slice(0, 4)}`;
}

/**
 * Records a dated staff plan change: the agreement as it stands plus the change, sent whole (PUT /api/budget,
 * with its version). The server checks the day against start, order and period.
 */
export async function erfasseStellenaenderung(
  v: Vereinbarung,
  aenderung: { ab: string; grund?: string; stellen: Stelle[] },
): Promise<Vereinbarung> {
  const { id: _id, jugendamt, ...rest } = v;
  return (
    await anfrage<Vereinbarung>('/api/budget', {
      methode: 'PUT',
      body: {
        ...rest,
        jugendamtId: jugendamt.id,
        stellenaenderungen: [...v.stellenaenderungen, aenderung],
      },
    })
  ).daten;
}
