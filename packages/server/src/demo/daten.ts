import { ROLLEN_TEXT } from '@hilfewerk/api';
import type { EREIGNIS_ARTEN, PERSON_ROLLEN, Rolle } from '@hilfewerk/db';

/** The password of every demo account (README, Demo-Zugänge). */
export const DEMO_PASSWORT = 'hilfewerk-demo';

export interface DemoOrganisation {
  schluessel: string;
  art: 'traeger' | 'jugendamt';
  name: string;
  bundesland: string;
  leitwegId?: string;
  /** Public short name: the complaint form is at /beschwerde/<kennung>. */
  kennung: string;
  /** A provider's catalogue Leistungen: what a Jugendamt may ask it for. */
  leistungen?: string[];
}

export const ORGANISATIONEN: DemoOrganisation[] = [
  {
    schluessel: 'kiju',
    art: 'traeger',
    name: 'KIJU Wuppertal',
    bundesland: 'NW',
    kennung: 'kiju-wuppertal',
    leistungen: ['kiju-nachbetreuung'],
  },
  {
    schluessel: 'tbh',
    art: 'traeger',
    name: 'Träger Bremerhaven',
    bundesland: 'HB',
    kennung: 'traeger-bremerhaven',
    leistungen: ['bremerhaven-ambulant', 'lt11-nachbetreuung'],
  },
  {
    schluessel: 'muki',
    art: 'traeger',
    name: 'MuKi Berlin',
    bundesland: 'BE',
    kennung: 'muki-berlin',
    leistungen: ['berlin-d8'],
  },
  {
    schluessel: 'ja-wup',
    art: 'jugendamt',
    name: 'Jugendamt Wuppertal',
    bundesland: 'NW',
    leitwegId: '05124000-00001-55',
    kennung: 'jugendamt-wuppertal',
  },
  {
    schluessel: 'ja-bhv',
    art: 'jugendamt',
    name: 'Jugendamt Bremerhaven (Amt für Jugend, Familie und Frauen)',
    bundesland: 'HB',
    leitwegId: '04011000-12345-03',
    kennung: 'jugendamt-bremerhaven',
  },
  {
    schluessel: 'ja-mitte',
    art: 'jugendamt',
    name: 'Jugendamt Berlin-Mitte',
    bundesland: 'BE',
    leitwegId: '11001000-00002-72',
    kennung: 'jugendamt-berlin-mitte',
  },
];

export interface DemoKonto {
  email: string;
  name: string;
  org: string;
  rolle: Rolle;
}

/** Role names as the start-up message prints them beside the demo logins (the web's words). */
const ROLLE_TEXT = ROLLEN_TEXT;

/** One line per demo account for the start-up message: e-mail, organisation, role. */
export function demoZugaenge(): { email: string; organisation: string; rolle: string }[] {
  return KONTEN.map((k) => ({
    email: k.email,
    organisation: ORGANISATIONEN.find((o) => o.schluessel === k.org)?.name ?? k.org,
    rolle: ROLLE_TEXT[k.rolle],
  }));
}

