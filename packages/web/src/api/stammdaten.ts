import { anfrage } from './client';
import type { Jugendamt, KatalogEintrag, KatalogVariante } from './typen';

export async function holeJugendaemter(): Promise<Jugendamt[]> {
  return (await anfrage<Jugendamt[]>('/api/jugendaemter')).daten;
}

type RohVariante = string | { id: string; titel?: string; name?: string; bezeichnung?: string };
type RohRechtsgrundlage = string | { id?: string; titel?: string; paragraph?: string; text?: string };

interface RohEintrag {
  id: string;
  titel: string;
  rechtsgrundlage?: RohRechtsgrundlage[] | RohRechtsgrundlage;
  varianten?: RohVariante[];
}

// The catalogue may list variants as bare ids or as objects with a title; the UI wants one shape.
function alsVariante(roh: RohVariante): KatalogVariante {
  if (typeof roh === 'string') return { id: roh, titel: lesbareVariante(roh) };
  return { id: roh.id, titel: roh.titel ?? roh.name ?? roh.bezeichnung ?? roh.id };
}

/**
 * The catalogue currently sends bare ids ("eigene-wohnung", "p30-1"); until it sends titles, make
 * them readable: "Eigene Wohnung", "§ 30 Abs. 1".
 */
function lesbareVariante(id: string): string {
  const paragraph = /^p(\d+)(?:-(\d+))?$/.exec(id);
  if (paragraph) return paragraph[2] ? `§ ${paragraph[1]} Abs. ${paragraph[2]}` : `§ ${paragraph[1]}`;
  const text = id.replace(/-/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function alsRechtsgrundlage(roh: RohRechtsgrundlage): string {
  return typeof roh === 'string' ? roh : (roh.titel ?? roh.paragraph ?? roh.text ?? roh.id ?? '');
}

export async function holeKatalog(): Promise<KatalogEintrag[]> {
  const { daten } = await anfrage<RohEintrag[]>('/api/katalog');
  return daten.map((eintrag) => {
    const grundlagen = eintrag.rechtsgrundlage ?? [];
    return {
      id: eintrag.id,
      titel: eintrag.titel,
      rechtsgrundlage: (Array.isArray(grundlagen) ? grundlagen : [grundlagen])
        .map(alsRechtsgrundlage)
        .filter(Boolean),
      varianten: (eintrag.varianten ?? []).map(alsVariante),
    };
  });
}
