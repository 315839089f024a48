/** The Hilfen the Jugendamt granted, as GET /api/gewaehrte-hilfen(/:id) answers. */
import type { GewaehrteHilfeDetail, GewaehrteHilfen } from '@hilfewerk/api';
import { queryOptions } from '@tanstack/react-query';
import { anfrage } from '../../api/client';

export type { GewaehrteHilfe, GewaehrteHilfeDetail } from '@hilfewerk/api';

export const gewaehrteHilfenAbfrage = queryOptions({
  queryKey: ['gewaehrte-hilfen'],
  queryFn: async () => (await anfrage<GewaehrteHilfen>('/api/gewaehrte-hilfen')).daten,
});

export const gewaehrteHilfeAbfrage = (id: string) =>
  queryOptions({
    queryKey: ['gewaehrte-hilfen', id],
    queryFn: async () => (await anfrage<GewaehrteHilfeDetail>(`/api/gewaehrte-hilfen/${id}`)).daten,
  });
