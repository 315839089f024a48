/**
 * The permission table: which role may do what with which resource, and which records it reaches.
 * The server enforces it (requireAccess); the web asks the same `darf()` to show only what works.
 */
import { ROLLEN, type Rolle } from './enums.ts';

export const RESSOURCEN = [
  'fall',
  'person',
  'hilfe',
  'ereignis',
  'ereignisNotiz',
  'notiz',
  'notizBesondere',
  'team',
  'benutzer',
  'eigenesKonto',
  'auskunft',
  'audit',
  'katalog',
  'jugendamt',
  'kalkulation',
  'frist',
  'organisationsfrist',
  'leistungseintrag',
  'monatsabschluss',
  'rechnung',
  'budget',
  'stundencontrolling',
  'rechnungsangaben',
  'kinderschutz',
  'kinderschutzVignette',
  'traeger',
  'anfrage',
  'anfrageAntwort',
  'bericht',
  'posteingang',
  'hilfeplan',
  'beschwerde',
  'personal',
  'besetzung',
  'bereitschaft',
  'kennzahlen',
  'gewaehrteHilfe',
  'kennzahlenTraeger',
  'rechnungPruefung',
  'traegerbudget',
  'vorkommnis',
  'aufbewahrung',
  'loeschsperre',
  'dokument',
  'traegerMitteilung',
  'organisationsfristBericht',
  'eigenePflicht',
  'leistungsangebot',
] as const satisfies readonly Ressource[];

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
  /** Staff accounts of the organisation: create, change role, deactivate, reset, unlock. */
  | 'benutzer'
  /** The user's own account: password, own sessions. */
  | 'eigenesKonto'
  /** Art. 15 GDPR: everything stored about one person, for the data subject's request. */
  | 'auskunft'
  | 'audit'
  | 'katalog'
  | 'jugendamt'
  /** Saved rate calculations of the organisation. */
  | 'kalkulation'
  /** Case deadlines; `aendern` = record what met a deadline. */
  | 'frist'
  /** Deadlines of the organisation itself (yearly report, quality report). */
  | 'organisationsfrist'
  /** Documented hours. */
  | 'leistungseintrag'
  | 'monatsabschluss'
  | 'rechnung'
  /** Trägerbudget agreement and its controlling. */
  | 'budget'
  /** Planned vs. delivered hours per Hilfe and per staff member. */
  | 'stundencontrolling'
  /** The organisation's invoice data: address, tax and register numbers, bank account, Leitweg-ID. */
  | 'rechnungsangaben'
  /** § 8a procedures of a case: special category, case team Fachkräfte and Leitung only. */
  | 'kinderschutz'
  /** The pseudonymised § 8a vignette and the consultation the iefk records on it. */
  | 'kinderschutzVignette'
  /** The providers a Jugendamt can ask, with the Leistungen they offer. */
  | 'traeger'
  /** The ASD's request to a provider (Anfrageformular); `aendern` = withdraw it. */
  | 'anfrage'
  /** The provider's answer to a request: Zusage (creates case and Hilfe) or Absage. */
  | 'anfrageAntwort'
  /** Reports to the granting Jugendamt (Handlungsplan, Entwicklungsbericht, …); `aendern` = edit a draft, send. */
  | 'bericht'
  /** The Jugendamt's inbox of notices from providers; `aendern` = the read receipt. */
  | 'posteingang'
  /** A provider's notice to the granting Jugendamt: wesentliche Veränderung or Gruppenangebot (sent at once, never changed). */
  | 'traegerMitteilung'
  /** The Hilfeplan of a granted Hilfe: HPG dates, goals and their review, participation. */
  | 'hilfeplan'
  /** Complaints (text and contact of the complainant: a special category). */
  | 'beschwerde'
  /** Staff register: qualification, VK history, certificate of conduct (personnel data). */
  | 'personal'
  /** Staffing of a month against the contracts' keys. */
  | 'besetzung'
  /** On-call rota (Bereitschaftsdienst) and its monthly PDF for the fire brigade. */
  | 'bereitschaft'
  /** The provider's yearly key figures (counts over its Hilfen and complaints, no case data). */
  | 'kennzahlen'
  /** The Hilfen the user's Jugendamt granted: their deadlines owed to it and the reports received. */
  | 'gewaehrteHilfe'
  /** A Jugendamt's key figures over the providers it placed Hilfen with: sums only, small counts suppressed. */
  | 'kennzahlenTraeger'
  /** The addressed Jugendamt's steps on an incoming invoice: sachlich richtig, then angewiesen. */
  | 'rechnungPruefung'
  /** The Trägerbudgets agreed with the user's Jugendamt and their hours per quarter (aggregates, no case data). */
  | 'traegerbudget'
  /** Crises and besondere Vorkommnisse with their duties: health data, case team Fachkräfte and Leitung only. */
  | 'vorkommnis'
  /** The retention report: which case files are due for anonymisation and when (§ 9b SGB VIII, § 84 SGB X). */
  | 'aufbewahrung'
  /** Legal hold of a case file: stops the retention job. */
  | 'loeschsperre'
  /** Documents attached to a case file (Hilfeplan, Bescheid, …); `aendern` = delete one. */
  | 'dokument'
  /** The report file attached to an organisation deadline when it is met (QE report, rota to the fire brigade). */
  | 'organisationsfristBericht'
  /** Recurring duties the Leitung sets itself (supervision); `aendern` includes stopping one. */
  | 'eigenePflicht'
  /** The catalogue Leistungen a provider offers (its Leistungsvereinbarungen): what a Jugendamt may ask for. */
  | 'leistungsangebot';

