/** Requests of the staffing page; the shapes are the contract's (@hilfewerk/api). */
import { type Besetzung, type Mitarbeiter, PERSONAL_QUALIFIKATIONEN_TEXT } from '@hilfewerk/api';
import { queryOptions } from '@tanstack/react-query';
import { anfrage } from '../../api/client';

export type { Besetzung, BesetzungZeile, Mitarbeiter } from '@hilfewerk/api';

export const QUALIFIKATION = PERSONAL_QUALIFIKATIONEN_TEXT;

export const besetzungAbfrage = (monat: string) =>
  queryOptions({
    queryKey: ['besetzung', monat],
    queryFn: async () =>
      (await anfrage<Besetzung[]>('/api/personal/besetzung', { abfrage: { monat } })).daten,
  });

export const personalAbfrage = queryOptions({
  queryKey: ['personal'],
  queryFn: async () => (await anfrage<Mitarbeiter[]>('/api/personal')).daten,
});
