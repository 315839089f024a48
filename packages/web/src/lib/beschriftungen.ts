/** German words for the API's codes, in one place so every screen says the same. */
import type { EreignisArt, FallStatus, PersonenRolle } from '../api/typen';

export const personenRollen: Record<PersonenRolle, string> = {
  junger_mensch: 'Junger Mensch',
  kind: 'Kind (lebt mit dem Elternteil in der Wohnform)',
  sorgeberechtigt: 'Sorgeberechtigte Person',
  betreuungsperson: 'Betreuungsperson',
  geschwister: 'Geschwister',
};

export const ereignisArten: Record<EreignisArt, string> = {
  hpg_geplant: 'Hilfeplangespräch geplant',
  hpg_gehalten: 'Hilfeplangespräch gehalten',
  krise: 'Krise',
  abstimmungsbedarf: 'Abstimmungsbedarf',
  bericht_gesendet: 'Bericht gesendet',
  abschlussgespraech_geplant: 'Abschlussgespräch geplant',
  handlungsplan_gesendet: 'Handlungsplan gesendet',
  kontakt_sorgeberechtigte: 'Kontakt mit Sorgeberechtigten',
  sonstiges: 'Sonstiges',
};

export const fallStatus: Record<FallStatus, string> = {
  aktiv: 'Aktiv',
  beendet: 'Beendet',
};

const benutzerRollen: Record<string, string> = {
  administration: 'Administration',
  leitung: 'Leitung',
  fachkraft: 'Fachkraft',
  semiprofessionell: 'Semiprofessionelle Kraft',
  verwaltung: 'Verwaltung',
  iefk: 'Insoweit erfahrene Fachkraft',
  asd: 'ASD-Fachkraft',
  wjh: 'Wirtschaftliche Jugendhilfe',
  fachcontrolling: 'Fachcontrolling',
};

export const auditAktionen: Record<string, string> = {
  anmelden: 'Anmeldung',
  abmelden: 'Abmeldung',
  lesen: 'Gelesen',
  anlegen: 'Angelegt',
  aendern: 'Geändert',
  hinzufuegen: 'Hinzugefügt',
  entfernen: 'Entfernt',
  erledigen: 'Erledigt',
};

export const auditRessourcen: Record<string, string> = {
  fall: 'Fall',
  person: 'Person',
  hilfe: 'Hilfe',
  ereignis: 'Ereignis',
  notiz: 'Notiz',
  team: 'Fallteam',
  sitzung: 'Sitzung',
  frist: 'Frist',
  organisationsfrist: 'Frist des Trägers',
  kalenderAbo: 'Kalender-Abonnement',
  einstellung: 'Einstellung',
  beschwerde: 'Beschwerde',
  mitarbeiter: 'Personal',
  bereitschaft: 'Bereitschaftsdienst',
};

export function benutzerRolle(rolle: string): string {
  return benutzerRollen[rolle] ?? rolle;
}

/** Turns a map of codes into options for Mantine selects. */
export function alsOptionen<T extends string>(
  beschriftungen: Record<T, string>,
): { value: T; label: string }[] {
  return (Object.entries(beschriftungen) as [T, string][]).map(([value, label]) => ({ value, label }));
}
