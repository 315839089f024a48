/**
 * The main navigation. A new page gets one entry here; `sichtbar` asks the permission table
 * (`darf` from @hilfewerk/api) so a role sees only pages that work for it — the server still checks
 * every request. `navigation.test.ts` pins what each role sees.
 */
import { type Aktion, darf, type Ressource, type Sitzung } from '@hilfewerk/api';
import {
  type Icon,
  IconArchive,
  IconCalculator,
  IconCalendarEvent,
  IconChartBar,
  IconChartLine,
  IconChecklist,
  IconClockHour4,
  IconFileInvoice,
  IconFolders,
  IconHistory,
  IconId,
  IconInbox,
  IconListCheck,
  IconMailForward,
  IconMessageReport,
  IconPhoneCall,
  IconReceipt,
  IconReportMoney,
  IconShieldHeart,
  IconUserCircle,
  IconUserCog,
  IconUsersGroup,
} from '@tabler/icons-react';
import type { LinkProps } from '@tanstack/react-router';
import { leitetTeam, startetMitFristen } from './features/fristen/rollen';

/** What the menu depends on: the session, and whether the organisation has a Trägerbudget agreement. */
export interface NavKontext {
  sitzung: Sitzung;
  /** Unknown (undefined) until asked; the entry stays hidden until the agreement is known to exist. */
  hatTraegerbudget?: boolean;
}

export interface NavEintrag {
  to: NonNullable<LinkProps['to']>;
  beschriftung: string;
  icon: Icon;
  sichtbar: (k: NavKontext) => boolean;
}

const darfes =
  (ressource: Ressource, aktion: Aktion = 'lesen') =>
  ({ sitzung }: NavKontext) =>
    darf(sitzung.benutzer.rolle, ressource, aktion);

