/** Requests of the staffing page; the shapes are the contract's (@hilfewerk/api). */
import {
  type Abwesenheit,
  type AbwesenheitEingabe,
  type Besetzung,
  type BesetzungJahr,
  type Mitarbeiter,
  type MitarbeiterAenderung,
  type MitarbeiterEingabe,
  PERSONAL_QUALIFIKATIONEN_TEXT,
  type VkEingabe,
} from '@hilfewerk/api';
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

export async function nimmPersonAuf(e: MitarbeiterEingabe) {
  return (await anfrage<Mitarbeiter>('/api/personal', { methode: 'POST', body: e })).daten;
}

export async function aenderePerson(id: string, e: MitarbeiterAenderung) {
  return (await anfrage<Mitarbeiter>(`/api/personal/${id}`, { methode: 'PATCH', body: e })).daten;
}

export async function setzeVk(id: string, e: VkEingabe) {
  return (await anfrage<Mitarbeiter>(`/api/personal/${id}/vk`, { methode: 'POST', body: e })).daten;
}

export const abwesenheitenAbfrage = queryOptions({
  queryKey: ['personal', 'abwesenheiten'],
  queryFn: async () => (await anfrage<Abwesenheit[]>('/api/personal/abwesenheiten')).daten,
});

export async function trageAbwesenheitEin(mitarbeiterId: string, e: AbwesenheitEingabe) {
  return (
    await anfrage<Abwesenheit>(`/api/personal/${mitarbeiterId}/abwesenheiten`, { methode: 'POST', body: e })
  ).daten;
}

export async function entferneAbwesenheit(id: string) {
  await anfrage<void>(`/api/personal/abwesenheiten/${id}`, { methode: 'DELETE' });
}

export const besetzungJahrAbfrage = (jahr: number) =>
  queryOptions({
    queryKey: ['besetzung', 'jahr', jahr],
    queryFn: async () =>
      (await anfrage<BesetzungJahr[]>('/api/personal/besetzung/jahr', { abfrage: { jahr } })).daten,
  });
