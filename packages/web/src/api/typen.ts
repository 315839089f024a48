/** Shapes of the Hilfewerk HTTP API as the web application uses them. Dates are ISO strings (YYYY-MM-DD). */

export type OrganisationsArt = 'traeger' | 'jugendamt';

export interface Benutzer {
  id: string;
  email: string;
  name: string;
  rolle: string;
}

export interface Organisation {
  id: string;
  name: string;
  art: OrganisationsArt;
  bundesland: string;
}

export interface Sitzung {
  benutzer: Benutzer;
  organisation: Organisation;
  csrfToken?: string;
  /** Logged in with a one-time password: only the password change is open until it is replaced. */
  passwortAendern?: boolean;
}

export interface Gesundheit {
  status: string;
  datenbank: string;
  demo?: boolean;
}

export interface JugendamtKurz {
  id: string;
  name: string;
}

export interface Jugendamt extends JugendamtKurz {
  bundesland: string;
}

export type FallStatus = 'aktiv' | 'beendet';

export interface FallZeile {
  id: string;
  aktenzeichen: string;
  bezeichnung: string;
  leistung: string | null;
  variante: string | null;
  jugendamt: JugendamtKurz | null;
  status: FallStatus;
  beginn: string | null;
  version: number;
}

export type PersonenRolle = 'junger_mensch' | 'kind' | 'sorgeberechtigt' | 'betreuungsperson' | 'geschwister';

export interface Person {
  id: string;
  rolle: PersonenRolle;
  vorname: string;
  nachname: string;
  geburtsdatum: string | null;
  version: number;
}

export interface Hilfe {
  id: string;
  leistung: string;
  variante: string | null;
  rechtsgrundlage: string;
  jugendamt: JugendamtKurz;
  aktenzeichenJugendamt: string | null;
  beginn: string;
  geplantesEnde: string | null;
  tatsaechlichesEnde: string | null;
  endegrund: string | null;
  ausnahmeBegruendung: string | null;
  version: number;
}

export type EreignisArt =
  | 'hpg_geplant'
  | 'hpg_gehalten'
  | 'krise'
  | 'abstimmungsbedarf'
  | 'bericht_gesendet'
  | 'abschlussgespraech_geplant'
  | 'handlungsplan_gesendet'
  | 'kontakt_sorgeberechtigte'
  | 'sonstiges';

export interface Ereignis {
  id: string;
  hilfeId: string | null;
  art: EreignisArt;
  datum: string;
  bekanntSeit: string | null;
  notiz: string | null;
  /** Who recorded the event; `name` is null when the account is no longer known. */
  erfasstVon: { id: string; name: string | null } | null;
  erfasstAm: string;
  /** Optimistic locking for corrections. */
  version: number;
}

export interface TeamMitglied {
  benutzerId: string;
  name: string;
  rolle: string;
}

export interface Fall {
  id: string;
  aktenzeichen: string;
  bezeichnung: string;
  status: FallStatus;
  version: number;
  personen: Person[];
  hilfen: Hilfe[];
  ereignisse: Ereignis[];
  team: TeamMitglied[];
}

export interface KatalogVariante {
  id: string;
  titel: string;
}

export interface KatalogEintrag {
  id: string;
  titel: string;
  rechtsgrundlage: string[];
  varianten: KatalogVariante[];
}

export interface AuditEintrag {
  id: string;
  zeitpunkt: string;
  benutzer: { id: string; name: string } | null;
  aktion: string;
  ressource: string;
  ressourceId: string | null;
  ip: string | null;
}

export interface Seite<T> {
  eintraege: T[];
  gesamtzahl: number;
}
