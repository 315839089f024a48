/** Requests of the § 8a procedure; shapes as /api/kinderschutz answers. */

import type {
  SchrittEingabe,
  SchrittErgebnis,
  Verfahren,
  VerfahrenKurz,
  VerfahrenStart,
  Vignette,
  VignetteKurz,
} from '@hilfewerk/api';
import { queryOptions } from '@tanstack/react-query';
import { anfrage } from '../../api/client';

export type { Verfahren, VerfahrenKurz, Vignette, VignetteKurz, Zustellung } from '@hilfewerk/api';

export type { SchrittArt } from '@hilfewerk/rules/kinderschutz';
export { SCHRITT_TITEL } from '@hilfewerk/rules/kinderschutz';

export const verfahrenListeAbfrage = queryOptions({
  queryKey: ['kinderschutz'],
  queryFn: async () => (await anfrage<VerfahrenKurz[]>('/api/kinderschutz')).daten,
});

export const verfahrenAbfrage = (id: string) =>
  queryOptions({
    queryKey: ['kinderschutz', id],
    queryFn: async () => (await anfrage<Verfahren>(`/api/kinderschutz/${id}`)).daten,
  });

export const vignettenAbfrage = queryOptions({
  queryKey: ['kinderschutz', 'vignetten'],
  queryFn: async () => (await anfrage<VignetteKurz[]>('/api/kinderschutz/vignetten')).daten,
});

export const vignetteAbfrage = (id: string) =>
  queryOptions({
    queryKey: ['kinderschutz', id, 'vignette'],
    queryFn: async () => (await anfrage<Vignette>(`/api/kinderschutz/${id}/vignette`)).daten,
  });

export async function starteVerfahren(body: VerfahrenStart) {
  return (await anfrage<{ id: string }>('/api/kinderschutz', { methode: 'POST', body })).daten;
}

export async function erfasseSchritt(id: string, body: SchrittEingabe) {
  return (await anfrage<SchrittErgebnis>(`/api/kinderschutz/${id}/schritte`, { methode: 'POST', body }))
    .daten;
}

export const EINSCHAETZUNGEN: Record<string, string> = {
  'keine-gefaehrdung': 'Keine Gefährdung',
  'gefaehrdung-nicht-auszuschliessen': 'Gefährdung nicht auszuschließen',
  gefaehrdung: 'Gefährdung',
  'akute-gefaehrdung': 'Akute Gefährdung',
};

export const ERGEBNISSE: Record<string, string> = {
  'gefaehrdung-abgewendet': 'Gefährdung abgewendet',
  'keine-gefaehrdung': 'Keine Gefährdung',
  'an-jugendamt-uebergeben': 'An das Jugendamt übergeben',
};
