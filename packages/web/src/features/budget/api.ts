/** Requests of the Trägerbudget page; shapes as /api/budget and /api/budget/controlling answer. */
import type { Controlling } from '@hilfewerk/api';
import { queryOptions } from '@tanstack/react-query';
import { ApiFehler, anfrage } from '../../api/client';

export type { Controlling, Quartal, Vereinbarung } from '@hilfewerk/api';

export const controllingAbfrage = queryOptions({
  queryKey: ['budget', 'controlling'],
  queryFn: async () => (await anfrage<Controlling>('/api/budget/controlling')).daten,
});

/** "2025-Q1" → "1. Quartal 2025". */
export function quartalDe(q: string): string {
  return `${q.slice(6)}. Quartal ${q.slice(0, 4)}`;
}

/** Whether the own organisation has a Trägerbudget agreement (GET /api/budget answers 404 if not). */
export const traegerbudgetVorhandenAbfrage = queryOptions({
  queryKey: ['budget', 'vorhanden'],
  queryFn: async () => {
    try {
      await anfrage('/api/budget');
      return true;
    } catch (fehler) {
      if (fehler instanceof ApiFehler && fehler.status === 404) return false;
      throw fehler;
    }
  },
  staleTime: 5 * 60_000,
});