export const navigation: NavEintrag[] = [
  {
    to: '/posteingang',
    beschriftung: 'Posteingang',
    icon: IconInbox,
    sichtbar: darfes('posteingang'),
  },
  {
    // The WJH's work: invoices addressed to its Jugendamt (a provider's staff bill under „Abrechnung“).
    to: '/eingangsrechnungen',
    beschriftung: 'Eingangsrechnungen',
    icon: IconReceipt,
    sichtbar: darfes('rechnungPruefung', 'anlegen'),
  },
  {
    // Fachcontrolling: the budgets its Jugendamt agreed, sums only.
    to: '/traegerbudgets',
    beschriftung: 'Trägerbudgets',
    icon: IconReportMoney,
    sichtbar: darfes('traegerbudget'),
  },
  { to: '/uebersicht', beschriftung: 'Übersicht', icon: IconChartLine, sichtbar: darfes('kennzahlen') },
  { to: '/meine-fristen', beschriftung: 'Meine Fristen', icon: IconChecklist, sichtbar: darfes('frist') },
  { to: '/faelle', beschriftung: 'Fälle', icon: IconFolders, sichtbar: darfes('fall') },
  {
    // The ASD asks providers; a provider's Leitung answers.
    to: '/anfragen',
    beschriftung: 'Anfragen',
    icon: IconMailForward,
    sichtbar: darfes('anfrage'),
  },
  {
    // What a Jugendamt may ask this provider for: the Leitung keeps it up to date, the Administration reads it.
    to: '/angebot',
    beschriftung: 'Angebotene Leistungen',
    icon: IconListCheck,
    sichtbar: (k) => darfes('leistungsangebot')(k) && k.sitzung.organisation.art === 'traeger',
  },
  {
    // The ASD follows the Hilfen it granted: deadlines owed to it, reports received.
    to: '/gewaehrte-hilfen',
    beschriftung: 'Gewährte Hilfen',
    icon: IconChecklist,
    sichtbar: darfes('gewaehrteHilfe'),
  },
  {
    to: '/kinderschutz',
    beschriftung: 'Kinderschutz',
    icon: IconShieldHeart,
    sichtbar: darfes('kinderschutz'),
  },
  {
    // The iefk advises on pseudonymised vignettes; she never opens a case.
    to: '/kinderschutz/beratung',
    beschriftung: 'Beratung § 8a',
    icon: IconShieldHeart,
    sichtbar: darfes('kinderschutzVignette', 'anlegen'),
  },
  {
    to: '/team-fristen',
    beschriftung: 'Fristen im Team',
    icon: IconUsersGroup,
    sichtbar: ({ sitzung }) => leitetTeam(sitzung),
  },
  {
    to: '/fristenkalender',
    beschriftung: 'Fristenkalender',
    icon: IconCalendarEvent,
    sichtbar: darfes('frist'),
  },
  {
    to: '/benutzerkonten',
    beschriftung: 'Benutzerkonten',
    icon: IconUserCog,
    sichtbar: darfes('benutzer', 'anlegen'),
  },
  { to: '/audit', beschriftung: 'Protokoll', icon: IconHistory, sichtbar: darfes('audit') },
  // Dry run of the retention rule: which files would be anonymised, which a legal hold keeps.
  { to: '/aufbewahrung', beschriftung: 'Aufbewahrung', icon: IconArchive, sichtbar: darfes('aufbewahrung') },
  { to: '/kalkulation', beschriftung: 'Kalkulation', icon: IconCalculator, sichtbar: darfes('kalkulation') },
  {
    to: '/leistungen',
    beschriftung: 'Stunden erfassen',
    icon: IconClockHour4,
    sichtbar: darfes('leistungseintrag', 'anlegen'),
  },
  {
    to: '/abrechnung',
    beschriftung: 'Abrechnung',
    icon: IconFileInvoice,
    // The provider's billing: month close, invoices out. A Jugendamt receives its invoices under „Eingangsrechnungen“.
    sichtbar: (k) => darfes('rechnung')(k) && k.sitzung.organisation.art === 'traeger',
  },
  {
    to: '/stundencontrolling',
    beschriftung: 'Stundencontrolling',
    icon: IconChartBar,
    sichtbar: darfes('stundencontrolling'),
  },
  // Staff register and staffing: the page opens with the staffing of the month, which only Leitung reads.
  { to: '/personal', beschriftung: 'Personal', icon: IconId, sichtbar: darfes('besetzung') },
  {
    to: '/bereitschaft',
    beschriftung: 'Bereitschaftsdienst',
    icon: IconPhoneCall,
    sichtbar: darfes('bereitschaft'),
  },
  {
    to: '/beschwerden',
    beschriftung: 'Beschwerden',
    icon: IconMessageReport,
    sichtbar: darfes('beschwerde'),
  },
  { to: '/kennzahlen', beschriftung: 'Kennzahlen', icon: IconChartLine, sichtbar: darfes('kennzahlen') },
  {
    to: '/traeger-kennzahlen',
    beschriftung: 'Kennzahlen der Träger',
    icon: IconChartLine,
    sichtbar: darfes('kennzahlenTraeger'),
  },
  {
    to: '/budget',
    beschriftung: 'Trägerbudget',
    icon: IconReportMoney,
    // The page shows the provider's own agreement: a Jugendamt has none, nor has every provider.
    sichtbar: (k) =>
      darfes('budget')(k) && k.sitzung.organisation.art === 'traeger' && k.hatTraegerbudget === true,
  },
  // Also in the header on wide screens; on a phone the header has no room for it.
  { to: '/konto', beschriftung: 'Mein Konto', icon: IconUserCircle, sichtbar: darfes('eigenesKonto') },
];

export function sichtbareNavigation(k: NavKontext): NavEintrag[] {
  return navigation.filter((e) => e.sichtbar(k));
}

/** Whether the menu needs to ask the server for the Trägerbudget agreement at all. */
export function fragtTraegerbudget(sitzung: Sitzung): boolean {
  return darf(sitzung.benutzer.rolle, 'budget', 'lesen') && sitzung.organisation.art === 'traeger';
}

/**
 * Where "/" leads: case-team roles to their deadlines, everyone else to the case list, a role without
 * cases to its first page — and a role without any page yet to a page that says so.
 */
export function startseite(sitzung: Sitzung): NavEintrag['to'] {
  // The Leitung starts on what needs attention today (counts and links, key figures).
  if (darf(sitzung.benutzer.rolle, 'kennzahlen', 'lesen')) return '/uebersicht';
  if (startetMitFristen(sitzung)) return '/meine-fristen';
  // Every role has "Mein Konto"; it is no work page to start on.
  const erste =
    sichtbareNavigation({ sitzung }).find((e) => e.to !== '/meine-fristen' && e.to !== '/konto') ?? null;
  return erste?.to ?? '/willkommen';
}
