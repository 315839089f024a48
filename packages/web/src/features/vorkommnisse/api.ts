/** Requests of crises and besondere Vorkommnisse; shapes as /api/…/vorkommnisse answers. */
import type {
  NeuesVorkommnis,
  OffenePflicht,
  PflichtErledigungEingabe,
  Vorkommnis,
  VorkommnisPflichtCode,
} from '@hilfewerk/api';
import { queryOptions } from '@tanstack/react-query';
import { anfrage } from '../../api/client';

export type { OffenePflicht, Vorkommnis, VorkommnisPflicht } from '@hilfewerk/api';

export const vorkommnisseAbfrage = (fallId: string) =>
  queryOptions({
    queryKey: ['vorkommnisse', fallId],
    queryFn: async () => (await anfrage<Vorkommnis[]>(`/api/faelle/${fallId}/vorkommnisse`)).daten,
  });

export const offenePflichtenAbfrage = queryOptions({
  queryKey: ['vorkommnisse', 'offen'],
  queryFn: async () => (await anfrage<OffenePflicht[]>('/api/vorkommnisse/offen')).daten,
});

export async function erfasseVorkommnis(fallId: string, body: NeuesVorkommnis) {
  return (await anfrage<Vorkommnis>(`/api/faelle/${fallId}/vorkommnisse`, { methode: 'POST', body })).daten;
}

export async function erledigePflicht(
  id: string,
  art: VorkommnisPflichtCode,
  body: PflichtErledigungEingabe,
) {
  return (await anfrage<Vorkommnis>(`/api/vorkommnisse/${id}/pflichten/${art}`, { methode: 'POST', body }))
    .daten;
}
