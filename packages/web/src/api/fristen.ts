/** Deadlines (Fristen) of cases and of the organisation, reminders and the calendar feed. */
import { anfrage } from './client';

export type Friststatus = 'offen' | 'erledigt' | 'ueberfaellig' | 'entfallen';

export interface Frist {
  id: string;
  fallId: string;
  aktenzeichen: string;
  hilfeId: string;
  leistung: string;
  regel: string;
  bezeichnung: string;
  quelle: string | null;
  /** null: "offen ohne Datum" — the event has no date yet. */
  faellig: string | null;
  status: Friststatus;
  /** KIJU: the HPG date became known too late; the deadline does not count as missed. */
  kurzfristig: boolean;
  ereignisId: string | null;
  erledigtAm: string | null;
  erledigtVon: { id: string; name: string } | null;
  nachweis: string | null;
}

export interface MeineFristen {
  heute: string;
  ueberfaellig: Frist[];
  dieseWoche: Frist[];
  naechsteVierWochen: Frist[];
  ohneDatum: Frist[];
}

export interface Zaehler {
  ueberfaellig: number;
  dieseWoche: number;
  offen: number;
}

export interface TeamFristen {
  heute: string;
  mitarbeitende: (Zaehler & { benutzerId: string; name: string; rolle: string })[];
  ohneTeam: Zaehler;
  ueberfaellig: (Frist & { team: string[] })[];
}

export interface Organisationsfrist {
  id: string;
  regel: string;
  bezeichnung: string;
  quelle: string | null;
  faellig: string;
  status: Friststatus;
  erledigtAm: string | null;
  nachweis: string | null;
}

export interface KalenderFristen {
  von: string;
  bis: string;
  fristen: Frist[];
  organisationsfristen: Organisationsfrist[];
}

export interface Erinnerungen {
  erinnerungTage: number;
  ueberfaellig: number;
  bald: number;
  fristen: Frist[];
}

export interface Hilfeendepruefung {
  zulaessig: boolean;
  spaetestesEnde: string | null;
  spaetestesEndeMitBegruendung: string | null;
  meldung: string | null;
  quelle: string | null;
}

export interface Erledigung {
  erledigtAm: string;
  nachweis: string;
}

export const holeMeineFristen = async () => (await anfrage<MeineFristen>('/api/fristen/meine')).daten;
export const holeTeamFristen = async () => (await anfrage<TeamFristen>('/api/fristen/team')).daten;
export const holeErinnerungen = async () => (await anfrage<Erinnerungen>('/api/fristen/erinnerungen')).daten;
export const holeFallFristen = async (fallId: string) =>
  (await anfrage<Frist[]>(`/api/faelle/${encodeURIComponent(fallId)}/fristen`)).daten;
export const holeKalenderFristen = async (von: string, bis: string) =>
  (await anfrage<KalenderFristen>('/api/fristen', { abfrage: { von, bis } })).daten;
export const holeOrganisationsfristen = async () =>
  (await anfrage<Organisationsfrist[]>('/api/organisationsfristen')).daten;

export const holeHilfeende = async (abfrage: {
  leistung: string;
  beginn: string;
  geplantesEnde?: string | null;
  ausnahmeBegruendung?: string | null;
}) => (await anfrage<Hilfeendepruefung>('/api/fristen/hilfeende', { abfrage })).daten;

export const erledigeFrist = async (id: string, e: Erledigung) =>
  (await anfrage<Frist>(`/api/fristen/${encodeURIComponent(id)}/erledigen`, { methode: 'POST', body: e }))
    .daten;

export const erledigeOrganisationsfrist = async (id: string, e: Erledigung) =>
  (
    await anfrage<Organisationsfrist>(`/api/organisationsfristen/${encodeURIComponent(id)}/erledigen`, {
      methode: 'POST',
      body: e,
    })
  ).daten;

export const setzeErinnerungTage = async (erinnerungTage: number) =>
  (
    await anfrage<{ erinnerungTage: number }>('/api/einstellungen/erinnerung', {
      methode: 'PUT',
      body: { erinnerungTage },
    })
  ).daten;

export const holeKalenderAbo = async () =>
  (await anfrage<{ aktiv: boolean; erstelltAm: string | null }>('/api/kalender/token')).daten;
export const erstelleKalenderAbo = async () =>
  (await anfrage<{ url: string; pfad: string }>('/api/kalender/token', { methode: 'POST' })).daten;
export const widerrufeKalenderAbo = async () => {
  await anfrage<void>('/api/kalender/token', { methode: 'DELETE' });
};
