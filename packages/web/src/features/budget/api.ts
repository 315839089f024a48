/** Requests of the Trägerbudget page; shapes as /api/budget and /api/budget/controlling answer. */
import type { Controlling } from '@hilfewerk/api';
import { queryOptions } from '@tanstack/react-query';
import { anfrage } from '../../api/client';

export type { Controlling, Quartal, Vereinbarung } from '@hilfewerk/api';

export const controllingAbfrage = queryOptions({
  queryKey: ['budget', 'controlling'],
  queryFn: async () => (await anfrage<Controlling>('/api/budget/controlling')).daten,
});

/** "2025-Q1" → "1. Quartal 2025". */
export function quartalDe(q: string): string {
  return `${q.slice(6)}. Quartal ${q.slice(0, 4)}`;
}