/** The nine accounts of the contract first, then a few more so every role can be tried. */
export const KONTEN: DemoKonto[] = [
  { email: 'leitung@kiju.demo', name: 'Lea Leitner', org: 'kiju', rolle: 'leitung' },
  { email: 'fachkraft@kiju.demo', name: 'Finn Fachmann', org: 'kiju', rolle: 'fachkraft' },
  { email: 'verwaltung@kiju.demo', name: 'Vera Verwalter', org: 'kiju', rolle: 'verwaltung' },
  { email: 'fachkraft@traeger-bremerhaven.demo', name: 'Frieda Fischer', org: 'tbh', rolle: 'fachkraft' },
  { email: 'leitung@traeger-bremerhaven.demo', name: 'Lars Lotse', org: 'tbh', rolle: 'leitung' },
  { email: 'fachkraft@mukiberlin.demo', name: 'Mira Mertens', org: 'muki', rolle: 'fachkraft' },
  { email: 'asd@jugendamt-bremerhaven.demo', name: 'Anton Seefeld', org: 'ja-bhv', rolle: 'asd' },
  {
    email: 'controlling@jugendamt-bremerhaven.demo',
    name: 'Clara Zahl',
    org: 'ja-bhv',
    rolle: 'fachcontrolling',
  },
  { email: 'admin@kiju.demo', name: 'Adam Admin', org: 'kiju', rolle: 'administration' },
  { email: 'semiprofessionell@kiju.demo', name: 'Sami Helfer', org: 'kiju', rolle: 'semiprofessionell' },
  { email: 'iefk@kiju.demo', name: 'Ines Kinderschutz', org: 'kiju', rolle: 'iefk' },
  { email: 'verwaltung@traeger-bremerhaven.demo', name: 'Volker Beleg', org: 'tbh', rolle: 'verwaltung' },
  { email: 'leitung@mukiberlin.demo', name: 'Marta Lindner', org: 'muki', rolle: 'leitung' },
  { email: 'verwaltung@mukiberlin.demo', name: 'Bernd Buchholz', org: 'muki', rolle: 'verwaltung' },
  { email: 'wjh@jugendamt-bremerhaven.demo', name: 'Wiebke Kasse', org: 'ja-bhv', rolle: 'wjh' },
  { email: 'asd@jugendamt-wuppertal.demo', name: 'Ali Sander', org: 'ja-wup', rolle: 'asd' },
  { email: 'asd@jugendamt-berlin-mitte.demo', name: 'Greta Mitte', org: 'ja-mitte', rolle: 'asd' },
  // Wuppertal's other Jugendamt roles: its WJH receives KIJU's invoices; its Fachcontrolling has no
  // Trägerbudget to control (Wuppertal pays per hour), which is what another Jugendamt's view looks like.
  { email: 'wjh@jugendamt-wuppertal.demo', name: 'Walter Zahlstelle', org: 'ja-wup', rolle: 'wjh' },
  {
    email: 'controlling@jugendamt-wuppertal.demo',
    name: 'Carla Kontor',
    org: 'ja-wup',
    rolle: 'fachcontrolling',
  },
];

export interface DemoFall {
  org: string;
  aktenzeichen: string;
  bezeichnung: string;
  status?: 'aktiv' | 'beendet';
  /** E-mails of the case team. */
  team: string[];
  personen: {
    rolle: (typeof PERSON_ROLLEN)[number];
    vorname: string;
    nachname: string;
    geburtsdatum?: string;
  }[];
  hilfe: {
    leistung: string;
    variante?: string;
    rechtsgrundlage: string;
    jugendamt: string;
    aktenzeichenJugendamt: string;
    beginn: string;
    geplantesEnde?: string;
    tatsaechlichesEnde?: string;
    endegrund?: string;
    beendigung?: 'planmaessig' | 'unplanmaessig';
    ausnahmeBegruendung?: string;
    /** LT 11: where the young person came from (catalogue `anschluss.herkunft`). */
    herkunft?: string;
    herkunftText?: string;
  };
  ereignisse?: {
    art: (typeof EREIGNIS_ARTEN)[number];
    datum: string;
    bekanntSeit?: string;
    notiz?: string;
  }[];
  notizen?: { text: string; besondereKategorie?: boolean }[];
}

const kijuTeam = ['fachkraft@kiju.demo', 'semiprofessionell@kiju.demo'];
const tbhTeam = ['fachkraft@traeger-bremerhaven.demo'];
const mukiTeam = ['fachkraft@mukiberlin.demo'];

