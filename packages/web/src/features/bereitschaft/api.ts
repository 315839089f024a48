/** Requests of the on-call rota page; the shapes are the contract's (@hilfewerk/api). */
import type { Dienst, DienstEingabe } from '@hilfewerk/api';
import { queryOptions } from '@tanstack/react-query';
import { anfrage } from '../../api/client';

export type { Dienst } from '@hilfewerk/api';

export const diensteAbfrage = (monat: string) =>
  queryOptions({
    queryKey: ['bereitschaft', monat],
    queryFn: async () => (await anfrage<Dienst[]>(`/api/bereitschaft/${monat}`)).daten,
  });

export async function planeDienst(d: DienstEingabe) {
  return (await anfrage<Dienst>('/api/bereitschaft/dienste', { methode: 'POST', body: d })).daten;
}

export async function entferneDienst(id: string) {
  await anfrage<void>(`/api/bereitschaft/dienste/${id}`, { methode: 'DELETE' });
}
