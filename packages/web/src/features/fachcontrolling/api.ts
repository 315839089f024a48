/** Requests of the Fachcontrolling pages; shapes as /api/traegerbudgets answers. */
import type { Traegerbudget, TraegerbudgetControlling } from '@hilfewerk/api';
import { queryOptions } from '@tanstack/react-query';
import { anfrage } from '../../api/client';

export type { Traegerbudget, TraegerbudgetControlling } from '@hilfewerk/api';

export const traegerbudgetsAbfrage = queryOptions({
  queryKey: ['traegerbudgets'],
  queryFn: async () => (await anfrage<Traegerbudget[]>('/api/traegerbudgets')).daten,
});

export const traegerbudgetControllingAbfrage = (id: string) =>
  queryOptions({
    queryKey: ['traegerbudgets', id, 'controlling'],
    queryFn: async () =>
      (await anfrage<TraegerbudgetControlling>(`/api/traegerbudgets/${id}/controlling`)).daten,
  });
