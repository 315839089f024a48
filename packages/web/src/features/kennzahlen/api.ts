/** The provider's key figures of a span, as GET /api/kennzahlen answers. */
import type { JahresberichtTexte, Kennzahlen } from '@hilfewerk/api';
import { queryOptions } from '@tanstack/react-query';
import { anfrage } from '../../api/client';

export type { Kennzahlen } from '@hilfewerk/api';

/** `zeitraum`: `2026`, `2026-Q3` or `2026-07`. */
export const kennzahlenAbfrage = (zeitraum: string) =>
  queryOptions({
    queryKey: ['kennzahlen', zeitraum],
    queryFn: async () => (await anfrage<Kennzahlen>('/api/kennzahlen', { abfrage: { zeitraum } })).daten,
  });

export type { JahresberichtTexte } from '@hilfewerk/api';
export type TexteWerte = { einleitung: string; entwicklungen: string; ausblick: string };

export const jahresberichtTexteAbfrage = (jahr: number) =>
  queryOptions({
    queryKey: ['kennzahlen', 'bericht-texte', jahr],
    queryFn: async () =>
      (
        await anfrage<JahresberichtTexte>('/api/kennzahlen/bericht/texte', {
          abfrage: { jahr: String(jahr) },
        })
      ).daten,
  });

export const speichereTexte = async (jahr: number, version: number, texte: TexteWerte) =>
  (
    await anfrage<JahresberichtTexte>('/api/kennzahlen/bericht/texte', {
      methode: 'PUT',
      body: { jahr, version, texte },
    })
  ).daten;

export const sendeJahresbericht = async (jahr: number, jugendamtId: string) =>
  (
    await anfrage<JahresberichtTexte>('/api/kennzahlen/bericht/senden', {
      methode: 'POST',
      body: { jahr, jugendamtId },
    })
  ).daten;
