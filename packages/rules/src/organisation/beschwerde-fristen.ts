import { plusTage } from '../datum/tag.ts';

/**
 * The contracts ask for complaint management (LT 11 Nr. 11; the KIJU description: "für Externe,
 * Bewohner und Mitarbeitende") but set no periods. Hilfewerk's decision (docs/beschwerden.md): the
 * complainant hears within 7 days that the complaint arrived and who handles it, and gets an answer
 * within 28 days (four weeks) — long enough to talk to everyone involved, short enough for a young person.
 */
export const BESCHWERDE_BESTAETIGUNG_TAGE = 7;
export const BESCHWERDE_ANTWORT_TAGE = 28;

export interface BeschwerdeFristen {
  bestaetigungFaellig: string;
  antwortFaellig: string;
}

/** Due dates of a complaint received on `eingang` (ISO day), counted in calendar days. */
export function beschwerdeFristen(eingang: string): BeschwerdeFristen {
  return {
    bestaetigungFaellig: plusTage(eingang, BESCHWERDE_BESTAETIGUNG_TAGE),
    antwortFaellig: plusTage(eingang, BESCHWERDE_ANTWORT_TAGE),
  };
}

export const BESCHWERDE_FOLGE = ['eingegangen', 'in_bearbeitung', 'beantwortet', 'abgeschlossen'] as const;
export type BeschwerdeSchritt = (typeof BESCHWERDE_FOLGE)[number];

/** A complaint moves only forward; it may skip a step (a complaint answered on the phone right away). */
export function beschwerdeUebergangErlaubt(von: BeschwerdeSchritt, nach: BeschwerdeSchritt): boolean {
  return BESCHWERDE_FOLGE.indexOf(nach) > BESCHWERDE_FOLGE.indexOf(von);
}
