import type {
  Ereignis,
  Fall,
  FallAenderung,
  FallFilter,
  FallZeile,
  Hilfe,
  HilfeAenderung,
  HilfeEingabe,
  NeuePerson,
  NeuerFall,
  NeuesEreignis,
  Person,
  PersonAenderung,
} from '@hilfewerk/api';
import { anfrage, type Seite } from './client';

export async function holeFaelle(filter: FallFilter): Promise<Seite<FallZeile>> {
  const { daten, headers } = await anfrage<FallZeile[]>('/api/faelle', { abfrage: { ...filter } });
  const gesamt = headers.get('x-gesamtzahl');
  return { eintraege: daten, gesamtzahl: gesamt === null ? daten.length : Number(gesamt) };
}

export async function holeFall(id: string): Promise<Fall> {
  return (await anfrage<Fall>(`/api/faelle/${encodeURIComponent(id)}`)).daten;
}

/** The server answers with the new case file (not a list row). */
export async function legeFallAn(fall: NeuerFall): Promise<Fall> {
  return (await anfrage<Fall>('/api/faelle', { methode: 'POST', body: fall })).daten;
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
  aenderung: PersonAenderung,
): Promise<Person> {
  const pfad = `/api/faelle/${encodeURIComponent(fallId)}/personen/${encodeURIComponent(personId)}`;
  return (await anfrage<Person>(pfad, { methode: 'PATCH', body: aenderung })).daten;
}

export async function legeHilfeAn(fallId: string, hilfe: HilfeEingabe): Promise<Hilfe> {
  return (
    await anfrage<Hilfe>(`/api/faelle/${encodeURIComponent(fallId)}/hilfen`, { methode: 'POST', body: hilfe })
  ).daten;
}

export async function aendereHilfe(
  fallId: string,
  hilfeId: string,
  aenderung: HilfeAenderung,
): Promise<Hilfe> {
  const pfad = `/api/faelle/${encodeURIComponent(fallId)}/hilfen/${encodeURIComponent(hilfeId)}`;
  return (await anfrage<Hilfe>(pfad, { methode: 'PATCH', body: aenderung })).daten;
}

export async function erfasseEreignis(fallId: string, ereignis: NeuesEreignis): Promise<Ereignis> {
  const pfad = `/api/faelle/${encodeURIComponent(fallId)}/ereignisse`;
  return (await anfrage<Ereignis>(pfad, { methode: 'POST', body: ereignis })).daten;
}
