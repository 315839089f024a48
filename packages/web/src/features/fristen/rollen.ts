import { darf, type Sitzung, UMFANG } from '@hilfewerk/api';

/** Case deadlines are read by the roles with `frist: lesen`; the server decides anyway. */
export const siehtFristen = (s: Sitzung) => darf(s.benutzer.rolle, 'frist', 'lesen');
export const erledigtFristen = (s: Sitzung) => darf(s.benutzer.rolle, 'frist', 'aendern');
/** The team overview needs the whole organisation in view (the server answers 403 otherwise). */
export const leitetTeam = (s: Sitzung) => siehtFristen(s) && UMFANG[s.benutzer.rolle] === 'organisation';
/** Who works in case teams starts on "Meine Fristen". */
export const startetMitFristen = (s: Sitzung) => siehtFristen(s) && UMFANG[s.benutzer.rolle] === 'team';
