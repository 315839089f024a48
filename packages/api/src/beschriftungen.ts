/**
 * German words for the API's codes, in one place so every screen says the same. Each map is checked
 * with `satisfies Record<Code, string>`: a code without a label does not compile.
 */
import type {
  AbwesenheitArt,
  AuditAktion,
  AuditRessource,
  Beendigung,
  BerichtArt,
  BeschwerdeQuelle,
  BeschwerdeStatus,
  DokumentArtCode,
  EreignisArt,
  FallStatus,
  Friststatus,
  Leistungsart,
  OrganisationsArt,
  PersonalQualifikation,
  PersonenRolle,
  PflichtRhythmus,
  PflichtStatusCode,
  POSTEINGANG_ARTEN,
  Qualifikation,
  Rechnungsstatus,
  Rolle,
  SchulungArt,
  SsoAbweisungsgrund,
  VorkommnisArtCode,
  VorkommnisPflichtCode,
} from './enums.ts';

export const ROLLEN_TEXT = {
  administration: 'Administration',
  leitung: 'Leitung',
  fachkraft: 'Fachkraft',
  semiprofessionell: 'Semiprofessionelle Kraft',
  verwaltung: 'Verwaltung',
  iefk: 'Insoweit erfahrene Fachkraft',
  asd: 'ASD-Fachkraft',
  wjh: 'Wirtschaftliche Jugendhilfe',
  fachcontrolling: 'Fachcontrolling',
} as const satisfies Record<Rolle, string>;

export const ORGANISATIONS_ARTEN_TEXT = {
  traeger: 'Träger',
  jugendamt: 'Jugendamt',
} as const satisfies Record<OrganisationsArt, string>;

export const PERSON_ROLLEN_TEXT = {
  junger_mensch: 'Junger Mensch',
  kind: 'Kind (lebt mit dem Elternteil in der Wohnform)',
  weitere_person: 'Weitere Person, die für das Kind sorgt (mit Zustimmung)',
  sorgeberechtigt: 'Sorgeberechtigte Person',
  betreuungsperson: 'Betreuungsperson',
  geschwister: 'Geschwister',
} as const satisfies Record<PersonenRolle, string>;

export const EREIGNIS_ARTEN_TEXT = {
  hpg_geplant: 'Hilfeplangespräch geplant',
  hpg_gehalten: 'Hilfeplangespräch gehalten',
  krise: 'Krise',
  abstimmungsbedarf: 'Abstimmungsbedarf',
  bericht_gesendet: 'Bericht gesendet',
  abschlussgespraech_geplant: 'Abschlussgespräch geplant',
  handlungsplan_gesendet: 'Handlungsplan gesendet',
  kontakt_sorgeberechtigte: 'Kontakt mit Sorgeberechtigten',
  sonstiges: 'Sonstiges',
} as const satisfies Record<EreignisArt, string>;

export const FALL_STATUS_TEXT = {
  aktiv: 'Aktiv',
  beendet: 'Beendet',
} as const satisfies Record<FallStatus, string>;

export const FRIST_STATUS_TEXT = {
  offen: 'offen',
  erledigt: 'erledigt',
  ueberfaellig: 'überfällig',
  entfallen: 'entfallen',
} as const satisfies Record<Friststatus, string>;

export const LEISTUNGS_ARTEN_TEXT = {
  direkt: 'Direkt am Klient',
  indirekt: 'Indirekt (Vor-/Nachbereitung)',
  falluebergreifend: 'Gruppenangebot',
  fallunspezifisch: 'Fallunspezifisch',
  netzwerkarbeit: 'Netzwerkarbeit',
  fahrzeit: 'Fahrzeit',
} as const satisfies Record<Leistungsart, string>;

export const QUALIFIKATIONEN_TEXT = {
  fachkraft: 'Fachkraft',
  semiprofessionell: 'Semiprofessionelle Kraft',
} as const satisfies Record<Qualifikation, string>;

export const RECHNUNGS_STATUS_TEXT = {
  erstellt: 'erstellt',
  versendet: 'versendet',
  bezahlt: 'bezahlt',
  storniert: 'storniert',
} as const satisfies Record<Rechnungsstatus, string>;

