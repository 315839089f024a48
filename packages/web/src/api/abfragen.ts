/** Query keys and loaders for TanStack Query, so components never call fetch themselves. */

import type { FallFilter } from '@hilfewerk/api';
import { type QueryClient, queryOptions } from '@tanstack/react-query';
import { type AuditFilter, holeAudit } from './audit';
import { holeGesundheit, holeSitzung, holeSsoStatus } from './auth';
import { holeFaelle, holeFall } from './faelle';
import { holeJugendaemter, holeKatalog } from './stammdaten';

export const sitzungAbfrage = queryOptions({
  queryKey: ['sitzung'],
  queryFn: holeSitzung,
  staleTime: 60_000,
});

export const gesundheitAbfrage = queryOptions({
  queryKey: ['gesundheit'],
  queryFn: holeGesundheit,
  staleTime: Number.POSITIVE_INFINITY,
});

export const ssoAbfrage = queryOptions({
  queryKey: ['sso'],
  queryFn: holeSsoStatus,
  staleTime: Number.POSITIVE_INFINITY,
});

export const faelleAbfrage = (filter: FallFilter) =>
  queryOptions({
    queryKey: ['faelle', filter],
    queryFn: () => holeFaelle(filter),
    placeholderData: (vorher) => vorher,
  });

export const fallAbfrage = (id: string) =>
  queryOptions({
    queryKey: ['fall', id],
    queryFn: () => holeFall(id),
  });

/**
 * After any change to a case (its data, a person, a Hilfe, an event): reload the case file and every
 * deadline view — the server re-derives the deadlines from exactly these facts.
 */
export async function fallGeaendert(queryClient: QueryClient, fallId: string): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: fallAbfrage(fallId).queryKey }),
    queryClient.invalidateQueries({ queryKey: ['fristen'] }),
  ]);
}

export const jugendaemterAbfrage = queryOptions({
  queryKey: ['jugendaemter'],
  queryFn: holeJugendaemter,
  staleTime: 10 * 60_000,
});

export const katalogAbfrage = queryOptions({
  queryKey: ['katalog'],
  queryFn: holeKatalog,
  staleTime: 10 * 60_000,
});

export const auditAbfrage = (filter: AuditFilter) =>
  queryOptions({
    queryKey: ['audit', filter],
    queryFn: () => holeAudit(filter),
    placeholderData: (vorher) => vorher,
  });
