/** Requests of the staffing page; shapes as /api/personal and /api/personal/besetzung answer. */
import { queryOptions } from '@tanstack/react-query';
import { anfrage } from '../../api/client';

export interface BesetzungZeile {
  bereich: string;
  text: string;
  soll: number | null;
  ist: number | null;
  erfuellt: boolean;
  quelle: string;
}

export interface Besetzung {
  leistung: string;
  titel: string;
  monat: string;
  faelle: number;
  sollVk: number | null;
  istVk: number;
  schluessel: string | null;
  erfuellt: boolean | null;
  zeilen: BesetzungZeile[];
  hinweise: string[];
}

export interface Mitarbeiter {
  id: string;
  name: string;
  qualifikation: 'sozialpaedagogik' | 'erziehung' | 'semiprofessionell';
  funktion: 'betreuung' | 'leitung';
  berufsjahre: number | null;
  leistung: string;
  vkHeute: number;
  fuehrungszeugnisFaellig: string | null;
  fuehrungszeugnisUeberfaellig: boolean;
}

export const QUALIFIKATION: Record<Mitarbeiter['qualifikation'], string> = {
  sozialpaedagogik: 'Sozialpädagogische Fachkraft',
  erziehung: 'Erzieher/in',
  semiprofessionell: 'Semiprofessionell',
};

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