export const AUDIT_AKTIONEN_TEXT = {
  anmelden: 'Anmeldung',
  abmelden: 'Abmeldung',
  lesen: 'Gelesen',
  anlegen: 'Angelegt',
  aendern: 'Geändert',
  loeschen: 'Gelöscht',
  hinzufuegen: 'Hinzugefügt',
  entfernen: 'Entfernt',
  erledigen: 'Erledigt',
  ueberallAbmelden: 'Überall abgemeldet',
  deaktivieren: 'Deaktiviert',
  reaktivieren: 'Reaktiviert',
  passwortZuruecksetzen: 'Passwort zurückgesetzt',
  entsperren: 'Sperre aufgehoben',
  suchen: 'Gesucht',
  exportieren: 'Heruntergeladen',
  zurueckziehen: 'Zurückgezogen',
  absagen: 'Abgesagt',
  zusagen: 'Zugesagt',
  senden: 'Gesendet',
  gelesen: 'Als gelesen markiert',
  beantworten: 'Beantwortet',
  verweigern: 'Zugriff verweigert',
  anmeldenFehlgeschlagen: 'Anmeldung fehlgeschlagen',
  anonymisieren: 'Anonymisiert',
  aufheben: 'Aufgehoben',
  ssoAnmelden: 'Anmeldung mit Single Sign-on',
  ssoAbgewiesen: 'Single Sign-on abgewiesen',
} as const satisfies Record<AuditAktion, string>;

export const AUDIT_RESSOURCEN_TEXT = {
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
  kalkulation: 'Kalkulation',
  leistungseintrag: 'Leistungseintrag',
  budgetvereinbarung: 'Trägerbudget-Vereinbarung',
  monatsabschluss: 'Monatsabschluss',
  gutschrift: 'Gutschrift',
  rechnung: 'Rechnung',
  rechnungsangaben: 'Rechnungsangaben',
  kinderschutzverfahren: 'Kinderschutzverfahren (§ 8a)',
  kinderschutzschritt: 'Schritt im Kinderschutzverfahren',
  kinderschutzVignette: 'Fallvignette (§ 8a, pseudonymisiert)',
  benutzer: 'Benutzerkonto',
  passwort: 'Eigenes Passwort',
  organisation: 'Organisation',
  auskunft: 'Auskunft (Art. 15 DSGVO)',
  datev: 'DATEV-Export',
  anfrage: 'Anfrage des Jugendamts',
  bericht: 'Bericht an das Jugendamt',
  posteingang: 'Posteingang',
  hilfeplanTermin: 'Hilfeplangespräch',
  hilfeplanZiel: 'Hilfeplanziel',
  beschwerde: 'Beschwerde',
  mitarbeiter: 'Personal',
  bereitschaft: 'Bereitschaftsdienst',
  vorkommnis: 'Besonderes Vorkommnis',
  vorkommnisPflicht: 'Pflicht aus einem Vorkommnis',
  mitarbeiterSchulung: 'Schulung',
  zugriff: 'Zugriff auf Sozialdaten',
  loeschsperre: 'Löschsperre',
  jahresbericht: 'Jahresbericht',
  aufbewahrung: 'Aufbewahrung (Löschung/Anonymisierung)',
  protokoll: 'Protokoll',
  abwesenheit: 'Abwesenheit',
  dokument: 'Dokument der Fallakte',
  eigenePflicht: 'Eigene Pflicht der Leitung',
  leistungsangebot: 'Angebotene Leistungen',
} as const satisfies Record<AuditRessource, string>;

export const BESCHWERDE_STATUS_TEXT = {
  eingegangen: 'Eingegangen',
  in_bearbeitung: 'In Bearbeitung',
  beantwortet: 'Beantwortet',
  abgeschlossen: 'Abgeschlossen',
} as const satisfies Record<BeschwerdeStatus, string>;

export const BESCHWERDE_QUELLEN_TEXT = {
  oeffentlich: 'Formular',
  extern: 'Extern',
  adressat: 'Adressat/in',
  mitarbeitende: 'Mitarbeitende',
} as const satisfies Record<BeschwerdeQuelle, string>;

export const PERSONAL_QUALIFIKATIONEN_TEXT = {
  sozialpaedagogik: 'Sozialpädagogische Fachkraft',
  erziehung: 'Erzieher/in',
  semiprofessionell: 'Semiprofessionell',
} as const satisfies Record<PersonalQualifikation, string>;

export const ABWESENHEIT_ARTEN_TEXT = {
  urlaub: 'Urlaub',
  krankheit: 'Krankheit',
} as const satisfies Record<AbwesenheitArt, string>;

/** The kinds of report to the Jugendamt, as titled on screen, in the PDF and in the Posteingang. */
export const BERICHT_ART_TEXT = {
  handlungsplan: 'Handlungsplan',
  entwicklungsbericht: 'Entwicklungsbericht',
  'bericht-vor-hpg': 'Bericht vor dem Hilfeplangespräch',
  abschlussbericht: 'Abschlussbericht',
} as const satisfies Record<BerichtArt, string>;

