import type { Rolle } from '@hilfewerk/db';

export type Ressource =
  | 'fall'
  | 'person'
  | 'hilfe'
  | 'ereignis'
  /** Free text in events: case narrative, hidden from Verwaltung, Administration and the Jugendamt. */
  | 'ereignisNotiz'
  | 'notiz'
  /** Health data and § 8a records (Art. 9 GDPR, §§ 61–68 SGB VIII). */
  | 'notizBesondere'
  | 'team'
  | 'benutzer'
  | 'audit'
  | 'katalog'
  | 'jugendamt';

export type Aktion = 'lesen' | 'anlegen' | 'aendern';

/**
 * Which records of a resource a role reaches (the second axis, beside the permission table):
 * `organisation` every case of the own organisation; `team` cases whose team the user is in;
 * `jugendamt` providers' cases with a Hilfe the user's Jugendamt granted; `keine` no cases.
 */
export type Umfang = 'organisation' | 'team' | 'jugendamt' | 'keine';

const fallLeser = [
  'administration',
  'leitung',
  'fachkraft',
  'semiprofessionell',
  'verwaltung',
  'asd',
  'wjh',
] as const;
const traegerIntern = ['administration', 'leitung', 'fachkraft', 'semiprofessionell', 'verwaltung'] as const;
const fallPflege = ['administration', 'leitung', 'fachkraft'] as const;
const erzaehlung = ['leitung', 'fachkraft', 'semiprofessionell'] as const;
const alle = [
  'administration',
  'leitung',
  'fachkraft',
  'semiprofessionell',
  'verwaltung',
  'iefk',
  'asd',
  'wjh',
  'fachcontrolling',
] as const satisfies readonly Rolle[];

/** resource × action → roles. Anything not listed is refused (403). */
export const BERECHTIGUNGEN: Record<Ressource, Partial<Record<Aktion, readonly Rolle[]>>> = {
  fall: { lesen: fallLeser, anlegen: fallPflege, aendern: fallPflege },
  person: { lesen: fallLeser, anlegen: fallPflege, aendern: fallPflege },
  // Verwaltung records the Bewilligung data it bills against.
  hilfe: { lesen: fallLeser, anlegen: [...fallPflege, 'verwaltung'], aendern: [...fallPflege, 'verwaltung'] },
  ereignis: { lesen: traegerIntern, anlegen: erzaehlung },
  ereignisNotiz: { lesen: erzaehlung },
  notiz: { lesen: erzaehlung, anlegen: erzaehlung },
  notizBesondere: { lesen: ['leitung', 'fachkraft'], anlegen: ['leitung', 'fachkraft'] },
  team: { lesen: traegerIntern, aendern: ['administration', 'leitung'] },
  benutzer: { lesen: ['administration', 'leitung'] },
  audit: { lesen: ['administration', 'leitung'] },
  katalog: { lesen: alle },
  jugendamt: { lesen: alle },
};

/** The record scope per role; rls.sql mirrors it in hw_im_umfang and hw_jugendamt_darf. */
export const UMFANG: Record<Rolle, Umfang> = {
  administration: 'organisation',
  leitung: 'organisation',
  verwaltung: 'organisation',
  fachkraft: 'team',
  semiprofessionell: 'team',
  asd: 'jugendamt',
  wjh: 'jugendamt',
  // § 8a consultation on pseudonymised cases is not built yet: no case access until then.
  iefk: 'keine',
  fachcontrolling: 'keine',
};

export function darf(rolle: Rolle, ressource: Ressource, aktion: Aktion): boolean {
  return BERECHTIGUNGEN[ressource][aktion]?.includes(rolle) ?? false;
}
