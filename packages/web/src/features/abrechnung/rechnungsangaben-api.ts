/** The organisation's invoice data, as GET/PUT /api/organisation/rechnungsangaben answer. */
import type { Rechnungsangaben, RechnungsangabenAenderung } from '@hilfewerk/api';
import { queryOptions } from '@tanstack/react-query';
import { anfrage } from '../../api/client';

export type { Rechnungsangaben, RechnungsangabenEingabe as Angaben } from '@hilfewerk/api';

const PFAD = '/api/organisation/rechnungsangaben';

export const rechnungsangabenAbfrage = queryOptions({
  queryKey: ['organisation', 'rechnungsangaben'],
  queryFn: async () => (await anfrage<Rechnungsangaben>(PFAD)).daten,
});

export async function speichereRechnungsangaben(body: RechnungsangabenAenderung): Promise<Rechnungsangaben> {
  return (await anfrage<Rechnungsangaben>(PFAD, { methode: 'PUT', body })).daten;
}
