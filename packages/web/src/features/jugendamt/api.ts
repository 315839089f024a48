/** Requests between Jugendamt and provider: shapes as /api/traeger, /api/anfragen, /api/berichte, /api/posteingang answer. */
import {
  type ANFRAGE_STATUS as ANFRAGE_STATUS_CODES,
  type Anfrage,
  type BERICHT_ARTEN as BERICHT_ART_CODES,
  BERICHT_ART_TEXT,
  type Bericht,
  type EMPFEHLUNGEN,
  type NeueAnfrage,
  type PosteingangNotiz as Notiz,
  type Traeger,
  type ZusageEingabe,
} from '@hilfewerk/api';
import { queryOptions } from '@tanstack/react-query';
import { anfrage } from '../../api/client';

export type {
  Anfrage,
  Bericht,
  NeueAnfrage,
  PosteingangNotiz as Notiz,
  Traeger,
} from '@hilfewerk/api';
export type Empfehlung = (typeof EMPFEHLUNGEN)[number];
export type AnfrageStatus = (typeof ANFRAGE_STATUS_CODES)[number];
export type BerichtArt = (typeof BERICHT_ART_CODES)[number];

export const ANFRAGE_STATUS: Record<AnfrageStatus, string> = {
  offen: 'offen',
  zugesagt: 'zugesagt',
  abgesagt: 'abgesagt',
  zurueckgezogen: 'zurückgezogen',
};

export const BERICHT_ARTEN: Record<BerichtArt, string> = BERICHT_ART_TEXT;

export const EMPFEHLUNG: Record<Empfehlung, string> = {
  fachkraft: 'Fachkraft',
  semiprofessionell: 'semiprofessionelle Kraft',
};

export const traegerAbfrage = queryOptions({
  queryKey: ['traeger'],
  queryFn: async () => (await anfrage<Traeger[]>('/api/traeger')).daten,
  staleTime: 5 * 60_000,
});

export const anfragenAbfrage = queryOptions({
  queryKey: ['anfragen'],
  queryFn: async () => (await anfrage<Anfrage[]>('/api/anfragen')).daten,
});

export const posteingangAbfrage = queryOptions({
  queryKey: ['posteingang'],
  queryFn: async () => (await anfrage<Notiz[]>('/api/posteingang')).daten,
});

export const berichteAbfrage = (hilfeId: string) =>
  queryOptions({
    queryKey: ['berichte', hilfeId],
    queryFn: async () => (await anfrage<Bericht[]>('/api/berichte', { abfrage: { hilfeId } })).daten,
  });

export const sendeAnfrage = async (a: NeueAnfrage) =>
  (await anfrage<Anfrage>('/api/anfragen', { methode: 'POST', body: a })).daten;
export const sageZu = async (id: string, zusage: ZusageEingabe) =>
  (
    await anfrage<{ fallId: string; hilfeId: string }>(`/api/anfragen/${id}/zusage`, {
      methode: 'POST',
      body: zusage,
    })
  ).daten;
export const sageAb = async (id: string, grund: string) =>
  (await anfrage<Anfrage>(`/api/anfragen/${id}/absage`, { methode: 'POST', body: { grund } })).daten;
export const zieheZurueck = async (id: string) =>
  (await anfrage<Anfrage>(`/api/anfragen/${id}/zurueckziehen`, { methode: 'POST' })).daten;
export const legeBerichtAn = async (hilfeId: string, art: BerichtArt, inhalt: Record<string, string>) =>
  (await anfrage<Bericht>('/api/berichte', { methode: 'POST', body: { hilfeId, art, inhalt } })).daten;
export const aendereBericht = async (id: string, inhalt: Record<string, string>, version: number) =>
  (await anfrage<Bericht>(`/api/berichte/${id}`, { methode: 'PATCH', body: { inhalt, version } })).daten;
export const sendeBericht = async (id: string) =>
  (await anfrage<Bericht>(`/api/berichte/${id}/senden`, { methode: 'POST' })).daten;
export const vermerkeGelesen = async (id: string) =>
  (await anfrage<Notiz>(`/api/posteingang/${id}/gelesen`, { methode: 'POST' })).daten;

export const berichtPdfAdresse = (id: string) => `/api/berichte/${id}/pdf`;

export const holeVorlage = async (hilfeId: string, art: BerichtArt) =>
  (await anfrage<{ inhalt: Record<string, string> }>('/api/berichte/vorlage', { abfrage: { hilfeId, art } }))
    .daten.inhalt;
export const beantworte = async (id: string, text: string) =>
  (await anfrage<Notiz>(`/api/posteingang/${id}/antwort`, { methode: 'POST', body: { text } })).daten;
