export { type EinspielErgebnis, spieleSicherungEin } from './einspielen.ts';
export { erstelleSicherung, type SicherungsErgebnis } from './erstellen.ts';
export { SicherungsFehler, type SicherungsGrund } from './fehler.ts';
export type { Kopf as SicherungsKopf } from './format.ts';
export type { Fortschritt, FortschrittsMeldung } from './fortschritt.ts';
export { pruefeSicherung } from './lesen.ts';
