/** Requests of the on-call rota page; shapes as /api/bereitschaft answers. */
import { queryOptions } from '@tanstack/react-query';
import { anfrage } from '../../api/client';

export interface Dienst {
  id: string;
  mitarbeiterId: string;
  name: string;
  von: string;
  bis: string;
  telefon: string;
}

export const diensteAbfrage = (monat: string) =>
  queryOptions({
    queryKey: ['bereitschaft', monat],
    queryFn: async () => (await anfrage<Dienst[]>(`/api/bereitschaft/${monat}`)).daten,
  });

export async function planeDienst(d: { mitarbeiterId: string; von: string; bis: string; telefon: string }) {
  return (await anfrage<Dienst>('/api/bereitschaft/dienste', { methode: 'POST', body: d })).daten;
}

export async function entferneDienst(id: string) {
  await anfrage<void>(`/api/bereitschaft/dienste/${id}`, { methode: 'DELETE' });
}
