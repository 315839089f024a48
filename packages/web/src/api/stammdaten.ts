import type { Jugendamt, KatalogEintrag } from '@hilfewerk/api';
import { anfrage } from './client';

export async function holeJugendaemter(): Promise<Jugendamt[]> {
  return (await anfrage<Jugendamt[]>('/api/jugendaemter')).daten;
}

export async function holeKatalog(): Promise<KatalogEintrag[]> {
  // The API sends each variant with its title: { id: "eigene-wohnung", titel: "Nachbetreuung … eigenen Wohnung" }.
  return (await anfrage<KatalogEintrag[]>('/api/katalog')).daten;
}
