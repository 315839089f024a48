/** The Jugendamt's key figures over its providers, as GET /api/kennzahlen/traeger answers. */
import type { KennzahlenTraeger } from '@hilfewerk/api';
import { queryOptions } from '@tanstack/react-query';
import { anfrage } from '../../api/client';

export type { KennzahlenTraeger } from '@hilfewerk/api';

export const kennzahlenTraegerAbfrage = (jahr: number) =>
  queryOptions({
    queryKey: ['kennzahlen-traeger', jahr],
    queryFn: async () =>
      (await anfrage<KennzahlenTraeger>('/api/kennzahlen/traeger', { abfrage: { jahr: String(jahr) } }))
        .daten,
  });
