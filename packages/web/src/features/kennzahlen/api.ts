/** The provider's key figures of a year, as GET /api/kennzahlen answers. */
import type { Kennzahlen } from '@hilfewerk/api';
import { queryOptions } from '@tanstack/react-query';
import { anfrage } from '../../api/client';

export type { Kennzahlen } from '@hilfewerk/api';

export const kennzahlenAbfrage = (jahr: number) =>
  queryOptions({
    queryKey: ['kennzahlen', jahr],
    queryFn: async () =>
      (await anfrage<Kennzahlen>('/api/kennzahlen', { abfrage: { jahr: String(jahr) } })).daten,
  });
