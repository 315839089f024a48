/** Deadlines (Fristen) of cases and of the organisation, reminders and the calendar feed. */
import type {
  EigenePflicht,
  EigenePflichtAenderung,
  Erinnerungen,
  Erledigung,
  Frist,
  Hilfeendepruefung,
  KalenderFristen,
  MeineFristen,
  NeueEigenePflicht,
  Organisationsfrist,
  TeamFristen,
} from '@hilfewerk/api';
import { anfrage, sendeFormular } from './client';

export type { EigenePflicht, Frist, Friststatus, Organisationsfrist } from '@hilfewerk/api';

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

/** Marks an organisation deadline met with its report attached (text fields first, then the file). */
export function erledigeOrganisationsfristMitBericht(
  id: string,
  e: { erledigtAm: string; nachweis: string },
  datei: File,
) {
  const formular = new FormData();
  formular.append('erledigtAm', e.erledigtAm);
  if (e.nachweis) formular.append('nachweis', e.nachweis);
  formular.append('datei', datei, datei.name);
  return sendeFormular<Organisationsfrist>(
    `/api/organisationsfristen/${encodeURIComponent(id)}/bericht`,
    formular,
  );
}

export const holeEigenePflichten = async () =>
  (await anfrage<EigenePflicht[]>('/api/eigene-pflichten')).daten;
export const legeEigenePflichtAn = async (e: NeueEigenePflicht) =>
  (await anfrage<EigenePflicht>('/api/eigene-pflichten', { methode: 'POST', body: e })).daten;
export const aendereEigenePflicht = async (id: string, e: EigenePflichtAenderung) =>
  (
    await anfrage<EigenePflicht>(`/api/eigene-pflichten/${encodeURIComponent(id)}`, {
      methode: 'PUT',
      body: e,
    })
  ).daten;
export const beendeEigenePflicht = async (id: string, version: number) =>
  (
    await anfrage<EigenePflicht>(`/api/eigene-pflichten/${encodeURIComponent(id)}/beenden`, {
      methode: 'POST',
      body: { version },
    })
  ).daten;
