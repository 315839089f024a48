export { berechneEntgelt } from './entgelt.ts';
export type {
  Entgeltergebnis,
  Warnung as Kalkulationswarnung,
  WeiterePerson as WeiterePersonErgebnis,
  Zeile as Kalkulationszeile,
} from './ergebnis.ts';
