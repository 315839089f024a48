/** Requests of the hour controlling; shapes as /api/controlling/stunden answers them. */
import type { Stundencontrolling } from '@hilfewerk/api';
import { queryOptions } from '@tanstack/react-query';
import { anfrage } from '../../api/client';

export type { Stundencontrolling, StundenStatus as Status } from '@hilfewerk/api';

export const stundenAbfrage = (jahr: number, monat: number) =>
  queryOptions({
    queryKey: ['controlling', 'stunden', jahr, monat],
    queryFn: async () =>
      (await anfrage<Stundencontrolling>('/api/controlling/stunden', { abfrage: { jahr, monat } })).daten,
    placeholderData: (vorher) => vorher,
  });