export const AKTIONEN = ['lesen', 'anlegen', 'aendern'] as const;
export type Aktion = (typeof AKTIONEN)[number];

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
const alle = ROLLEN;

/** resource × action → roles. Anything not listed is refused (403). */
export const BERECHTIGUNGEN = {
  fall: { lesen: fallLeser, anlegen: fallPflege, aendern: fallPflege },
  person: { lesen: fallLeser, anlegen: fallPflege, aendern: fallPflege },
  // Verwaltung records the Bewilligung data it bills against.
  hilfe: { lesen: fallLeser, anlegen: [...fallPflege, 'verwaltung'], aendern: [...fallPflege, 'verwaltung'] },
  // Those who record events correct them (with an audit row); the note is narrative, so the same roles.
  ereignis: { lesen: traegerIntern, anlegen: erzaehlung, aendern: erzaehlung },
  ereignisNotiz: { lesen: erzaehlung },
  notiz: { lesen: erzaehlung, anlegen: erzaehlung },
  notizBesondere: { lesen: ['leitung', 'fachkraft'], anlegen: ['leitung', 'fachkraft'] },
  team: { lesen: traegerIntern, aendern: ['administration', 'leitung'] },
  benutzer: {
    lesen: ['administration', 'leitung'],
    anlegen: ['administration'],
    aendern: ['administration'],
  },
  eigenesKonto: { lesen: alle, aendern: alle },
  // The Leitung answers for the organisation as controller and may read the whole file, narrative included.
  auskunft: { lesen: ['leitung'] },
  audit: { lesen: ['administration', 'leitung'] },
  katalog: { lesen: alle },
  jugendamt: { lesen: alle },
  // Jugendamt controllers calculate rates too, in their own organisation.
  kalkulation: {
    lesen: ['administration', 'leitung', 'verwaltung', 'wjh', 'fachcontrolling'],
    anlegen: ['leitung', 'verwaltung', 'wjh', 'fachcontrolling'],
  },
  frist: { lesen: ['administration', 'leitung', 'fachkraft', 'semiprofessionell'], aendern: erzaehlung },
  organisationsfrist: {
    lesen: ['administration', 'leitung', 'fachkraft', 'verwaltung'],
    aendern: ['administration', 'leitung'],
  },
  leistungseintrag: {
    lesen: traegerIntern,
    anlegen: ['leitung', 'fachkraft', 'semiprofessionell'],
    aendern: ['leitung', 'fachkraft', 'semiprofessionell'],
  },
  monatsabschluss: { lesen: ['administration', 'leitung', 'verwaltung'], anlegen: ['leitung', 'verwaltung'] },
  // The Jugendamt's Wirtschaftliche Jugendhilfe receives invoices; Fachcontrolling sees aggregates.
  rechnung: {
    lesen: ['administration', 'leitung', 'verwaltung', 'wjh'],
    anlegen: ['verwaltung', 'leitung'],
    // Marking an invoice sent or paid: the provider's billing staff.
    aendern: ['verwaltung', 'leitung'],
  },
  // The provider's own agreement; the Jugendamt reads the agreements made with it as `traegerbudget`.
  budget: {
    lesen: ['administration', 'leitung', 'verwaltung'],
    aendern: ['leitung', 'verwaltung'],
  },
  stundencontrolling: { lesen: ['administration', 'leitung', 'fachkraft', 'verwaltung'] },
  // Billing staff read them to see why invoices cannot be issued; the Administration maintains them.
  rechnungsangaben: {
    lesen: ['administration', 'leitung', 'verwaltung', 'wjh'],
    aendern: ['administration'],
  },
  // § 8a: Fachkräfte run it (not semiprofessional staff); Leitung oversees. rls.sql says the same.
  kinderschutz: { lesen: ['leitung', 'fachkraft'], anlegen: ['leitung', 'fachkraft'] },
  // The team may look at what the iefk sees; only the iefk records her advice on it.
  kinderschutzVignette: { lesen: ['leitung', 'fachkraft', 'iefk'], anlegen: ['iefk'] },
  traeger: { lesen: ['asd'] },
  // The addressed provider's Leitung decides on a request; its staff meet it as a case.
  anfrage: { lesen: ['asd', 'leitung'], anlegen: ['asd'], aendern: ['asd'] },
  anfrageAntwort: { anlegen: ['leitung'] },
  // The case team writes reports; the granting Jugendamt's ASD reads the sent ones.
  bericht: { lesen: [...erzaehlung, 'asd'], anlegen: erzaehlung, aendern: erzaehlung },
  posteingang: { lesen: ['asd'], aendern: ['asd'] },
  // The case's professionals tell the Jugendamt of significant changes and group offers (notice duty).
  traegerMitteilung: { anlegen: ['leitung', 'fachkraft'] },
  // The Jugendamt runs the Hilfeplan (§ 36 SGB VIII); the case team works to it.
  hilfeplan: { lesen: [...erzaehlung, 'asd'], anlegen: ['asd'], aendern: ['asd'] },
  // Leitung handles complaints; rls.sql allows no other role to see them either.
  beschwerde: { lesen: ['leitung'], anlegen: ['leitung'], aendern: ['leitung'] },
  // Counts the Leitung steers by and reports to the Jugendamt.
  kennzahlen: { lesen: ['leitung'], aendern: ['leitung'] },
  // The Jugendamt's Fachcontrolling steers by these (003 II.7); it reads them only through rls.sql's sum functions.
  kennzahlenTraeger: { lesen: ['fachcontrolling'] },
  aufbewahrung: { lesen: ['leitung', 'administration'] },
  // The Leitung answers for the file as controller: only it decides that a file must not be deleted.
  loeschsperre: { lesen: ['leitung', 'administration'], anlegen: ['leitung'], aendern: ['leitung'] },
  personal: {
    lesen: ['leitung', 'administration'],
    anlegen: ['leitung', 'administration'],
    aendern: ['leitung', 'administration'],
  },
  besetzung: { lesen: ['leitung'] },
  bereitschaft: { lesen: ['leitung'], anlegen: ['leitung'], aendern: ['leitung'] },
  // The ASD follows what it granted; the provider keeps its own deadline list (Meine Fristen).
  gewaehrteHilfe: { lesen: ['asd'] },
  // Checking and ordering payment is the Jugendamt's; the provider sees the result on its invoice.
  rechnungPruefung: { anlegen: ['wjh'] },
  // Fachcontrolling steers the budgets it agreed (Bremerhaven II.7) from aggregates only: UMFANG stays 'keine'.
  traegerbudget: { lesen: ['fachcontrolling'] },
  // Health data like notizBesondere: rls.sql lets the same two roles reach the rows.
  vorkommnis: {
    lesen: ['leitung', 'fachkraft'],
    anlegen: ['leitung', 'fachkraft'],
    aendern: ['leitung', 'fachkraft'],
  },
  // Scans of Bescheide and reports are case narrative: the case team and Leitung, as rls.sql says.
  dokument: { lesen: erzaehlung, anlegen: erzaehlung, aendern: erzaehlung },
  // Those who mark organisation deadlines met attach and read their reports (rls.sql, table dokument).
  organisationsfristBericht: { lesen: ['administration', 'leitung'], anlegen: ['administration', 'leitung'] },
  eigenePflicht: { lesen: ['administration', 'leitung'], anlegen: ['leitung'], aendern: ['leitung'] },
  // The Leitung concludes the Leistungsvereinbarungen and answers the requests they invite; the Administration
  // keeps the organisation's master data in view. Only a provider offers Leistungen (the use cases check).
  leistungsangebot: { lesen: ['administration', 'leitung'], aendern: ['leitung'] },
} as const satisfies Record<Ressource, Partial<Record<Aktion, readonly Rolle[]>>>;

/** The record scope per role; packages/db/src/rls.sql mirrors it in hw_im_umfang and hw_jugendamt_darf. */
export const UMFANG: Record<Rolle, Umfang> = {
  administration: 'organisation',
  leitung: 'organisation',
  verwaltung: 'organisation',
  fachkraft: 'team',
  semiprofessionell: 'team',
  asd: 'jugendamt',
  wjh: 'jugendamt',
  // § 8a consultation happens on pseudonymised vignettes only: never a case.
  iefk: 'keine',
  fachcontrolling: 'keine',
};

export function darf(rolle: Rolle, ressource: Ressource, aktion: Aktion): boolean {
  const rollen: Partial<Record<Aktion, readonly Rolle[]>> = BERECHTIGUNGEN[ressource];
  return rollen[aktion]?.includes(rolle) ?? false;
}
