/** The Leistungen the own provider offers: GET/POST/DELETE /api/organisation/leistungen. */
import type { Leistungsangebot } from '@hilfewerk/api';
import { queryOptions } from '@tanstack/react-query';
import { anfrage } from '../../api/client';

export type { AngeboteneLeistung, Leistungsangebot } from '@hilfewerk/api';

export const leistungsangebotAbfrage = queryOptions({
  queryKey: ['leistungsangebot'],
  queryFn: async () => (await anfrage<Leistungsangebot>('/api/organisation/leistungen')).daten,
});

export const nimmAuf = async (leistung: string) =>
  (await anfrage<Leistungsangebot>('/api/organisation/leistungen', { methode: 'POST', body: { leistung } }))
    .daten;

export const nimmHeraus = async (leistung: string) =>
  (
    await anfrage<Leistungsangebot>(`/api/organisation/leistungen/${encodeURIComponent(leistung)}`, {
      methode: 'DELETE',
    })
  ).daten;