/** The kinds of notice in the Jugendamt's Posteingang, as the ASD reads them. */
export const POSTEINGANG_ART_TEXT = {
  bericht: 'Bericht',
  kinderschutz: 'Kinderschutz (§ 8a)',
  mitteilung: 'Mitteilung',
  jahresbericht: 'Jahresbericht',
  veraenderung: 'Mitteilung: wesentliche Veränderung',
  gruppenangebot: 'Gruppenangebot',
} as const satisfies Record<(typeof POSTEINGANG_ARTEN)[number], string>;

export const VORKOMMNIS_ARTEN_TEXT = {
  krise: 'Krise',
  erkrankung: 'Besondere Erkrankung',
  krankenhaus: 'Krankenhausaufenthalt',
  verletzung: 'Schwere Verletzung oder Unfall',
  gewalt: 'Gewalt oder Übergriff (auch Verdacht)',
  selbstgefaehrdung: 'Selbstgefährdung oder Suizidversuch',
  entweichung: 'Entweichung, vermisst',
  polizei: 'Polizeieinsatz oder Straftat',
  todesfall: 'Todesfall',
  sonstiges: 'Sonstiges Vorkommnis',
} as const satisfies Record<VorkommnisArtCode, string>;

export const VORKOMMNIS_PFLICHTEN_TEXT = {
  jugendamt: 'Kontakt zum Jugendamt',
  sorgeberechtigte: 'Information der Sorgeberechtigten',
  aufsicht: 'Meldung an die Aufsichtsbehörde (§ 47 SGB VIII)',
} as const satisfies Record<VorkommnisPflichtCode, string>;

export const PFLICHT_STATUS_TEXT = {
  offen: 'fällig',
  ueberfaellig: 'überfällig',
  erledigt: 'erledigt',
  unterblieben: 'unterblieben (mit Grund)',
} as const satisfies Record<PflichtStatusCode, string>;

export const SCHULUNG_ARTEN_TEXT = {
  'kinderschutz-8a': 'Kinderschutz (§ 8a SGB VIII)',
  sonstige: 'Sonstige Schulung',
} as const satisfies Record<SchulungArt, string>;
/** Why a single sign-on was refused, as the refusal page says it (the audit log shows the same words). */
export const SSO_ABWEISUNGSGRUENDE_TEXT = {
  'konto-unbekannt':
    'Für diese E-Mail-Adresse gibt es in Ihrer Organisation kein Hilfewerk-Konto. Bitten Sie Ihre Administration, eines anzulegen.',
  'konto-deaktiviert': 'Ihr Hilfewerk-Konto ist deaktiviert. Bitte wenden Sie sich an Ihre Administration.',
  'email-unbestaetigt':
    'Der Anmeldedienst hat Ihre E-Mail-Adresse nicht als bestätigt gemeldet. Bitte wenden Sie sich an Ihre IT.',
  'rolle-fehlt':
    'Der Anmeldedienst hat Ihnen keine Hilfewerk-Rolle zugewiesen. Bitte wenden Sie sich an Ihre IT.',
  'rolle-mehrdeutig':
    'Der Anmeldedienst hat Ihnen mehrere Hilfewerk-Rollen zugewiesen; ein Konto hat genau eine. Bitte wenden Sie sich an Ihre IT.',
  'rolle-unpassend':
    'Die vom Anmeldedienst zugewiesene Rolle gibt es in Ihrer Art von Organisation nicht. Bitte wenden Sie sich an Ihre IT.',
} as const satisfies Record<SsoAbweisungsgrund, string>;
export const BEENDIGUNG_TEXT = {
  planmaessig: 'planmäßig',
  unplanmaessig: 'unplanmäßig',
} as const satisfies Record<Beendigung, string>;

export const DOKUMENT_ARTEN_TEXT = {
  hilfeplan: 'Hilfeplan',
  bescheid: 'Bescheid',
  bericht: 'Bericht',
  sonstiges: 'Sonstiges',
} as const satisfies Record<DokumentArtCode, string>;

export const PFLICHT_RHYTHMUS_TEXT = {
  monatlich: 'monatlich',
  vierteljaehrlich: 'vierteljährlich',
  halbjaehrlich: 'halbjährlich',
  jaehrlich: 'jährlich',
  wochen: 'alle … Wochen',
} as const satisfies Record<PflichtRhythmus, string>;