/** Fictitious people only. Dates as of November 2026; ladeDemo moves them on to the current month. */
export const FAELLE: DemoFall[] = [
  {
    org: 'kiju',
    aktenzeichen: 'KIJU-2026-001',
    bezeichnung: 'Nachbetreuung eigene Wohnung Elberfeld',
    team: kijuTeam,
    personen: [
      { rolle: 'junger_mensch', vorname: 'Jonas', nachname: 'Beispiel', geburtsdatum: '2009-04-12' },
      { rolle: 'sorgeberechtigt', vorname: 'Sabine', nachname: 'Beispiel', geburtsdatum: '1981-02-03' },
    ],
    hilfe: {
      leistung: 'kiju-nachbetreuung',
      variante: 'eigene-wohnung',
      rechtsgrundlage: '§ 27 i. V. m. § 34 SGB VIII',
      jugendamt: 'ja-wup',
      aktenzeichenJugendamt: 'WUP-51-2026-0142',
      beginn: '2026-08-03',
      geplantesEnde: '2027-01-31',
    },
    ereignisse: [
      { art: 'hpg_geplant', datum: '2026-12-10', bekanntSeit: '2026-10-01' },
      { art: 'kontakt_sorgeberechtigte', datum: '2026-10-28', notiz: 'Telefonat zur Wohnsituation.' },
    ],
    notizen: [
      { text: 'Erstgespräch in der neuen Wohnung, Einkaufsplanung besprochen.' },
      { text: 'Hausärztliche Behandlung wegen Asthma, Medikation läuft.', besondereKategorie: true },
    ],
  },
  {
    org: 'kiju',
    aktenzeichen: 'KIJU-2026-002',
    bezeichnung: 'Rückführung in die Familie Barmen',
    team: kijuTeam,
    personen: [
      { rolle: 'junger_mensch', vorname: 'Lina', nachname: 'Muster', geburtsdatum: '2011-09-30' },
      { rolle: 'sorgeberechtigt', vorname: 'Peter', nachname: 'Muster', geburtsdatum: '1978-06-14' },
      { rolle: 'geschwister', vorname: 'Tom', nachname: 'Muster', geburtsdatum: '2014-01-22' },
    ],
    hilfe: {
      leistung: 'kiju-nachbetreuung',
      variante: 'rueckfuehrung',
      rechtsgrundlage: '§ 27 SGB VIII',
      jugendamt: 'ja-wup',
      aktenzeichenJugendamt: 'WUP-51-2026-0177',
      beginn: '2026-09-14',
      geplantesEnde: '2027-03-13',
    },
    ereignisse: [{ art: 'krise', datum: '2026-11-09', notiz: 'Konflikt mit dem Vater, Klärung vereinbart.' }],
  },
  {
    org: 'kiju',
    aktenzeichen: 'KIJU-2026-003',
    bezeichnung: 'Junge Mutter mit Kind Vohwinkel',
    team: ['fachkraft@kiju.demo'],
    personen: [
      { rolle: 'junger_mensch', vorname: 'Aylin', nachname: 'Probe', geburtsdatum: '2007-12-01' },
      { rolle: 'kind', vorname: 'Mia', nachname: 'Probe', geburtsdatum: '2026-02-17' },
    ],
    hilfe: {
      leistung: 'kiju-nachbetreuung',
      variante: 'junge-muetter',
      rechtsgrundlage: '§ 41 SGB VIII',
      jugendamt: 'ja-wup',
      aktenzeichenJugendamt: 'WUP-51-2026-0203',
      beginn: '2026-06-01',
      geplantesEnde: '2026-11-30',
    },
    ereignisse: [{ art: 'abschlussgespraech_geplant', datum: '2026-11-26' }],
  },
  {
    org: 'kiju',
    aktenzeichen: 'KIJU-2025-014',
    bezeichnung: 'Nachbetreuung abgeschlossen Cronenberg',
    status: 'beendet',
    team: ['semiprofessionell@kiju.demo'],
    personen: [
      { rolle: 'junger_mensch', vorname: 'Kevin', nachname: 'Platzhalter', geburtsdatum: '2006-03-05' },
    ],
    hilfe: {
      leistung: 'kiju-nachbetreuung',
      variante: 'eigene-wohnung',
      rechtsgrundlage: '§ 41 SGB VIII',
      jugendamt: 'ja-wup',
      aktenzeichenJugendamt: 'WUP-51-2025-0930',
      beginn: '2025-10-01',
      geplantesEnde: '2026-03-31',
      tatsaechlichesEnde: '2026-03-31',
      endegrund: 'Ziele erreicht',
      beendigung: 'planmaessig',
    },
  },
  {
    org: 'tbh',
    aktenzeichen: 'TBH-2026-001',
    bezeichnung: 'Erziehungsbeistandschaft Geestemünde',
    team: tbhTeam,
    personen: [
      { rolle: 'junger_mensch', vorname: 'Noah', nachname: 'Seemann', geburtsdatum: '2012-05-20' },
      { rolle: 'sorgeberechtigt', vorname: 'Nina', nachname: 'Seemann', geburtsdatum: '1985-08-08' },
    ],
    hilfe: {
      leistung: 'bremerhaven-ambulant',
      variante: 'p30-1',
      rechtsgrundlage: '§ 30 SGB VIII',
      jugendamt: 'ja-bhv',
      aktenzeichenJugendamt: 'BHV-AfJ-2026-311',
      beginn: '2026-03-02',
      geplantesEnde: '2027-03-01',
    },
    ereignisse: [
      { art: 'handlungsplan_gesendet', datum: '2026-04-10' },
      { art: 'hpg_geplant', datum: '2026-12-15', bekanntSeit: '2026-09-01' },
    ],
  },
  {
    org: 'tbh',
    aktenzeichen: 'TBH-2026-002',
    bezeichnung: 'Sozialpädagogische Familienhilfe Lehe',
    team: tbhTeam,
    personen: [
      { rolle: 'sorgeberechtigt', vorname: 'Jana', nachname: 'Hafen', geburtsdatum: '1990-11-11' },
      { rolle: 'junger_mensch', vorname: 'Emil', nachname: 'Hafen', geburtsdatum: '2016-07-07' },
      { rolle: 'geschwister', vorname: 'Ella', nachname: 'Hafen', geburtsdatum: '2019-02-28' },
    ],
    hilfe: {
      leistung: 'bremerhaven-ambulant',
      variante: 'p31',
      rechtsgrundlage: '§ 31 SGB VIII',
      jugendamt: 'ja-bhv',
      aktenzeichenJugendamt: 'BHV-AfJ-2026-355',
      beginn: '2026-05-04',
      geplantesEnde: '2027-05-03',
    },
    ereignisse: [{ art: 'abstimmungsbedarf', datum: '2026-11-16', notiz: 'Schulwechsel abstimmen.' }],
  },
  {
    org: 'tbh',
    aktenzeichen: 'TBH-2026-003',
    bezeichnung: 'Soziale Gruppenarbeit Leherheide',
    team: ['leitung@traeger-bremerhaven.demo'],
    personen: [{ rolle: 'junger_mensch', vorname: 'Mats', nachname: 'Deich', geburtsdatum: '2013-10-10' }],
    hilfe: {
      leistung: 'bremerhaven-ambulant',
      variante: 'p27-2',
      rechtsgrundlage: '§ 27 Abs. 2 SGB VIII',
      jugendamt: 'ja-bhv',
      aktenzeichenJugendamt: 'BHV-AfJ-2026-402',
      beginn: '2026-07-01',
      geplantesEnde: '2027-06-30',
    },
  },
  {
    org: 'tbh',
    aktenzeichen: 'TBH-2026-004',
    bezeichnung: 'Intensive Einzelbetreuung Mitte',
    team: tbhTeam,
    personen: [{ rolle: 'junger_mensch', vorname: 'Leonie', nachname: 'Kutter', geburtsdatum: '2009-01-15' }],
    hilfe: {
      leistung: 'bremerhaven-ambulant',
      variante: 'p35',
      rechtsgrundlage: '§ 35 SGB VIII',
      jugendamt: 'ja-bhv',
      aktenzeichenJugendamt: 'BHV-AfJ-2026-418',
      beginn: '2026-08-17',
      geplantesEnde: '2027-02-16',
    },
  },
  {
    org: 'tbh',
    aktenzeichen: 'TBH-NB-2026-001',
    bezeichnung: 'Nachbetreuung nach Wohngruppe',
    team: tbhTeam,
    personen: [
      { rolle: 'junger_mensch', vorname: 'Ben', nachname: 'Leuchtturm', geburtsdatum: '2008-06-30' },
    ],
    hilfe: {
      leistung: 'lt11-nachbetreuung',
      rechtsgrundlage: '§ 41 i. V. m. § 27 SGB VIII',
      herkunft: 'heimerziehung',
      jugendamt: 'ja-bhv',
      aktenzeichenJugendamt: 'BHV-AfJ-2026-451',
      beginn: '2026-10-01',
      geplantesEnde: '2026-12-31',
    },
  },
  {
    org: 'tbh',
    aktenzeichen: 'TBH-NB-2026-002',
    bezeichnung: 'Nachbetreuung begründeter Ausnahmefall',
    team: tbhTeam,
    personen: [{ rolle: 'junger_mensch', vorname: 'Sofia', nachname: 'Brise', geburtsdatum: '2007-09-09' }],
    hilfe: {
      leistung: 'lt11-nachbetreuung',
      rechtsgrundlage: '§ 41 SGB VIII',
      herkunft: 'vollzeitpflege',
      jugendamt: 'ja-bhv',
      aktenzeichenJugendamt: 'BHV-AfJ-2026-460',
      beginn: '2026-09-15',
      geplantesEnde: '2027-03-14',
      ausnahmeBegruendung: 'Ausbildungsbeginn und Wohnungswechsel fallen in den Betreuungszeitraum.',
    },
  },
  {
    org: 'tbh',
    aktenzeichen: 'TBH-NB-2026-003',
    bezeichnung: 'Nachbetreuung Wulsdorf',
    team: [],
    personen: [{ rolle: 'junger_mensch', vorname: 'Paul', nachname: 'Mole', geburtsdatum: '2008-02-02' }],
    hilfe: {
      leistung: 'lt11-nachbetreuung',
      rechtsgrundlage: '§ 41 SGB VIII',
      herkunft: 'sonstige-stationaer',
      herkunftText:
        'Jugendwohngemeinschaft mit Verselbständigung (§ 34 i. V. m. § 41 SGB VIII) eines anderen Trägers',
      jugendamt: 'ja-bhv',
      aktenzeichenJugendamt: 'BHV-AfJ-2026-471',
      beginn: '2026-11-02',
      geplantesEnde: '2027-02-01',
    },
  },
  {
    // Ended in 2026: the Jugendamt's key figures show a single discharge as "< 3" (small-count suppression).
    org: 'tbh',
    aktenzeichen: 'TBH-2025-005',
    bezeichnung: 'Sozialpädagogische Familienhilfe Lehe (beendet)',
    status: 'beendet',
    team: [],
    personen: [{ rolle: 'junger_mensch', vorname: 'Ella', nachname: 'Deich', geburtsdatum: '2014-04-14' }],
    hilfe: {
      leistung: 'bremerhaven-ambulant',
      variante: 'p31',
      rechtsgrundlage: '§ 31 SGB VIII',
      jugendamt: 'ja-bhv',
      aktenzeichenJugendamt: 'BHV-AfJ-2025-902',
      beginn: '2025-11-03',
      geplantesEnde: '2026-05-29',
      tatsaechlichesEnde: '2026-05-29',
      endegrund: 'Ziele erreicht',
    },
  },
  {
    org: 'muki',
    aktenzeichen: 'MUKI-2026-001',
    bezeichnung: 'Mutter-Kind-Gruppe Regelleistung',
    team: mukiTeam,
    personen: [
      { rolle: 'junger_mensch', vorname: 'Hanna', nachname: 'Spree', geburtsdatum: '2005-05-05' },
      { rolle: 'kind', vorname: 'Luis', nachname: 'Spree', geburtsdatum: '2025-12-24' },
    ],
    hilfe: {
      leistung: 'berlin-d8',
      variante: 'gruppe-regel',
      rechtsgrundlage: '§ 19 SGB VIII',
      jugendamt: 'ja-mitte',
      aktenzeichenJugendamt: 'MI-Jug-2026-088',
      beginn: '2026-02-01',
      geplantesEnde: '2027-01-31',
    },
    ereignisse: [{ art: 'hpg_gehalten', datum: '2026-08-04' }],
  },
  {
    org: 'muki',
    aktenzeichen: 'MUKI-2026-002',
    bezeichnung: 'Mutter-Kind-Gruppe intensiv',
    team: mukiTeam,
    personen: [
      { rolle: 'junger_mensch', vorname: 'Selin', nachname: 'Tiergarten', geburtsdatum: '2006-07-19' },
      { rolle: 'kind', vorname: 'Yara', nachname: 'Tiergarten', geburtsdatum: '2026-04-02' },
    ],
    hilfe: {
      leistung: 'berlin-d8',
      variante: 'gruppe-intensiv',
      rechtsgrundlage: '§ 19 SGB VIII',
      jugendamt: 'ja-mitte',
      aktenzeichenJugendamt: 'MI-Jug-2026-131',
      beginn: '2026-05-11',
      geplantesEnde: '2027-05-10',
    },
  },
  {
    org: 'muki',
    aktenzeichen: 'MUKI-2026-003',
    bezeichnung: 'Einzelwohnen Regelleistung',
    team: mukiTeam,
    personen: [
      { rolle: 'junger_mensch', vorname: 'Vanessa', nachname: 'Wedding', geburtsdatum: '2004-03-03' },
      { rolle: 'kind', vorname: 'Kian', nachname: 'Wedding', geburtsdatum: '2024-10-10' },
    ],
    hilfe: {
      leistung: 'berlin-d8',
      variante: 'individual-regel',
      rechtsgrundlage: '§ 19 SGB VIII',
      jugendamt: 'ja-mitte',
      aktenzeichenJugendamt: 'MI-Jug-2026-150',
      beginn: '2026-06-15',
      geplantesEnde: '2027-06-14',
    },
  },
];
