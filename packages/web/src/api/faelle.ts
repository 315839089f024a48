import { anfrage } from './client';
import type {
  Ereignis,
  EreignisArt,
  Fall,
  FallStatus,
  FallZeile,
  Hilfe,
  Person,
  PersonenRolle,
  Seite,
  Zusatzleistung,
} from './typen';

export interface FallFilter {
  suche?: string;
  leistung?: string;
  jugendamt?: string;
  status?: FallStatus;
  seite?: number;
  proSeite?: number;
}

export async function holeFaelle(filter: FallFilter): Promise<Seite<FallZeile>> {
  const { daten, headers } = await anfrage<FallZeile[]>('/api/faelle', { abfrage: { ...filter } });
  const gesamt = headers.get('x-gesamtzahl');
  return { eintraege: daten, gesamtzahl: gesamt === null ? daten.length : Number(gesamt) };
}

export async function holeFall(id: string): Promise<Fall> {
  return (await anfrage<Fall>(`/api/faelle/${encodeURIComponent(id)}`)).daten;
}

export interface NeuePerson {
  rolle: PersonenRolle;
  vorname: string;
  nachname: string;
  geburtsdatum?: string | null;
  zustimmungVon?: string | null;
  zustimmungAm?: string | null;
}

export interface NeuerFall {
  aktenzeichen: string;
  bezeichnung: string;
  personen?: NeuePerson[];
}

export async function legeFallAn(fall: NeuerFall): Promise<FallZeile> {
  return (await anfrage<FallZeile>('/api/faelle', { methode: 'POST', body: fall })).daten;
}

export interface FallAenderung {
  version: number;
  aktenzeichen?: string;
  bezeichnung?: string;
  status?: FallStatus;
}

export async function aendereFall(id: string, aenderung: FallAenderung): Promise<Fall> {
  return (await anfrage<Fall>(`/api/faelle/${encodeURIComponent(id)}`, { methode: 'PATCH', body: aenderung }))
    .daten;
}

export async function legePersonAn(fallId: string, person: NeuePerson): Promise<Person> {
  return (
    await anfrage<Person>(`/api/faelle/${encodeURIComponent(fallId)}/personen`, {
      methode: 'POST',
      body: person,
    })
  ).daten;
}

export async function aenderePerson(
  fallId: string,
  personId: string,
  aenderung: NeuePerson & { version: number },
): Promise<Person> {
  const pfad = `/api/faelle/${encodeURIComponent(fallId)}/personen/${encodeURIComponent(personId)}`;
  return (await anfrage<Person>(pfad, { methode: 'PATCH', body: aenderung })).daten;
}

export interface HilfeEingabe {
  leistung: string;
  variante?: string | null;
  rechtsgrundlage: string;
  jugendamtId: string;
  aktenzeichenJugendamt?: string | null;
  beginn: string;
  geplantesEnde?: string | null;
  tatsaechlichesEnde?: string | null;
  endegrund?: string | null;
  ausnahmeBegruendung?: string | null;
  vorgaengerHilfeId?: string | null;
  herkunft?: string | null;
  herkunftText?: string | null;
  zusatzleistungen?: Zusatzleistung[];
  berichtsintervallMonate?: number | null;
}

export async function legeHilfeAn(fallId: string, hilfe: HilfeEingabe): Promise<Hilfe> {
  return (
    await anfrage<Hilfe>(`/api/faelle/${encodeURIComponent(fallId)}/hilfen`, { methode: 'POST', body: hilfe })
  ).daten;
}

export async function aendereHilfe(
  fallId: string,
  hilfeId: string,
  aenderung: Partial<HilfeEingabe> & { version: number },
): Promise<Hilfe> {
  const pfad = `/api/faelle/${encodeURIComponent(fallId)}/hilfen/${encodeURIComponent(hilfeId)}`;
  return (await anfrage<Hilfe>(pfad, { methode: 'PATCH', body: aenderung })).daten;
}

export interface NeuesEreignis {
  art: EreignisArt;
  datum: string;
  hilfeId?: string | null;
  bekanntSeit?: string | null;
  notiz?: string | null;
}

export async function erfasseEreignis(fallId: string, ereignis: NeuesEreignis): Promise<Ereignis> {
  const pfad = `/api/faelle/${encodeURIComponent(fallId)}/ereignisse`;
  return (await anfrage<Ereignis>(pfad, { methode: 'POST', body: ereignis })).daten;
}
