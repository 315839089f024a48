import type { Sitzung } from '@hilfewerk/api';

/** Roles with `frist: lesen` and `frist: aendern` (server: access/permissions.ts); the server decides anyway. */
export const siehtFristen = (s: Sitzung) =>
  ['administration', 'leitung', 'fachkraft', 'semiprofessionell'].includes(s.benutzer.rolle);
export const erledigtFristen = (s: Sitzung) =>
  ['leitung', 'fachkraft', 'semiprofessionell'].includes(s.benutzer.rolle);
export const leitetTeam = (s: Sitzung) => ['leitung', 'administration'].includes(s.benutzer.rolle);
/** Fachkräfte start on "Meine Fristen"; everyone else on the case list. */
export const startetMitFristen = (s: Sitzung) =>
  ['fachkraft', 'semiprofessionell'].includes(s.benutzer.rolle);
