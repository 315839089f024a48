/** Query keys and loaders of the deadline screens; all start with 'fristen', so one invalidation refreshes them. */
import { queryOptions } from '@tanstack/react-query';
import {
  holeEigenePflichten,
  holeErinnerungen,
  holeFallFristen,
  holeKalenderAbo,
  holeKalenderFristen,
  holeMeineFristen,
  holeOrganisationsfristen,
  holeTeamFristen,
} from '../../api/fristen';

export const meineFristenAbfrage = queryOptions({
  queryKey: ['fristen', 'meine'],
  queryFn: holeMeineFristen,
});
export const teamFristenAbfrage = queryOptions({ queryKey: ['fristen', 'team'], queryFn: holeTeamFristen });
export const erinnerungenAbfrage = queryOptions({
  queryKey: ['fristen', 'erinnerungen'],
  queryFn: holeErinnerungen,
  staleTime: 60_000,
});
export const fallFristenAbfrage = (fallId: string) =>
  queryOptions({ queryKey: ['fristen', 'fall', fallId], queryFn: () => holeFallFristen(fallId) });
export const kalenderFristenAbfrage = (von: string, bis: string) =>
  queryOptions({
    queryKey: ['fristen', 'kalender', von, bis],
    queryFn: () => holeKalenderFristen(von, bis),
    placeholderData: (vorher) => vorher,
  });
export const organisationsfristenAbfrage = queryOptions({
  queryKey: ['fristen', 'organisation'],
  queryFn: holeOrganisationsfristen,
});
export const kalenderAboAbfrage = queryOptions({ queryKey: ['fristen', 'abo'], queryFn: holeKalenderAbo });
export const eigenePflichtenAbfrage = queryOptions({
  queryKey: ['fristen', 'eigene-pflichten'],
  queryFn: holeEigenePflichten,
});
