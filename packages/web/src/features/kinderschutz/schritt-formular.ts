/**
 * One form for every step: all fields of all arts, only those of the chosen art are sent. Keeping them
 * in one object keeps what was typed when the art is switched back and forth, and lets the server's
 * messages (`inhalt.<feld>`) land on their fields.
 */
import type { SchrittArt } from './api';

export interface Werte extends Record<string, unknown> {
  art: SchrittArt | null;
  datum: string | null;
  inhalt: {
    beteiligte: string[];
    einschaetzung: string | null;
    begruendung: string;
    beraterin: string;
    empfehlung: string;
    sorgeberechtigte: boolean;
    kind: boolean;
    ergebnis: string;
    unterbliebenGrund: string;
    vereinbarungen: { was: string; wer: string; bis: string | null }[];
    ueberpruefungAm: string | null;
    gefaehrdung: string;
    bisherigeMassnahmen: string;
    sorgeberechtigteInformiert: boolean;
    ansprechperson: string;
    abschlussErgebnis: string | null;
  };
}

export const LEER: Werte['inhalt'] = {
  beteiligte: [],
  einschaetzung: null,
  begruendung: '',
  beraterin: '',
  empfehlung: '',
  sorgeberechtigte: false,
  kind: false,
  ergebnis: '',
  unterbliebenGrund: '',
  vereinbarungen: [{ was: '', wer: '', bis: null }],
  ueberpruefungAm: null,
  gefaehrdung: '',
  bisherigeMassnahmen: '',
  sorgeberechtigteInformiert: false,
  ansprechperson: '',
  abschlussErgebnis: null,
};

const t = (s: string) => s.trim();
const opt = (s: string) => (s.trim() === '' ? undefined : s.trim());

/** The content the server expects for the chosen art (its field names), from the form's values. */
export function inhaltFuer(art: SchrittArt, i: Werte['inhalt']): Record<string, unknown> {
  switch (art) {
    case 'gefaehrdungseinschaetzung':
      return {
        beteiligte: i.beteiligte.map(t).filter(Boolean),
        einschaetzung: i.einschaetzung,
        begruendung: t(i.begruendung),
      };
    case 'iefk-beratung':
      return { beraterin: t(i.beraterin), empfehlung: t(i.empfehlung) };
    case 'einbeziehung':
      return {
        sorgeberechtigte: i.sorgeberechtigte,
        kind: i.kind,
        ergebnis: opt(i.ergebnis),
        unterbliebenGrund: opt(i.unterbliebenGrund),
      };
    case 'schutzplan':
      return {
        vereinbarungen: i.vereinbarungen.map((v) => ({ was: t(v.was), wer: t(v.wer), bis: v.bis })),
        ueberpruefungAm: i.ueberpruefungAm,
      };
    case 'mitteilung-jugendamt':
      return {
        gefaehrdung: t(i.gefaehrdung),
        bisherigeMassnahmen: t(i.bisherigeMassnahmen),
        begruendung: t(i.begruendung),
        sorgeberechtigteInformiert: i.sorgeberechtigteInformiert,
        ansprechperson: t(i.ansprechperson),
      };
    case 'abschluss':
      return { ergebnis: i.abschlussErgebnis, begruendung: t(i.begruendung) };
  }
}

/**
 * Server field → form field. The closure's `ergebnis` is a choice, the involvement's a text: the form
 * keeps them apart.
 */
export function formularFeld(art: SchrittArt, serverFeld: string): string {
  if (art === 'abschluss' && serverFeld === 'inhalt.ergebnis') return 'inhalt.abschlussErgebnis';
  return serverFeld;
}
