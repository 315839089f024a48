/** The provider's key figures of a span, as GET /api/kennzahlen answers. */
import type { Kennzahlen } from '@hilfewerk/api';
import { queryOptions } from '@tanstack/react-query';
import { anfrage } from '../../api/client';

export type { Kennzahlen } from '@hilfewerk/api';

/** `zeitraum`: `2026`, `2026-Q3` or `2026-07`. */
export const kennzahlenAbfrage = (zeitraum: string) =>
  queryOptions({
    queryKey: ['kennzahlen', zeitraum],
    queryFn: async () => (await anfrage<Kennzahlen>('/api/kennzahlen', { abfrage: { zeitraum } })).daten,
  });
